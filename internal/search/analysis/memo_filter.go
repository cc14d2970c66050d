package analysis

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/registry"
)

// CroatianStemName is Bleve's Croatian suffix transformation and stemmer,
// remembered per word. Bleve's Croatian stemmer runs up to 73 regular
// expressions on every token and took 60 % of a 10,000-page build: a text
// repeats its words, so each distinct word is stemmed once, and by
// croatianStem, which gives Bleve's stems but skips the rules that cannot
// match.
const CroatianStemName = "skupaj_stem_hr"

// memoFilter applies token filters that map one term to one term, caching
// the result per term. It is safe for concurrent use, as Bleve analyses
// documents in parallel.
type memoFilter struct {
	inner []analysis.TokenFilter
	last  func(string) string // applied after inner, if set
	cache sync.Map            // string → []byte
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
		out := f.compute(tok)
		f.cache.Store(key, out)
		tok.Term = append(tok.Term[:0], out...)
	}
	return input
}

// compute is what the filters make of tok's term.
func (f *memoFilter) compute(tok *analysis.Token) []byte {
	one := analysis.TokenStream{&analysis.Token{Term: append([]byte(nil), tok.Term...), Type: tok.Type}}
	for _, in := range f.inner {
		one = in.Filter(one)
	}
	if len(one) != 1 {
		return append([]byte(nil), tok.Term...) // a filter that drops the token leaves the term as it was
	}
	out := append([]byte(nil), one[0].Term...)
	if f.last != nil {
		out = []byte(f.last(string(out)))
	}
	return out
}

// uncachedFilter is a memoFilter without its cache, for MemoAnalyzer,
// which remembers whole words itself.
type uncachedFilter struct{ f *memoFilter }

func (u uncachedFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if !tok.KeyWord {
			tok.Term = u.f.compute(tok)
		}
	}
	return input
}

func init() {
	build := func(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
		in, err := cache.TokenFilterNamed(hr.SuffixTransformationFilterName)
		if err != nil {
			return nil, err
		}
		return &memoFilter{inner: []analysis.TokenFilter{in}, last: croatianStem}, nil
	}
	if err := registry.RegisterTokenFilter(CroatianStemName, build); err != nil {
		panic(err)
	}
}
