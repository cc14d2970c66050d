package render_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/testsite"
	"github.com/skupaj/skupaj/internal/testsite/sitetest"
)

// files is an output.Writer that keeps what is written, by path.
type files struct {
	mu sync.Mutex
	m  map[string]string
}

func (f *files) Write(rel string, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.m[rel] = string(data)
	return nil
}

// chapters writes testdata/chapters.txtar, with changes (slash paths to new
// contents), as a site and returns its root.
func chapters(t *testing.T, changes map[string]string) string {
	t.Helper()
	archive, err := os.ReadFile(filepath.Join("testdata", "chapters.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	return testsite.Write(t, testsite.With(testsite.Txtar(string(archive)), changes))
}

// renderSite loads the site at root as the build does, with the default
// layouts, and renders its pages. It returns the site, what was written,
// and the error of Markdown or Pages.
func renderSite(t *testing.T, root string) (*site.Site, map[string]string, error) {
	t.Helper()
	s, err := sitetest.Assemble(t, root)
	if err != nil {
		t.Fatal(err)
	}
	strs, err := i18n.Load(skupaj.Layouts(), s.Config)
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(s, skupaj.Layouts(), strs)
	if err != nil {
		t.Fatal(err)
	}
	out := &files{m: map[string]string{}}
	if err := r.Markdown(); err != nil {
		return s, nil, err
	}
	return s, out.m, r.Pages(out)
}

func TestEveryPageIsWrittenInItsLanguage(t *testing.T) {
	s, out, err := renderSite(t, chapters(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(s.Pages) {
		t.Errorf("%d files written for %d pages", len(out), len(s.Pages))
	}
	for _, p := range s.Pages {
		html, ok := out[p.Output()]
		switch {
		case !ok:
			t.Errorf("%s (%s): no file %s", p.URL, p.Kind, p.Output())
		case !strings.Contains(html, `<html lang="`+p.Lang.Code+`">`):
			t.Errorf("%s: not marked as %s", p.Output(), p.Lang.Code)
		case p.Title != "" && !strings.Contains(html, "<title>"+p.Title):
			t.Errorf("%s: no <title> %q", p.Output(), p.Title)
		}
	}
	first := out["sl/guidelines/first/index.html"]
	if !strings.Contains(first, "<title>Prvo poglavje · Priročnik</title>") {
		t.Error("the Slovenian chapter's title does not end with the Slovenian site title")
	}
}

func TestLinksBetweenPagesBecomeTheirAddresses(t *testing.T) {
	_, out, err := renderSite(t, chapters(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	for file, link := range map[string]string{
		"guidelines/first/index.html":  `href="/handbook/cases/alpha/#what-was-done"`,
		"guidelines/second/index.html": `href="/handbook/guidelines/first/#why-partnerships-fail"`,
	} {
		if !strings.Contains(out[file], link) {
			t.Errorf("%s has no %s", file, link)
		}
	}
	if !strings.Contains(out["guidelines/first/index.html"], `id="why-partnerships-fail"`) {
		t.Error("the heading has no id for links to point at")
	}
}

func TestLinkToAMissingHeadingNamesFileLineAndHeadings(t *testing.T) {
	_, _, err := renderSite(t, chapters(t, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\nIntro.\n\nBack to [it](first.md#why-they-fail).\n",
	}))
	want := "content/en/guidelines/second.md:7: link to a missing heading #why-they-fail in content/en/guidelines/first.md; its headings are: #why-partnerships-fail"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want\n%s", err, want)
	}
}
