package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// letter is the Latin form of one source letter in each case.
type letter struct{ lower, title, upper string }

// newLetter derives the title-case and upper-case forms of lat.
func newLetter(lat string) letter {
	title := lat
	if r, n := utf8.DecodeRuneInString(lat); n > 0 {
		title = string(unicode.ToUpper(r)) + lat[n:]
	}
	return letter{lower: lat, title: title, upper: strings.ToUpper(lat)}
}

// pick returns the form of l for a source letter at s[start:end] that is a
// capital or not.
func (l letter) pick(capital bool, s string, start, end int) string {
	switch {
	case !capital:
		return l.lower
	case l.title == l.upper || allCaps(s, start, end):
		return l.upper
	}
	return l.title
}

// isWordRune reports whether r belongs to a word: a letter or a combining mark.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// isUpper reports whether r is a capital (upper-case or title-case) letter.
func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// allCaps reports whether the capital at s[start:end], whose Latin form has
// several letters, is written all in capitals rather than in title case.
func allCaps(s string, start, end int) bool {
	// The nearest letter with case in the same word decides, forward first.
	for i := end; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		if isUpper(r) || unicode.IsLower(r) {
			return isUpper(r)
		}
		i += n
	}
	for i := start; i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) {
			break
		}
		if isUpper(r) || unicode.IsLower(r) {
			return isUpper(r)
		}
		i -= n
	}
	// The capital is a word of its own: follow the neighbouring words.
	b := skipBack(s, skipBack(s, start, true), false)
	prev := classify(s[skipBack(s, b, true):b])
	a := skipForward(s, skipForward(s, end, true), false)
	next := classify(s[a:skipForward(s, a, true)])
	if prev == caseLower || next == caseLower {
		return false
	}
	return prev == caseUpper || next == caseUpper
}

// skipBack moves i back over runes for which isWordRune is word.
func skipBack(s string, i int, word bool) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) != word {
			break
		}
		i -= n
	}
	return i
}

// skipForward moves i forward over runes for which isWordRune is word.
func skipForward(s string, i int, word bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) != word {
			break
		}
		i += n
	}
	return i
}

// wordCase is the case of a whole word.
type wordCase int

const (
	caseNone  wordCase = iota // no word, no letter with case, or one capital
	caseLower                 // at least one lower-case letter
	caseUpper                 // two or more capitals and no lower-case letter
)

// classify returns the case of word.
func classify(word string) wordCase {
	upper := 0
	for _, r := range word {
		if unicode.IsLower(r) {
			return caseLower
		}
		if isUpper(r) {
			upper++
		}
	}
	if upper >= 2 {
		return caseUpper
	}
	return caseNone
}
