package build

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func publishSite(t *testing.T) string {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/cases/alpha.md": strings.Replace(testsite.Minimal["content/en/cases/alpha.md"], "year: 2011\n", "year: 2011\npublished: \"2026-01-10\"\nupdated: \"2026-02-01\"\n", 1),
	})
	root := testsite.Write(t, files)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Root: root, Out: out, BaseURL: "https://org.github.io/handbook/"}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGitHubPagesFiles(t *testing.T) {
	pub := publishSite(t)
	for _, f := range []string{".nojekyll", "404.html", "robots.txt", "sitemap.xml", "favicon.svg", "feed.xml", "sl/feed.xml"} {
		if _, err := os.Stat(filepath.Join(pub, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	if r := read(t, filepath.Join(pub, "robots.txt")); !strings.Contains(r, "Sitemap: https://org.github.io/handbook/sitemap.xml") {
		t.Errorf("robots.txt: %q", r)
	}
	var sm struct {
		URLs []struct {
			Loc   string `xml:"loc"`
			Links []struct {
				Hreflang string `xml:"hreflang,attr"`
				Href     string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(read(t, filepath.Join(pub, "sitemap.xml"))), &sm); err != nil {
		t.Fatalf("sitemap.xml: %v", err)
	}
	found := false
	for _, u := range sm.URLs {
		if u.Loc == "https://org.github.io/handbook/cases/alpha/" {
			found = len(u.Links) == 2 && u.Links[1].Hreflang == "sl" && u.Links[1].Href == "https://org.github.io/handbook/sl/cases/alpha/"
		}
		if strings.Contains(u.Loc, "/search/") || strings.HasSuffix(u.Loc, "404.html") {
			t.Errorf("sitemap lists %s", u.Loc)
		}
	}
	if !found {
		t.Error("the sitemap does not list the case with its Slovenian alternate")
	}
	nf := read(t, filepath.Join(pub, "404.html"))
	for _, w := range []string{`lang="en" data-lang-prefix="/handbook/"`, `lang="sl" data-lang-prefix="/handbook/sl/" hidden`, `action="/handbook/sl/search/"`, "Page not found"} {
		if !strings.Contains(nf, w) {
			t.Errorf("404.html lacks %s", w)
		}
	}
}

func TestFeedListsDatedCases(t *testing.T) {
	pub := publishSite(t)
	var feed struct {
		Lang    string `xml:"lang,attr"`
		Updated string `xml:"updated"`
		Entries []struct {
			ID        string `xml:"id"`
			Title     string `xml:"title"`
			Updated   string `xml:"updated"`
			Published string `xml:"published"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(read(t, filepath.Join(pub, "feed.xml"))), &feed); err != nil {
		t.Fatalf("feed.xml: %v", err)
	}
	if feed.Updated != "2026-02-01T00:00:00Z" || len(feed.Entries) != 1 || feed.Entries[0].Title != "Alpha case" ||
		feed.Entries[0].Published != "2026-01-10T00:00:00Z" || feed.Entries[0].ID != "https://org.github.io/handbook/cases/alpha/" {
		t.Errorf("feed %+v", feed)
	}
	news := read(t, filepath.Join(pub, "whats-new/index.html"))
	if !strings.Contains(news, `<time datetime="2026-02-01">February 1, 2026</time>`) || !strings.Contains(news, `href="/handbook/cases/alpha/">Alpha case</a>`) {
		t.Error("what's new does not list the dated case")
	}
}

func TestPrintEditionIsOnePageWithInPageLinks(t *testing.T) {
	pub := publishSite(t)
	p := read(t, filepath.Join(pub, "print/index.html"))
	for _, w := range []string{
		`<li><a href="#ch-first">First chapter</a></li>`, `<li><a href="#ch-second">Second chapter</a></li>`,
		`<li><a href="#tool-checklist">Checklist</a></li>`,
		`<section class="print-section" id="ch-first"`, `<section class="print-section print-tool" id="tool-checklist"`,
		`<h2 id="ch-first--why-partnerships-fail">`,
		`href="#ch-first--why-partnerships-fail"`,     // the second chapter's link to the first one's heading
		`href="#tool-checklist"`,                      // the first chapter's link to the tool
		`href="/handbook/cases/alpha/#what-was-done"`, // a case is not in the edition: its link stays
	} {
		if !strings.Contains(p, w) {
			t.Errorf("the print edition lacks %s", w)
		}
	}
	if strings.Index(p, `id="ch-second"`) < strings.Index(p, `id="ch-first"`) || strings.Index(p, `id="tool-checklist"`) < strings.Index(p, `id="ch-second"`) {
		t.Error("chapters are not in handbook order, followed by the toolbox")
	}
}

func TestPagesCarrySocialAndCanonicalMetadata(t *testing.T) {
	pub := publishSite(t)
	c := read(t, filepath.Join(pub, "cases/alpha/index.html"))
	for _, w := range []string{
		`<link rel="canonical" href="https://org.github.io/handbook/cases/alpha/">`,
		`<meta name="description" content="A library and an NGO.">`,
		`<meta property="og:title" content="Alpha case">`,
		`<meta property="og:type" content="article">`,
		`<meta property="og:url" content="https://org.github.io/handbook/cases/alpha/">`,
		`<meta name="twitter:card" content="summary">`,
		// The icon inline, so that no page requests it.
		`<link rel="icon" href="data:image/svg&#43;xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22`,
	} {
		if !strings.Contains(c, w) {
			t.Errorf("case page lacks %s", w)
		}
	}
}
