package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// StemPrefix starts the names of the skupaj stemmer token filters:
// StemPrefix + lang, for the languages of Rules ("sl", "bg", "mk").
const StemPrefix = "skupaj_stem_"

// stemFilter stems every term with one RuleSet. Keyword tokens are left
// alone, as Bleve's own stemmers do.
type stemFilter struct {
	rules RuleSet
}

// Filter stems every term in place.
func (f stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if tok.KeyWord {
			continue
		}
		s := string(tok.Term)
		if out := f.rules.Stem(s); out != s {
			tok.Term = []byte(out)
		}
	}
	return input
}

func init() {
	for _, lang := range stemLangs {
		f := stemFilter{rules: mustLoadRules(lang)}
		build := func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) { return f, nil }
		if err := registry.RegisterTokenFilter(StemPrefix+lang, build); err != nil {
			panic(err)
		}
	}
}
