package static_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// topPaths runs q with the static reader, as skupaj search -lang lang
// does, and returns the paths of the first n results.
func topPaths(t *testing.T, st *static.Static, q, lang string, n int) []string {
	t.Helper()
	hits, err := st.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hits {
		if ok, err := st.Keep(h.Doc, map[string][]string{"lang": {lang}}); err != nil {
			t.Fatal(err)
		} else if !ok {
			continue
		}
		rec, err := st.Record(h.Doc)
		if err != nil {
			t.Fatal(err)
		}
		if out = append(out, rec.URL); len(out) == n {
			break
		}
	}
	return out
}

// The terminal's reader finds what issue 16 found missing: a form that
// occurs nowhere on the site finds its other forms, in either word order;
// a Bulgarian word with "щ" dropped (one letter typed, three in Latin) is
// a typo; Polish and Danish words typed without their diacritics find
// their pages.
func TestStaticQueryEdgeCases(t *testing.T) {
	pub, _, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lang, want string }{
		{"szkoła", "pl", "/pl/"}, // the pages say "szkołami"
		{"szkoła biblioteka", "pl", "/pl/"},
		{"biblioteka szkoła", "pl", "/pl/"},
		{"читалие", "bg", "/bg/partners/chitalishte-boards/"}, // читалище
		{"knjiznca", "sl", "/sl/partners/mestna-knjiznica-ljubljana/"},
	} {
		if got := topPaths(t, st, c.q, c.lang, 10); !slices.Contains(got, c.want) {
			t.Errorf("%q (%s): %q, want %s among them", c.q, c.lang, got, c.want)
		}
	}
	sets, err := quality.Generate(st, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"pl", "da"} {
		n := 0
		for _, q := range sets[lang] {
			if q.Kind != "plain" {
				continue
			}
			n++
			if got := topPaths(t, st, q.Text, lang, 5); !slices.Contains(got, q.Want) {
				t.Errorf("%q (%s, without diacritics): %q, want %s in the top 5", q.Text, lang, got, q.Want)
			}
		}
		if n < 20 {
			t.Errorf("%s: only %d words without diacritics generated", lang, n)
		}
	}
}
