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
// does (lang the reader's language), and returns the paths of the first n
// results.
func topPaths(t *testing.T, st *static.Static, q, lang string, n int) []string {
	t.Helper()
	hits, err := st.Find(q, map[string][]string{"lang": {lang}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	recs, err := st.Records(hits, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		out = append(out, rec.URL)
	}
	return out
}

// The terminal's reader finds what issue 16 found missing: a form that
// occurs nowhere on the site finds its other forms, in either word order;
// a Bulgarian word with "щ" dropped (one letter typed, three in Latin) is
// a typo; Polish and Danish words typed without their diacritics find
// their pages.
func TestStaticQueryEdgeCases(t *testing.T) {
	pub, _ := built(t)
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

// A word found as typed on a few pages and in other forms of its stem on
// many ranks the pages with the form as typed first (issue 16: such a
// Slovenian page ranked 6th, 8th and past 10th), and a query of stop
// words alone finds the pages that have them.
func TestStaticQueryExactFormAndStopWords(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"partnerstvi", "bolgarskega", "sodelovalo", "posamezno"} {
		exact, err := st.Exact(static.Key("sl", q))
		if err != nil {
			t.Fatal(err)
		}
		hits, err := st.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		if len(exact) == 0 || len(hits) <= len(exact) {
			t.Fatalf("%q: %d pages have it as typed, %d found: want a few among more", q, len(exact), len(hits))
		}
		for i, h := range hits[:len(exact)] {
			if !slices.Contains(exact, h.Doc) {
				t.Errorf("%q: result %d is document %d, which lacks the form as typed; want %v first", q, i+1, h.Doc, exact)
			}
		}
	}
	for _, c := range []struct{ q, lang, want string }{
		{"których", "pl", "/pl/"},
		{"ktorych", "pl", "/pl/"}, // without diacritics
		{"których jest", "pl", "/pl/"},
	} {
		if got := topPaths(t, st, c.q, c.lang, 10); !slices.Contains(got, c.want) {
			t.Errorf("%q (%s): %q, want %s among them", c.q, c.lang, got, c.want)
		}
	}
	if got := topPaths(t, st, "the", "en", 10); len(got) < 10 {
		t.Errorf(`"the" (en): %q, want the many pages that have it`, got)
	}
}

// A reader types in her language: a word the site lacks is read as a form
// or typo of her language's words before another language's, though the
// other language's fallback pages are in her results ("donesa", a form of
// Serbian "donese", begins with English "done", a heading of every English
// case: ten of them ranked above the Serbian home page). And a case is
// found by the headings of its teaching sections, which its page shows
// ("repeat").
func TestStaticQueryReadsTheReadersLanguageFirst(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lang, want string }{
		{"donesa", "sr-Latn", "/sr-latn/"},
		{"донеса", "sr", "/sr/"},
		{"repeat", "en", "/cases/aarhus-roskilde-ud-af-boksen/"},
	} {
		if got := topPaths(t, st, c.q, c.lang, 5); !slices.Contains(got, c.want) {
			t.Errorf("%q (%s): %q, want %s in the top 5", c.q, c.lang, got, c.want)
		}
	}
}

// A word typed with a letter left out is read as the word first: before
// a word that drops one of the letters typed ("vodti" is "voditi", on the
// Slovenian home page, before "vodi", on six other pages) and before a
// shorter stem that lacks more of them ("pritske" is "pritiske" before
// "prit", the stem of "priti", on three pages).
func TestStaticQueryReadsALetterLeftOutFirst(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lang, want string }{
		{"vodti", "sl", "/sl/"},
		{"pritske", "sl", "/sl/"},
		{"pritski", "sl", "/sl/"},
	} {
		if got := topPaths(t, st, c.q, c.lang, 5); !slices.Contains(got, c.want) {
			t.Errorf("%q (%s): %q, want %s in the top 5", c.q, c.lang, got, c.want)
		}
	}
}
