package browser

import (
	"strings"
	"testing"
)

// TestHandbookSearch searches the bundled handbook in English, Slovenian
// and Serbian, as a reader types.
func TestHandbookSearch(t *testing.T) {
	tb := newTab(t, startBrowser(t), serve(t, handbook(t)))

	tb.open("/search/")
	tb.typeQuery("kinds of partnership")
	first(t, tb.results(), "Kinds of partnership")

	tb.open("/sl/search/")
	tb.typeQuery("vrste partnerstev")
	first(t, tb.results(), "Vrste partnerstev")
	// "z" is a Slovenian stop word, but its key also stands for "ž".
	tb.typeQuery("partnerstvo z lokalno skupnostjo")
	if len(tb.results()) == 0 {
		t.Error("no results for partnerstvo z lokalno skupnostjo")
	}

	// A Latin query on the Serbian (Cyrillic) pages.
	tb.open("/sr/search/")
	tb.typeQuery("biblionet")
	rs := tb.results()
	if len(rs) == 0 || !strings.HasPrefix(rs[0].Title, "Библионет") {
		t.Fatalf("biblionet on /sr/search/: %q, want a Cyrillic page first", titles(rs))
	}
	// The Serbian filter keeps what the Serbian lists show: Serbian pages,
	// and other languages' pages not translated yet, marked as such.
	for _, r := range rs {
		if r.Lang != "sr" && !strings.Contains(r.Badges, strings.ToUpper(r.Lang)) {
			t.Errorf("result %q in %s with the Serbian filter pre-selected, and no language badge: %q", r.Title, r.Lang, r.Badges)
		}
	}
}
