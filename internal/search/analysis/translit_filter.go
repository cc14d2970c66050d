package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/translit"
)

// TranslitPrefix starts the names of the transliteration token filters:
// TranslitPrefix + scheme, for the schemes "sr", "mk", "bg" and "generic".
const TranslitPrefix = "skupaj_translit_"

// translitSchemes are the translit schemes that have a token filter.
var translitSchemes = []string{"sr", "mk", "bg", "generic"}

// translitFilter writes Cyrillic terms in Latin letters with
// translit.ToLatin, keeping diacritics ("кућа" → "kuća"); Latin terms pass
// unchanged.
type translitFilter struct {
	scheme string // "sr", "mk", "bg" or "generic"
}

// Filter transliterates every term in place.
func (f translitFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		s := string(tok.Term)
		if out := translit.ToLatin(f.scheme, s); out != s {
			tok.Term = []byte(out)
		}
	}
	return input
}

func init() {
	for _, scheme := range translitSchemes {
		f := translitFilter{scheme: scheme}
		build := func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) { return f, nil }
		if err := registry.RegisterTokenFilter(TranslitPrefix+scheme, build); err != nil {
			panic(err)
		}
	}
}
