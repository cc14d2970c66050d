package analysis

import (
	"strings"
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
//
// Characters that show nothing (see invisible) are left out before words
// are split, so that "li\u200Bbrary" is the word "library"; the browser
// removes them from queries with the same list.
const TokenizerName = "skupaj_words"

type wordTokenizer struct{}

func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) }

// invisible reports whether r is a character that shows nothing and may be
// pasted inside a word: zero-width space, non-joiner and joiner, word
// joiner, byte order mark (zero-width no-break space) and soft hyphen.
// static/js/analysis.js (INVISIBLE) removes the same from queries.
func invisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

// Tokenize splits input into words.
func (wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	var out analysis.TokenStream
	words(input, func(word []byte, start, end, pos int, typ analysis.TokenType) {
		out = append(out, &analysis.Token{Term: word, Start: start, End: end, Position: pos, Type: typ})
	})
	return out
}

// words calls emit with every word of input: the word, its byte offsets,
// its position (from 1) and whether it is all digits. Invisible characters
// neither start, end nor split a word and are left out of it (the word is
// then a copy; else it is input[start:end]), as if they had been removed
// from input first.
func words(input []byte, emit func(word []byte, start, end, pos int, typ analysis.TokenType)) {
	start, pos := -1, 0
	digitsOnly, hidden := true, false
	word := func(end int) {
		typ := analysis.AlphaNumeric
		if digitsOnly {
			typ = analysis.Numeric
		}
		pos++
		w := input[start:end]
		if hidden {
			w = withoutInvisible(w)
		}
		emit(w, start, end, pos, typ)
		start, digitsOnly, hidden = -1, true, false
	}
	for i := 0; i < len(input); {
		r, size := rune(input[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(input[i:])
		}
		switch {
		case invisible(r):
			hidden = hidden || start >= 0
		case inWord(r):
			if start < 0 {
				start = i
			}
			if !unicode.IsNumber(r) {
				digitsOnly = false
			}
		case start >= 0 && (r == '\'' || r == '’' || r == '.'):
			if inWord(nextVisible(input[i+size:])) {
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

// nextVisible is the first rune of b that is not invisible, or utf8.RuneError.
func nextVisible(b []byte) rune {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if !invisible(r) {
			return r
		}
		b = b[size:]
	}
	return utf8.RuneError
}

// Visible is s without its invisible characters: what a query is before
// it is parsed, as the tokenizer leaves them out of the indexed text.
func Visible(s string) string {
	if !strings.ContainsFunc(s, invisible) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}

// withoutInvisible is a copy of w without its invisible characters.
func withoutInvisible(w []byte) []byte {
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRune(w[i:])
		if !invisible(r) {
			out = append(out, w[i:i+size]...)
		}
		i += size
	}
	return out
}

func init() {
	build := func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) { return wordTokenizer{}, nil }
	if err := registry.RegisterTokenizer(TokenizerName, build); err != nil {
		panic(err)
	}
}
