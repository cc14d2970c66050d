package browser

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/testsite"
)

// TestLargeSiteSearchShowsPassages builds a large site (over
// static.SmallSite documents: no views, prefix files, records 32 a file,
// whole texts; small pages, so that it builds fast) and searches a word
// of its pages' text only: the first result shows a passage with it, and
// no request fails. (The page once asked a large site for section files
// that only a small site has, and its search never finished.)
func TestLargeSiteSearchShowsPassages(t *testing.T) {
	t.Parallel() // its own site and tab in the shared Chromium
	root := t.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: static.SmallSite + 100, Body: 800, Vocabulary: 5000}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build.Build(build.Options{Root: root, Out: out}); err != nil {
		t.Fatal(err)
	}
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	word := bodyWord(t, root)
	st.open("/search/?q=" + word)
	st.waitResults() // reports any request that failed
	if view := js[string](st, `JSON.parse(document.getElementById("search-manifest").textContent).view`); view != "" {
		t.Errorf("the search page reads the view %q, want the whole index (a large site has no views)", view)
	}
	if !js[bool](st, `(() => { const h = document.querySelector("#search-list > .search-hit");
		return !h.hasAttribute("data-pending") && !!h.querySelector("mark"); })()`) {
		t.Errorf("%q, a word of the pages' text only: the first result shows no passage with it marked", word)
	}
}

// bodyWord is the first word in bold in the body of a generated chapter:
// a word of the generated vocabulary, in no title, summary or heading.
func bodyWord(t *testing.T, root string) string {
	t.Helper()
	var word string
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || word != "" || d.IsDir() || !strings.Contains(p, "guidelines") {
			return err
		}
		data, err := os.ReadFile(p)
		if m := regexp.MustCompile(`\*\*(\p{L}{5,})\*\*`).FindSubmatch(data); err == nil && m != nil {
			word = string(m[1])
		}
		return err
	})
	if err != nil || word == "" {
		t.Fatalf("no word in bold in a generated chapter (%v)", err)
	}
	return word
}
