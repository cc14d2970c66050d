package translit

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// scheme is one Cyrillic to Latin transliteration.
type scheme struct {
	table     map[rune]string   // lower-case letter → Latin, as published
	final     map[string]string // letter groups spelled differently at the end of a word
	words     map[string]string // whole words with a fixed spelling
	decompose bool              // unknown Cyrillic: map the NFD base letter, or drop

	index      [cyrillicEnd - cyrillicStart]entry // letters by rune, both cases
	finalRules []rule
	wordRules  []rule
}

// The basic Cyrillic blocks, which hold every letter of the tables.
const cyrillicStart, cyrillicEnd = 0x400, 0x530

// entry is the Latin form of one rune of the basic Cyrillic blocks.
type entry struct {
	letter
	ok, capital bool
}

// newScheme prepares a scheme; it panics on a malformed rule.
func newScheme(table map[rune]string, final, words map[string]string, decompose bool) *scheme {
	sc := &scheme{table: table, final: final, words: words, decompose: decompose}
	for r, lat := range table {
		u := unicode.ToUpper(r)
		if r < cyrillicStart || r >= cyrillicEnd || u < cyrillicStart || u >= cyrillicEnd {
			panic(fmt.Sprintf("translit: letter %q is outside U+0400–U+052F", r))
		}
		l := newLetter(lat)
		sc.index[r-cyrillicStart] = entry{letter: l, ok: true}
		if u != r {
			sc.index[u-cyrillicStart] = entry{letter: l, ok: true, capital: true}
		}
	}
	sc.finalRules = rules(final)
	sc.wordRules = rules(words)
	return sc
}

// isCyrillic reports whether r is in the Cyrillic script.
func isCyrillic(r rune) bool {
	if r < cyrillicEnd {
		// U+0485 and U+0486 are combining marks of the Inherited script.
		return r >= cyrillicStart && r != 0x485 && r != 0x486
	}
	return r >= 0x1C80 && unicode.Is(unicode.Cyrillic, r)
}

// lookup returns the Latin form of the letter r, in either case.
func (sc *scheme) lookup(r rune) entry {
	if r >= cyrillicStart && r < cyrillicEnd {
		return sc.index[r-cyrillicStart]
	}
	return entry{}
}

// apply transliterates s. It returns s itself when s has no Cyrillic.
func (sc *scheme) apply(s string) string {
	start := strings.IndexFunc(s, isCyrillic)
	if start < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	copied := 0 // s[:copied] has been written to b
	for i := start; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCyrillic(r) {
			i += size
			continue
		}
		b.WriteString(s[copied:i])
		if end := sc.applyRules(&b, s, i); end > i {
			i, copied = end, end
			continue
		}
		if e := sc.lookup(r); e.ok {
			b.WriteString(e.pick(e.capital, s, i, i+size))
		} else if sc.decompose {
			sc.fallback(&b, s, i, i+size)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
		copied = i
	}
	b.WriteString(s[copied:])
	return b.String()
}

// fallback writes a Cyrillic rune missing from the table by the base letter of
// its decomposition, keeping non-Cyrillic marks, or drops it.
func (sc *scheme) fallback(b *strings.Builder, s string, start, end int) {
	d := norm.NFD.PropertiesString(s[start:end]).Decomposition()
	if len(d) == 0 {
		return
	}
	base, n := utf8.DecodeRune(d)
	e := sc.lookup(base)
	if !e.ok {
		return
	}
	b.WriteString(e.pick(e.capital, s, start, end))
	for _, m := range string(d[n:]) {
		if !isCyrillic(m) {
			b.WriteRune(m)
		}
	}
}
