package browser

import (
	"strings"
	"testing"
)

// A reader's first search on the bundled handbook, in English and in
// Croatian (whose results include the English cases), lists its results
// after at most 8 requests: the page, its stylesheet, its script, the
// manifest (analysis tables and filters in it), a prefix file, a chunk
// and the records of the results. Then only the results in view fetch
// their text (summary and sections), not all ten. The icon is inline:
// no page requests it. (docs/search-format.md, "First search".)
func TestFirstSearchListsResultsInEightRequests(t *testing.T) {
	out := handbook(t)
	for _, c := range []struct{ page, query string }{
		{"/search/", "library"},
		{"/hr/search/", "prevention"},
	} {
		t.Run(strings.Trim(c.page, "/"), func(t *testing.T) {
			tb := newTab(t, startBrowser(t), serve(t, out))
			tb.open(c.page)
			tb.typeQuery(c.query)
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
			if shown < 10 {
				t.Fatalf("%d results for %q, want 10 or more to tell", shown, c.query)
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
