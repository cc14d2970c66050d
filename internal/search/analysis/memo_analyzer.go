package analysis

import (
	"fmt"
	"hash/maphash"
	"sync"
	"unicode"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// MemoAnalyzer gives the same tokens as a skupaj analyzer but runs the
// token filters once per distinct word: every filter of every chain maps
// a token to what it makes of that token alone (lower-casing,
// transliteration, stop words, stemming, folding), so a word's terms can
// be remembered. A site repeats its words: on 10,000 pages, about 3
// million tokens are 70,000 distinct words per language. What it
// remembers is also the site's vocabulary, from which the search export
// builds its dictionary of surface forms. It is safe for concurrent use,
// as Bleve analyses documents in parallel.
type MemoAnalyzer struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter
	shards    [MemoParts]memoShard
}

// MemoParts is how many parts the memory is in, each with its own lock,
// so that analysers on several cores seldom wait for one another (a new
// word locks only its part), and its words can be read part by part
// (PartWords).
const MemoParts = 64

type memoShard struct {
	mu    sync.RWMutex
	words map[string][][]byte // token text → its terms (none for a stop word)
	_     [64]byte            // a shard's lock on a cache line of its own
}

var memoSeed = maphash.MakeSeed()

func (m *MemoAnalyzer) shard(word []byte) *memoShard {
	return &m.shards[maphash.Bytes(memoSeed, word)%MemoParts]
}

// NewMemo wraps the analyzer a, which must be one of the skupaj analyzers
// (a tokenizer and per-token filters).
func NewMemo(a analysis.Analyzer) (*MemoAnalyzer, error) {
	d, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || d.CharFilters != nil {
		return nil, fmt.Errorf("search analysis: %T cannot be remembered per word", a)
	}
	filters := make([]analysis.TokenFilter, len(d.TokenFilters))
	for i, f := range d.TokenFilters {
		if m, ok := f.(*memoFilter); ok {
			f = uncachedFilter{m} // one memory is enough
		}
		filters[i] = f
	}
	m := &MemoAnalyzer{tokenizer: d.Tokenizer, filters: filters}
	for i := range m.shards {
		m.shards[i].words = map[string][][]byte{}
	}
	return m, nil
}

// Analyze tokenizes input and replaces every token by its word's terms,
// keeping its position and offsets. The terms are shared and must not be
// changed. The tokens are allocated together.
func (m *MemoAnalyzer) Analyze(input []byte) analysis.TokenStream {
	slab := make([]analysis.Token, 0, len(input)/6+1)
	words(input, func(word []byte, start, end, pos int, typ analysis.TokenType) {
		for _, term := range m.Terms(word, typ) {
			slab = append(slab, analysis.Token{Term: term, Start: start, End: end, Position: pos, Type: typ})
		}
	})
	out := make(analysis.TokenStream, len(slab))
	for i := range slab {
		out[i] = &slab[i]
	}
	return out
}

// Terms are what the filters make of the word, analysed alone, and
// remembered.
func (m *MemoAnalyzer) Terms(word []byte, typ analysis.TokenType) [][]byte {
	sh := m.shard(word)
	sh.mu.RLock()
	terms, ok := sh.words[string(word)]
	sh.mu.RUnlock()
	if ok {
		return terms
	}
	terms = m.filter(word, typ)
	sh.mu.Lock()
	if prev, ok := sh.words[string(word)]; ok {
		terms = prev
	} else {
		sh.words[string(word)] = terms
	}
	sh.mu.Unlock()
	return terms
}

// filter runs the filters on word alone.
func (m *MemoAnalyzer) filter(word []byte, typ analysis.TokenType) [][]byte {
	stream := analysis.TokenStream{{Term: append([]byte(nil), word...), Start: 0, End: len(word), Position: 1, Type: typ}}
	for _, f := range m.filters {
		stream = f.Filter(stream)
	}
	var terms [][]byte
	for _, t := range stream {
		terms = append(terms, append([]byte(nil), t.Term...))
	}
	return terms
}

// Word is what the filters make of a word the tokenizer gave, from memory
// if it was analysed before; a new word is not remembered.
func (m *MemoAnalyzer) Word(word string) [][]byte {
	sh := m.shard([]byte(word))
	sh.mu.RLock()
	terms, ok := sh.words[word]
	sh.mu.RUnlock()
	if ok {
		return terms
	}
	typ := analysis.Numeric
	for _, r := range word {
		if !unicode.IsNumber(r) {
			typ = analysis.AlphaNumeric
			break
		}
	}
	return m.filter([]byte(word), typ)
}

// Known tells whether word was analysed and remembered.
func (m *MemoAnalyzer) Known(word string) bool {
	sh := m.shard([]byte(word))
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	_, ok := sh.words[word]
	return ok
}

// Tokenize splits input into words, as Analyze does before filtering.
func (m *MemoAnalyzer) Tokenize(input []byte) analysis.TokenStream {
	return m.tokenizer.Tokenize(input)
}

// PartWords calls fn with every word analysed so far in part (0 to
// MemoParts-1) of the memory, and its terms.
func (m *MemoAnalyzer) PartWords(part int, fn func(word string, terms [][]byte)) {
	sh := &m.shards[part]
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	for w, t := range sh.words {
		fn(w, t)
	}
}

// Frequencies is what Bleve's text field makes of input with this
// analyzer when it keeps no term vectors: every term with its frequency,
// and the number of tokens. They are counted as the words are read,
// without building the token stream (on 10,000 pages, 500 MB less
// allocated).
func (m *MemoAnalyzer) Frequencies(input []byte) (index.TokenFrequencies, int) {
	freqs := make(index.TokenFrequencies, len(input)/16+1)
	var slab []index.TokenFreq
	n := 0
	words(input, func(word []byte, _, _, _ int, typ analysis.TokenType) {
		for _, term := range m.Terms(word, typ) {
			n++
			tf, ok := freqs[string(term)]
			if !ok {
				if len(slab) == cap(slab) {
					slab = make([]index.TokenFreq, 0, len(input)/32+8)
				}
				slab = append(slab, index.TokenFreq{Term: term})
				tf = &slab[len(slab)-1]
				// The key shares the remembered term's bytes, which are
				// never changed (a copy per term and document was 80 MB
				// on 10,000 pages).
				freqs[unsafe.String(unsafe.SliceData(term), len(term))] = tf
			}
			tf.SetFrequency(tf.Frequency() + 1)
		}
	})
	return freqs, n
}
