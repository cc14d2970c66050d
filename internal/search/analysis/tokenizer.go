package analysis

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// TokenizerName is the tokenizer of every skupaj analyzer: a word is a run
// of letters, digits and combining marks, in which an apostrophe (' or ’)
// or a period between two such characters stays ("l'école",
// "www.example.org", "3.5"). The browser splits queries with the same
// rule, /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/u, so both sides see
// the same words. It is also several times faster than Unicode word segmentation.
const TokenizerName = "skupaj_words"

type wordTokenizer struct{}

func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) }

// Tokenize splits input into words.
func (wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	var out analysis.TokenStream
	words(input, func(start, end, pos int, typ analysis.TokenType) {
		out = append(out, &analysis.Token{Term: input[start:end], Start: start, End: end, Position: pos, Type: typ})
	})
	return out
}

// words calls emit with every word of input: its byte offsets, its
// position (from 1) and whether it is all digits.
func words(input []byte, emit func(start, end, pos int, typ analysis.TokenType)) {
	start, pos := -1, 0
	digitsOnly := true
	word := func(end int) {
		typ := analysis.AlphaNumeric
		if digitsOnly {
			typ = analysis.Numeric
		}
		pos++
		emit(start, end, pos, typ)
		start, digitsOnly = -1, true
	}
	for i := 0; i < len(input); {
		r, size := rune(input[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(input[i:])
		}
		switch {
		case inWord(r):
			if start < 0 {
				start = i
			}
			if !unicode.IsNumber(r) {
				digitsOnly = false
			}
		case start >= 0 && (r == '\'' || r == '’' || r == '.'):
			next, _ := utf8.DecodeRune(input[i+size:])
			if i+size < len(input) && inWord(next) {
				break // stays inside the word
			}
			word(i)
		case start >= 0:
			word(i)
		}
		i += size
	}
	if start >= 0 {
		word(len(input))
	}
}

func init() {
	build := func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) { return wordTokenizer{}, nil }
	if err := registry.RegisterTokenizer(TokenizerName, build); err != nil {
		panic(err)
	}
}
