package analysis

import (
	"fmt"
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// MemoAnalyzer gives the same tokens as a skupaj analyzer but runs the
// token filters once per distinct word: every filter of every chain maps
// a token to what it makes of that token alone (lower-casing,
// transliteration, stop words, stemming, folding), so a word's terms can
// be remembered. A site repeats its words: on 10,000 pages, about 3
// million tokens are 70,000 distinct words per language. What it
// remembers is also the site's vocabulary, from which the search export
// builds its dictionary of surface forms. It is safe for concurrent use:
// the search index analyses documents on every core.
type MemoAnalyzer struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter
	shards    [MemoParts]memoShard
	nextWord  atomic.Int32
	termMu    sync.Mutex
	termIDs   map[string]int32 // every term of a remembered word → its number
	termNames [][]byte         // by number
}

// MemoParts is how many parts the memory is in, each with its own lock,
// so that analysers on several cores seldom wait for one another (a new
// word locks only its part), and its words can be read part by part
// (PartWords).
const MemoParts = 64

type memoShard struct {
	mu    sync.RWMutex
	words map[string]*Word // token text → what the filters make of it
	_     [64]byte         // a shard's lock on a cache line of its own
}

// Word is a remembered word: its number and the numbers of its terms
// (none for a stop word; TermName names them). Numbers count from 0 in
// the order words and terms were first seen, which depends on the order
// of analysis. A word holds no text of its own: on 10,000 pages the
// memory holds 360,000 words.
type Word struct {
	ID      int32
	TermIDs []int32
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
	m := &MemoAnalyzer{tokenizer: d.Tokenizer, filters: filters, termIDs: map[string]int32{}}
	for i := range m.shards {
		m.shards[i].words = map[string]*Word{}
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
	w := m.remember(word, typ)
	terms := make([][]byte, len(w.TermIDs))
	m.termMu.Lock()
	for i, id := range w.TermIDs {
		terms[i] = m.termNames[id]
	}
	m.termMu.Unlock()
	return terms
}

// TermName is the term numbered id. It must be called only when no
// analysis runs.
func (m *MemoAnalyzer) TermName(id int32) []byte { return m.termNames[id] }

// remember is the word as remembered, analysed and numbered when it is
// new.
func (m *MemoAnalyzer) remember(word []byte, typ analysis.TokenType) *Word {
	sh := m.shard(word)
	sh.mu.RLock()
	w, ok := sh.words[string(word)]
	sh.mu.RUnlock()
	if ok {
		return w
	}
	terms := m.filter(word, typ)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if w, ok := sh.words[string(word)]; ok {
		return w
	}
	w = &Word{ID: m.nextWord.Add(1) - 1, TermIDs: make([]int32, len(terms))}
	m.termMu.Lock()
	for i, t := range terms {
		id, ok := m.termIDs[string(t)]
		if !ok {
			id = int32(len(m.termNames))
			m.termIDs[string(t)] = id
			m.termNames = append(m.termNames, t)
		}
		w.TermIDs[i] = id
	}
	m.termMu.Unlock()
	sh.words[string(word)] = w
	return w
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
	_, ok := sh.words[word]
	sh.mu.RUnlock()
	if ok {
		return m.Terms([]byte(word), analysis.AlphaNumeric) // the type matters only to a new word
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
// MemoParts-1) of the memory, as remembered.
func (m *MemoAnalyzer) PartWords(part int, fn func(text string, w *Word)) {
	sh := &m.shards[part]
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	for text, w := range sh.words {
		fn(text, w)
	}
}

// Words is how many words are remembered: their numbers are below it.
func (m *MemoAnalyzer) Words() int { return int(m.nextWord.Load()) }

// TermIDs are the numbers of the terms of the remembered words. The map
// is the memory's own: it must be read only when no analysis runs.
func (m *MemoAnalyzer) TermIDs() map[string]int32 { return m.termIDs }

// Visit tokenizes input and calls fn with each token's word, remembered
// (analysed when it is new): the words of a text with their terms in one
// pass, without building a token stream.
func (m *MemoAnalyzer) Visit(input []byte, fn func(w *Word)) {
	words(input, func(word []byte, _, _, _ int, typ analysis.TokenType) {
		fn(m.remember(word, typ))
	})
}
