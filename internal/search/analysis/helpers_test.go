package analysis

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// filterTerms runs the token filter registered as name over one token per
// word and returns the terms it leaves.
func filterTerms(t testing.TB, name string, words ...string) []string {
	t.Helper()
	f, err := registry.NewCache().TokenFilterNamed(name)
	if err != nil {
		t.Fatalf("token filter %q: %v", name, err)
	}
	in := make(analysis.TokenStream, len(words))
	for i, w := range words {
		in[i] = &analysis.Token{Term: []byte(w), Position: i + 1}
	}
	return terms(f.Filter(in))
}

// analyze runs the skupaj analyzer for lang over text and returns its terms.
func analyze(t testing.TB, lang, text string) []string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(AnalyzerName(lang))
	if err != nil {
		t.Fatalf("analyzer for %q: %v", lang, err)
	}
	return terms(a.Analyze([]byte(text)))
}

// terms returns the terms of a token stream.
func terms(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, tok := range ts {
		out[i] = string(tok.Term)
	}
	return out
}
