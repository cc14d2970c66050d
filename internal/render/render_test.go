package render_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/taxonomy"
	"github.com/skupaj/skupaj/internal/testsite"
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
	fs, err := testsite.Txtar(string(archive))
	if err != nil {
		t.Fatal(err)
	}
	return testsite.Write(t, testsite.With(fs, changes))
}

// renderSite loads the site at root as the build does, with the default
// layouts, and renders its pages with cache (nil for none). It returns the
// site, what was written, and the error of Markdown or Pages.
func renderSite(t *testing.T, root string, cache *render.Cache) (*site.Site, map[string]string, error) {
	t.Helper()
	cfg, err := config.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := content.Load(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := taxonomy.Load(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.New(cfg, vocab, pages)
	if err != nil {
		t.Fatal(err)
	}
	strs, err := i18n.Load(skupaj.Layouts(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(s, skupaj.Layouts(), strs)
	if err != nil {
		t.Fatal(err)
	}
	if cache != nil {
		r.UseCache(cache)
		r.SetSiteKey("the front matter of the fixture, which these tests do not change")
	}
	out := &files{m: map[string]string{}}
	if err := r.Markdown(); err != nil {
		return s, nil, err
	}
	return s, out.m, r.Pages(out)
}

func TestEveryPageIsWrittenInItsLanguage(t *testing.T) {
	s, out, err := renderSite(t, chapters(t, nil), nil)
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
	_, out, err := renderSite(t, chapters(t, nil), nil)
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
	}), nil)
	want := "content/en/guidelines/second.md:7: link to a missing heading #why-they-fail in content/en/guidelines/first.md; its headings are: #why-partnerships-fail"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want\n%s", err, want)
	}
}

// A preview renders again and again with one cache: what it writes is
// what a build from scratch writes, and links into a page whose heading
// changed are checked again though their own page did not change.
func TestCachedRenderingMatchesAFreshOne(t *testing.T) {
	cache := render.NewCache()
	root := chapters(t, nil)
	if _, _, err := renderSite(t, root, cache); err != nil {
		t.Fatal(err)
	}

	edited := "---\ntitle: Second chapter\nweight: 20\n---\nEdited. Back to [why they fail](first.md#why-partnerships-fail).\n"
	if err := os.WriteFile(filepath.Join(root, "content/en/guidelines/second.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	_, cached, err := renderSite(t, root, cache)
	if err != nil {
		t.Fatal(err)
	}
	_, fresh, err := renderSite(t, root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(cached["guidelines/second/index.html"], "Edited.") {
		t.Error("the cached rendering shows the chapter before its edit")
	}
	for _, name := range slices.Sorted(maps.Keys(fresh)) {
		if cached[name] != fresh[name] {
			t.Errorf("%s differs between the cached and a fresh rendering", name)
		}
	}
	if len(cached) != len(fresh) {
		t.Errorf("%d files with the cache, %d without", len(cached), len(fresh))
	}

	// The heading that the second chapter links to is renamed; the second
	// chapter's Markdown is cached, its link must still be checked.
	renamed := "---\ntitle: First chapter\nweight: 10\n---\n## Why they fail\n\nSee [the Alpha case](../cases/alpha.md#what-was-done).\n"
	if err := os.WriteFile(filepath.Join(root, "content/en/guidelines/first.md"), []byte(renamed), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = renderSite(t, root, cache)
	if want := "content/en/guidelines/second.md:5: link to a missing heading #why-partnerships-fail"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("after renaming the heading: error %v, want %q", err, want)
	}
}
