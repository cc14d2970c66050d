package static_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// The first-search set of scripts/searchweight: on the bundled handbook,
// the English words that most pages have in a title or heading are the
// handbook's subjects and its templates' headings, four letters or more,
// no stop word, each once, the same at every call.
func TestCommonWordsAreThoseOfTitlesAndHeadings(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	words, err := quality.Common(st, "en", 20)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%q", words)
	if len(words) != 20 {
		t.Fatalf("%d words, want 20", len(words))
	}
	for _, w := range []string{"library", "partnership", "discussion"} {
		if !slices.Contains(words, w) {
			t.Errorf("%q is not among %q", w, words)
		}
	}
	seen := map[string]bool{}
	for _, w := range words {
		stop, err := st.StopIn(static.Key("en", w))
		if err != nil {
			t.Fatal(err)
		}
		if utf8.RuneCountInString(w) < 4 || seen[w] || slices.Contains(stop, "en") {
			t.Errorf("%q: shorter than 4 letters, twice or an English stop word", w)
		}
		seen[w] = true
	}
	again, err := quality.Common(st, "en", 20)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(words, again) {
		t.Errorf("a second call gave %q, the first %q", again, words)
	}
}
