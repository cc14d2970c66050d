package analysis

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
)

func TestLanguages(t *testing.T) {
	want := []string{"en", "sl", "hr", "bs", "sr", "sr-Latn", "mk", "bg", "pl", "da"}
	if got := analyzedLangs(); !slices.Equal(got, want) {
		t.Errorf("analyzedLangs() = %v, want %v", got, want)
	}
}

func TestAnalyzerName(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"sl", "skupaj_sl"},
		{"sr", "skupaj_sr"},
		{"sr-Latn", "skupaj_sr-latn"},
		{"SR-LATN", "skupaj_sr-latn"},
		{"EN", "skupaj_en"},
		{"de", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := AnalyzerName(tt.lang); got != tt.want {
			t.Errorf("AnalyzerName(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestAnalyzersInMapping checks that every analyzer can be named in a Bleve
// index mapping and ends its chain by folding.
func TestAnalyzersInMapping(t *testing.T) {
	for _, lang := range analyzedLangs() {
		im := mapping.NewIndexMapping()
		im.DefaultAnalyzer = AnalyzerName(lang)
		if err := im.Validate(); err != nil {
			t.Errorf("%s: %v", lang, err)
			continue
		}
		got, err := im.AnalyzeText(im.DefaultAnalyzer, []byte("Knjižnica"))
		if err != nil || len(got) != 1 {
			t.Errorf("%s: %d tokens for one word, error %v", lang, len(got), err)
		}
		if c := filterNames(lang); len(c) == 0 || c[len(c)-1] != FoldName {
			t.Errorf("%s: chain %v does not end in %s", lang, c, FoldName)
		}
	}
	if filterNames("de") != nil {
		t.Error("filterNames of a language without an analyzer is not nil")
	}
}

// TestSerbianScriptsMeet checks the point of the Serbian analyzer: Cyrillic,
// Latin and plain ASCII spellings of a word give the same terms.
func TestSerbianScriptsMeet(t *testing.T) {
	groups := [][]string{
		{"књижница", "knjižnica", "knjiznica", "КЊИЖНИЦА", "Knjižnica"},
		{"кућа", "kuća", "kuca"},
		{"ђак", "đak", "djak"},
		{"библиотеке", "biblioteke", "biblioteka"},
		{"Партнерство међу библиотекама", "partnerstvo među bibliotekama", "partnerstvo medju bibliotekama"},
	}
	for _, g := range groups {
		want := analyze(t, "sr", g[0])
		for _, s := range g[1:] {
			if got := analyze(t, "sr", s); !slices.Equal(got, want) {
				t.Errorf("sr: %q → %v, but %q → %v", s, got, g[0], want)
			}
		}
	}
}

func TestStopWords(t *testing.T) {
	tests := []struct {
		lang     string
		contains []string
	}{
		{"sl", []string{"in", "je", "na", "za", "se", "da", "ki", "so", "z", "s", "v", "pa", "ali", "že", "če"}},
		{"bg", []string{"и", "на", "за"}},
		{"sr", []string{"biti", "su", "će"}}, // Bleve's Croatian list: auxiliary verbs
		{"en", []string{"the", "and"}},
		{"mk", nil},
		{"de", nil},
	}
	for _, tt := range tests {
		got := stopWords(tt.lang)
		if (got == nil) != (tt.contains == nil) || !slices.IsSorted(got) {
			t.Errorf("%s: stopWords = %v", tt.lang, got)
		}
		for _, w := range tt.contains {
			if _, ok := slices.BinarySearch(got, w); !ok {
				t.Errorf("%s: stop words lack %q", tt.lang, w)
			}
			if terms := analyze(t, tt.lang, w); len(terms) != 0 {
				t.Errorf("%s: stop word %q analyzed to %v", tt.lang, w, terms)
			}
		}
	}
	// Serbian stop words are matched after transliteration.
	for _, w := range []string{"су", "ће", "бити"} {
		if terms := analyze(t, "sr", w); len(terms) != 0 {
			t.Errorf("sr: stop word %q analyzed to %v", w, terms)
		}
	}
}
