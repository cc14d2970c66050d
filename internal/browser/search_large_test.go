package browser

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

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
	t.Parallel() // its own tab in the shared Chromium
	site := largeSite(t)
	root, out := site.root, site.out
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

// largeBuilt is a site of static.SmallSite + 100 small generated pages
// (a large site: no views, prefix files, records 32 a file, whole texts)
// and its output, made once for the tests that need one.
type largeBuilt struct{ root, out string }

var largeOnce lazy[largeBuilt]

// largeSite generates and builds the large site, once for the package,
// below sharedDir.
func largeSite(t *testing.T) largeBuilt {
	t.Helper()
	return largeOnce.get(t, func() (largeBuilt, error) {
		dir, err := os.MkdirTemp(sharedDir, "large-")
		if err != nil {
			return largeBuilt{}, err
		}
		b := largeBuilt{root: filepath.Join(dir, "site"), out: filepath.Join(dir, "public")}
		if err := testsite.Generate(b.root, testsite.GenOptions{Pages: static.SmallSite + 100, Body: 800, Vocabulary: 5000}); err != nil {
			return b, err
		}
		_, err = build.Build(build.Options{Root: b.root, Out: b.out})
		return b, err
	})
}

// TestShortWordSearchesAhead types on a large site the first three
// letters of a word (not searched at every key: short), lets the page
// search ahead the word it most likely means, then completes that word
// at once: its first results show with no records file fetched after
// the last key (they came while the short word was typed), the same
// results as a search of the whole word typed on a fresh page.
func TestShortWordSearchesAhead(t *testing.T) {
	t.Parallel()
	site := largeSite(t)
	srv := serve(t, site.out)
	typed := []rune(bodyWord(t, site.root))[:3]
	st := newSiteTab(t, startBrowser(t), srv)
	st.open("/search/")
	js[any](st, `performance.setResourceTimingBufferSize(100000)`)
	st.do(chromedp.WaitVisible(chromedp.CSS("#search-q")), chromedp.SendKeys(chromedp.CSS("#search-q"), string(typed)))
	ahead := run(st, chromedp.Poll[string](`document.getElementById("search").dataset.ahead ?? false`, chromedp.WithPollingMutation()))
	if !strings.HasPrefix(ahead, string(typed)) || len([]rune(ahead)) <= len(typed) {
		t.Fatalf("typed %q, the page searched ahead %q: want a longer word that starts with it", string(typed), ahead)
	}
	// A records file asked for after the last key, by when its request
	// started: one asked for before may still be adding its entry to the
	// timeline on a loaded machine.
	const records = `performance.getEntriesByType("resource").filter((e) => e.name.includes("/search/r/") && e.startTime >= window.lastKey).map((e) => e.name)`
	js[any](st, `window.lastKey = performance.now()`)
	st.do(insertText(strings.TrimPrefix(ahead, string(typed))))
	q, _ := json.Marshal(ahead)
	run(st, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById("search").dataset.shown === %s`, q), chromedp.WithPollingMutation()))
	shown := js[[]string](st, `[...document.querySelectorAll("#search-list > .search-hit a.search-hit-title")].map((a) => a.pathname)`)
	st.waitResults()
	if late := js[[]string](st, records); len(late) > 0 {
		t.Errorf("%q searched ahead, then typed: %d records files fetched after its last key: %v", ahead, len(late), late)
	}

	fresh := newSiteTab(t, startBrowser(t), srv)
	fresh.open("/search/?q=" + ahead)
	fresh.waitResults()
	want := js[[]string](fresh, `[...document.querySelectorAll("#search-list > .search-hit a.search-hit-title")].map((a) => a.pathname)`)
	if len(shown) == 0 || strings.Join(shown, " ") != strings.Join(want, " ") {
		t.Errorf("%q typed: first results %v, want %v (the word searched on a fresh page)", ahead, shown, want)
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
