package search

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	blevea "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
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
// for each distinct word, its key and what the analyzers make of it,
// keeping the terms that occur in that language's documents. A query word
// found anywhere in the site thus matches what Bleve would match with each
// language's analysis.
//
// Analysing every word with every language costs most of an export, so a
// word is analysed with a language other than its own only when that
// language has a term starting like the word's key there (stems keep the
// first four characters of their word), and the words are shared out over the cores.
func surfaceKeys(docs []*Doc, langs []string, postings termPostings, m mapping.IndexMapping) (keyTerms, stopKeys, error) {
	// The index's own analyzers: their remembered stems (the Croatian
	// stemmer's) serve this pass too.
	tok, err := registry.NewCache().TokenizerNamed(analysis.TokenizerName)
	if err != nil {
		return nil, nil, err
	}
	analyzers := make([]blevea.Analyzer, len(langs))
	for i, l := range langs {
		if analyzers[i] = m.AnalyzerNamed(analysis.AnalyzerName(l)); analyzers[i] == nil {
			return nil, nil, fmt.Errorf("search: no analyzer for %s", l)
		}
	}
	langIndex := map[string]int{}
	for i, l := range langs {
		langIndex[l] = i
	}
	// The words of the site, each with the languages whose pages have it.
	words := map[string]uint64{}
	for _, d := range docs {
		bit := uint64(1) << (langIndex[d.Lang] % 64)
		for _, f := range Fields {
			for _, t := range tok.Tokenize([]byte(d.text(f.Name))) {
				words[strings.ToLower(string(t.Term))] |= bit
			}
		}
	}
	// Per language, the starts of its terms.
	starts := make([]map[string]bool, len(langs))
	for i := range starts {
		starts[i] = map[string]bool{}
	}
	for name := range postings {
		term, lang, _ := strings.Cut(name, "|")
		if i, ok := langIndex[lang]; ok {
			starts[i][start(term)] = true
		}
	}
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	sort.Strings(list)
	workers := runtime.GOMAXPROCS(0)
	type result struct {
		keys  keyTerms
		stops stopKeys
	}
	results := make([]result, workers)
	var wg sync.WaitGroup
	for wk := 0; wk < workers; wk++ {
		wg.Add(1)
		go func(wk int) {
			defer wg.Done()
			out, stops := keyTerms{}, stopKeys{}
			for n := wk; n < len(list); n += workers {
				w := list[n]
				for i, l := range langs {
					key := Key(l, w)
					own := words[w]&(1<<(i%64)) != 0
					if !own && !starts[i][start(key)] {
						continue // no term of l starts like this word: its analysis would find nothing
					}
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
			results[wk] = result{out, stops}
		}(wk)
	}
	wg.Wait()
	out, stops := keyTerms{}, stopKeys{}
	for _, r := range results {
		for k, ts := range r.keys {
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			for t := range ts {
				out[k][t] = true
			}
		}
		for k, ls := range r.stops {
			if stops[k] == nil {
				stops[k] = map[string]bool{}
			}
			for l := range ls {
				stops[k][l] = true
			}
		}
	}
	return out, stops, nil
}

// start is the first four characters of a term or key: what a stem keeps
// of its word (shorter words are compared whole).
func start(s string) string {
	n := 0
	for i := range s {
		if n == 4 {
			return s[:i]
		}
		n++
	}
	return s
}
