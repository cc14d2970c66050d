package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps lower-case letters that canonical decomposition does not
// bring to ASCII, or brings to the wrong letters (å), to plain ASCII.
var foldTable = map[rune]string{
	'å': "aa", // Danish and Norwegian spelling without å
	'æ': "ae",
	'œ': "oe",
	'ø': "o",
	'ß': "ss",
	'þ': "th",
	'ð': "d",
	'đ': "dj", // Serbian, Croatian, Bosnian
	'ł': "l",
	'ı': "i",
	'ħ': "h",
	'ŧ': "t",
	'ŀ': "l",
	'ſ': "s",
	'ƒ': "f",
	'ǥ': "g",
	'ĳ': "ij",
	'ǆ': "dz", // the one-rune digraphs of old Croatian text
	'ǉ': "lj",
	'ǌ': "nj",
}

// foldMarks lists the blocks of combining marks that Fold drops.
var foldMarks = [][2]rune{
	{0x0300, 0x036F}, // Combining Diacritical Marks
	{0x1AB0, 0x1AFF}, // Combining Diacritical Marks Extended
	{0x1DC0, 0x1DFF}, // Combining Diacritical Marks Supplement
	{0xFE20, 0xFE2F}, // Combining Half Marks
}

var foldLetters = func() map[rune]letter {
	m := make(map[rune]letter, len(foldTable))
	for r, s := range foldTable {
		m[r] = newLetter(s)
	}
	return m
}()

// asciiStrings holds the one-byte strings, so that folding to them does not allocate.
var asciiStrings = func() (a [utf8.RuneSelf]string) {
	for i := range a {
		a[i] = string(rune(i))
	}
	return a
}()

// isFoldMark reports whether r is a combining mark that Fold drops.
func isFoldMark(r rune) bool {
	for _, m := range foldMarks {
		if r >= m[0] && r <= m[1] {
			return true
		}
	}
	return false
}

// Fold removes diacritics and maps letters to plain ASCII, keeping case:
// č → c, ć → c, đ → dj, š → s, ž → z, ł → l, ø → o, å → aa, æ → ae,
// œ → oe, ß → ss, þ → th, ð → d, and any letter whose canonical
// decomposition is an ASCII letter and accents (ą, ę, ó, ś, ź, ż, ń ...).
// Capitals that become two letters follow the case of their word: "Đuro" →
// "Djuro", "ĐURO" → "DJURO", "Æ" → "Ae". Characters with no ASCII form (CJK,
// emoji, Greek, Cyrillic) are left unchanged. When nothing changes, Fold
// returns s itself without allocating.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	copied := -1        // s[:copied] has been written to b; -1 before any change
	afterASCII := i > 0 // the previous rune was ASCII, folded or dropped
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			afterASCII = true
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out, ok := foldRune(s, i, i+size, r, afterASCII)
		afterASCII = ok
		if ok {
			if copied < 0 {
				b.Grow(len(s))
				copied = 0
			}
			b.WriteString(s[copied:i])
			b.WriteString(out)
			copied = i + size
		}
		i += size
	}
	if copied < 0 {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

// foldRune returns the ASCII form of the non-ASCII rune r at s[start:end]
// and whether it has one.
func foldRune(s string, start, end int, r rune, afterASCII bool) (string, bool) {
	if afterASCII && isFoldMark(r) {
		return "", true
	}
	if l, ok := foldLetters[unicode.ToLower(r)]; ok {
		return l.pick(isUpper(r), s, start, end), true
	}
	d := norm.NFD.PropertiesString(s[start:end]).Decomposition()
	if len(d) == 0 {
		return "", false
	}
	base, n := utf8.DecodeRune(d)
	for _, m := range string(d[n:]) {
		if !isFoldMark(m) {
			return "", false
		}
	}
	if base < utf8.RuneSelf {
		return asciiStrings[base], true
	}
	if l, ok := foldLetters[unicode.ToLower(base)]; ok {
		return l.pick(isUpper(base), s, start, end), true
	}
	return "", false
}
