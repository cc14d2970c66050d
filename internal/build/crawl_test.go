package build

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

var attrRe = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)

// crawl checks that every href and src in every HTML file below pub that
// points into the site resolves to a file of pub, when the site is served
// at basePath. It returns how many links it followed.
func crawl(t *testing.T, pub, basePath string) int {
	t.Helper()
	followed := 0
	err := filepath.WalkDir(pub, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(pub, p)
		page := basePath + strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		html, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range attrRe.FindAllStringSubmatch(string(html), -1) {
			link := strings.ReplaceAll(m[1], "&amp;", "&")
			u, err := url.Parse(link)
			if err != nil {
				t.Errorf("%s: bad link %q", rel, link)
				continue
			}
			if (u.Scheme != "" || u.Host != "") && u.Host != "org.github.io" {
				continue // another site
			}
			target := u.Path
			if target == "" { // "#fragment" on the same page
				continue
			}
			if !strings.HasPrefix(target, "/") {
				target = page + target
			}
			if !strings.HasPrefix(target, basePath) {
				t.Errorf("%s: link %q leaves the base path %s", rel, link, basePath)
				continue
			}
			file := strings.TrimPrefix(target, basePath)
			if file == "" || strings.HasSuffix(file, "/") {
				file += "index.html"
			}
			if _, err := os.Stat(filepath.Join(pub, filepath.FromSlash(file))); err != nil {
				t.Errorf("%s: link %q: no file %s", rel, link, file)
			}
			followed++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return followed
}

func TestEveryLinkResolvesUnderASubpath(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Root: root, Out: out, BaseURL: "https://org.github.io/handbook/"}); err != nil {
		t.Fatal(err)
	}
	if n := crawl(t, out, "/handbook/"); n < 100 {
		t.Errorf("followed only %d links", n)
	}
	home, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(home), `<link rel="canonical" href="https://org.github.io/handbook/">`) {
		t.Error("canonical URL of the home page is not absolute under the base URL")
	}
}

func TestEveryLinkResolvesAtTheRoot(t *testing.T) {
	pub := buildSite(t, testsite.Minimal)
	if n := crawl(t, pub, "/"); n < 100 {
		t.Errorf("followed only %d links", n)
	}
}

// The handbook that ships in this repository builds with no warning (a
// case whose sources are silent on a teaching field says so in
// not_reported), and its links resolve.
func TestBundledHandbookBuilds(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "public")
	// The Bleve index goes to the temporary folder too: the test writes
	// nothing into the repository.
	res, err := Build(Options{Root: "../..", Out: out, BaseURL: "/handbook/"})
	if err != nil {
		t.Fatalf("the bundled handbook does not build:\n%v", err)
	}
	if res.Pages < 10 {
		t.Errorf("built only %d pages", res.Pages)
	}
	for _, w := range res.Warnings {
		t.Errorf("the bundled handbook: %s", w)
	}
	crawl(t, out, "/handbook/")
}
