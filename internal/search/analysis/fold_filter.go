package analysis

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/translit"
)

// FoldName is the name of the token filter that folds terms to ASCII.
const FoldName = "skupaj_fold"

// foldFilter folds every term with translit.Fold and then lower-cases it,
// so that "knjižnica" and "knjiznica", or "đak" and "djak", become one term.
// It is the last filter of every skupaj analyzer. Letters with no ASCII form
// (Cyrillic, Greek, CJK) pass unchanged.
type foldFilter struct{}

// Filter folds every term in place.
func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		s := string(tok.Term)
		if out := strings.ToLower(translit.Fold(s)); out != s {
			tok.Term = []byte(out)
		}
	}
	return input
}

func init() {
	build := func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) { return foldFilter{}, nil }
	if err := registry.RegisterTokenFilter(FoldName, build); err != nil {
		panic(err)
	}
}
