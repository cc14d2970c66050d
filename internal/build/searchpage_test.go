package build

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/skupaj/skupaj/internal/search/static"
)

var carriedRe = regexp.MustCompile(`(?s)<script type="application/json" id="search-manifest">(.*?)</script>`)

// Each language's search page carries the manifest of its language's
// view as the export wrote it, so that its first search fetches none; a
// build without search writes pages that carry none (they fetch it from
// data-manifest, as the preview's quick builds serve the last index).
func TestSearchPageCarriesItsViewsManifest(t *testing.T) {
	root := searchLangSite(t)
	out := filepath.Join(root, "public")
	for _, c := range []struct{ lang, page string }{{"en", "search/index.html"}, {"sl", "sl/search/index.html"}} {
		html, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(c.page)))
		if err != nil {
			t.Fatal(err)
		}
		written, err := os.ReadFile(filepath.Join(out, "search", static.ViewManifest(c.lang)))
		if err != nil {
			t.Fatal(err)
		}
		m := carriedRe.FindSubmatch(html)
		if m == nil {
			t.Errorf("%s carries no manifest", c.page)
			continue
		}
		var carried, want any
		if err := json.Unmarshal(m[1], &carried); err != nil {
			t.Fatalf("%s: the manifest it carries: %v", c.page, err)
		}
		if err := json.Unmarshal(written, &want); err != nil {
			t.Fatal(err)
		}
		if !jsonEqual(carried, want) {
			t.Errorf("%s carries a manifest other than %s", c.page, static.ViewManifest(c.lang))
		}
	}

	quick := t.TempDir()
	if _, err := Build(Options{Root: root, Out: quick, NoSearch: true}); err != nil {
		t.Fatal(err)
	}
	html, err := os.ReadFile(filepath.Join(quick, "search", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if carriedRe.Match(html) || !bytes.Contains(html, []byte(`data-manifest="/search/manifest-en.json"`)) {
		t.Error("a build without search: the search page carries a manifest, or names none to fetch")
	}
}

// jsonEqual compares two decoded JSON values.
func jsonEqual(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}
