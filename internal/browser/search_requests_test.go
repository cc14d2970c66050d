package browser

import (
	"strings"
	"testing"
)

// A reader's first search on the bundled handbook, in English and in
// Croatian (whose results include the English cases), lists its results
// after at most 8 requests: the page, its stylesheet, its script, the
// manifest (analysis tables and filters in it), the dictionary files of
// the word and the records of the results. Then only the results in view
// fetch their text (summary and sections), not all ten. The icon is
// inline: no page requests it. (docs/search-format.md, "First search".)
// The English word is typed letter by letter; the Croatian page is
// opened with the word in its address, as the search box of every page's
// header does (typed on the Croatian page, each letter's prefix search
// reads dictionary files of its own: 10 requests for "prevention",
// docs/benchmarks.md).
func TestFirstSearchListsResultsInEightRequests(t *testing.T) {
	out := handbook(t)
	for _, c := range []struct {
		page, query string
		typed       bool
	}{
		{"/search/", "library", true},
		{"/hr/search/", "prevention", false},
	} {
		t.Run(strings.Trim(c.page, "/"), func(t *testing.T) {
			tb := newTab(t, startBrowser(t), serve(t, out))
			if c.typed {
				tb.open(c.page)
				tb.typeQuery(c.query)
			} else {
				tb.open(c.page + "?q=" + c.query)
				tb.waitSearch(c.query, 0)
			}
			var list, texts []string
			for _, p := range tb.requested() {
				if strings.HasPrefix(p, "/search/x/") {
					texts = append(texts, p)
				} else {
					list = append(list, p)
				}
			}
			if len(list) > 8 {
				t.Errorf("%d requests before the texts of the results, want at most 8: %q", len(list), list)
			}
			for _, p := range list {
				if strings.Contains(p, "favicon") {
					t.Errorf("the icon was requested: %s", p)
				}
			}
			shown := len(tb.results())
			if shown < 9 {
				t.Fatalf("%d results for %q, want 9 or more to tell", shown, c.query)
			}
			// The first result is in view and shows its text.
			if len(texts) == 0 || len(texts) >= shown {
				t.Errorf("%d text files fetched for %d results shown: want those in view only", len(texts), shown)
			}
			if eval[bool](tb, `document.querySelector("#search-list > .search-hit").hasAttribute("data-pending")`) {
				t.Error("the first result shows no text")
			}
		})
	}
}
