package search

import (
	"strings"

	blevea "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/translit"
)

// Key is what both the build and the browser make of a word before looking
// it up: lower-cased, transliterated to Latin by the scheme of lang, folded
// to ASCII (docs/search-format.md, "Analysis").
func Key(lang, word string) string {
	return strings.ToLower(translit.ASCII(lang, strings.ReplaceAll(strings.ToLower(word), "’", "'")))
}

// keyTerms maps every key of the site's text to the exported terms
// ("<term>|<lang>") it stands for.
type keyTerms map[string]map[string]bool

// stopKeys maps a key to the languages whose analysis drops its word (a
// stop word there): a query leaves such a word out for documents in those
// languages, as Bleve does.
type stopKeys map[string]map[string]bool

// surfaceKeys tokenizes every text field of docs as Bleve does and records,
// for each distinct word, its key and what every language's analyzer makes
// of it, keeping the terms that occur in that language's documents. A query
// word found anywhere in the site thus matches what Bleve would match with
// each language's analysis.
func surfaceKeys(docs []*Doc, langs []string, postings termPostings) (keyTerms, stopKeys, error) {
	cache := registry.NewCache()
	tok, err := cache.TokenizerNamed(analysis.TokenizerName)
	if err != nil {
		return nil, nil, err
	}
	analyzers := make([]blevea.Analyzer, len(langs))
	for i, l := range langs {
		if analyzers[i], err = cache.AnalyzerNamed(analysis.AnalyzerName(l)); err != nil {
			return nil, nil, err
		}
	}
	words := map[string]bool{}
	for _, d := range docs {
		for _, f := range Fields {
			for _, t := range tok.Tokenize([]byte(d.text(f.Name))) {
				words[strings.ToLower(string(t.Term))] = true
			}
		}
	}
	out, stops := keyTerms{}, stopKeys{}
	for w := range words {
		for i, l := range langs {
			key := Key(l, w)
			tokens := analyzers[i].Analyze([]byte(w))
			if len(tokens) == 0 {
				if stops[key] == nil {
					stops[key] = map[string]bool{}
				}
				stops[key][l] = true
			}
			for _, at := range tokens {
				name := TermName(string(at.Term), l)
				if _, ok := postings[name]; !ok {
					continue
				}
				if out[key] == nil {
					out[key] = map[string]bool{}
				}
				out[key][name] = true
			}
		}
	}
	return out, stops, nil
}
