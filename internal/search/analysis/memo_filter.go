package analysis

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/registry"
)

// CroatianStemName is Bleve's Croatian suffix transformation (made
// deterministic: croatianTransform) and stemmer, remembered per word.
// Bleve's Croatian stemmer runs up to 73 regular expressions on every
// token and took 60 % of a 10,000-page build: a text repeats its words,
// so each distinct word is stemmed once, and by croatianStem, which gives
// Bleve's stems but skips the rules that cannot match.
const CroatianStemName = "skupaj_stem_hr"

// memoFilter maps every term by stem, caching the result per term. It is
// safe for concurrent use, as Bleve analyses documents in parallel.
type memoFilter struct {
	stem  func(string) string
	cache sync.Map // string → []byte
}

// Filter rewrites every term in place, from the cache when it can.
func (f *memoFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if tok.KeyWord {
			continue
		}
		if out, ok := f.cache.Load(string(tok.Term)); ok {
			tok.Term = append(tok.Term[:0], out.([]byte)...)
			continue
		}
		key := string(tok.Term)
		out := []byte(f.stem(key))
		f.cache.Store(key, out)
		tok.Term = append(tok.Term[:0], out...)
	}
	return input
}

// uncachedFilter is a memoFilter without its cache, for MemoAnalyzer,
// which remembers whole words itself.
type uncachedFilter struct{ f *memoFilter }

func (u uncachedFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if !tok.KeyWord {
			tok.Term = []byte(u.f.stem(string(tok.Term)))
		}
	}
	return input
}

// croatianTransform is Bleve's Croatian suffix transformation
// (hr.SuffixTransformations) with the longest matching suffix taken.
// Bleve goes through its map in Go's random order and takes the first
// suffix that ends the word: where two do ("...teticima" ends with
// "teticima" and "ticima"), the term changed from one build to the next.
// The longest is what the stemmer's original list, which Bleve's map
// comes from, applies first. Looking up the word's last bytes is also
// cheaper than trying all 128 suffixes.
func croatianTransform(term string) string {
	for n := min(len(term), croatianLongestSuffix); n > 0; n-- {
		if to, ok := hr.SuffixTransformations[term[len(term)-n:]]; ok {
			return term[:len(term)-n] + to
		}
	}
	return term
}

// croatianLongestSuffix is the length in bytes of the longest suffix of
// hr.SuffixTransformations.
var croatianLongestSuffix = func() int {
	n := 0
	for s := range hr.SuffixTransformations {
		n = max(n, len(s))
	}
	return n
}()

func init() {
	build := func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return &memoFilter{stem: func(term string) string { return croatianStem(croatianTransform(term)) }}, nil
	}
	if err := registry.RegisterTokenFilter(CroatianStemName, build); err != nil {
		panic(err)
	}
}
