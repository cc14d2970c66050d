package translit

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rule replaces a lower-case letter group by a Latin string of as many
// letters; each output letter takes the case of the source letter.
type rule struct {
	from string
	to   []rune
}

// rules turns a map of rules into a slice, longest source first.
func rules(m map[string]string) []rule {
	var rs []rule
	for from, to := range m {
		if utf8.RuneCountInString(from) != utf8.RuneCountInString(to) {
			panic(fmt.Sprintf("translit: rule %q → %q changes the number of letters", from, to))
		}
		rs = append(rs, rule{from: from, to: []rune(to)})
	}
	sort.Slice(rs, func(i, j int) bool {
		if len(rs[i].from) != len(rs[j].from) {
			return len(rs[i].from) > len(rs[j].from)
		}
		return rs[i].from < rs[j].from
	})
	return rs
}

// applyRules writes the replacement of a whole-word or word-final rule that
// matches at s[i:] and returns where the match ends, or i if none matches.
func (sc *scheme) applyRules(b *strings.Builder, s string, i int) int {
	if len(sc.wordRules) > 0 && skipBack(s, i, true) == i {
		for _, w := range sc.wordRules {
			if end, ok := matchFold(s, i, w.from); ok && skipForward(s, end, true) == end {
				writeRule(b, s[i:end], w.to)
				return end
			}
		}
	}
	for _, f := range sc.finalRules {
		if end, ok := matchFold(s, i, f.from); ok && skipForward(s, end, true) == end {
			writeRule(b, s[i:end], f.to)
			return end
		}
	}
	return i
}

// matchFold reports whether s[i:] starts with the lower-case group from,
// ignoring case, and where the match ends.
func matchFold(s string, i int, from string) (int, bool) {
	for _, want := range from {
		if i >= len(s) {
			return i, false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.ToLower(r) != want {
			return i, false
		}
		i += n
	}
	return i, true
}

// writeRule writes to, giving each rune the case of the rune of src in the
// same position.
func writeRule(b *strings.Builder, src string, to []rune) {
	k := 0
	for _, r := range src {
		t := to[k]
		if isUpper(r) {
			t = unicode.ToUpper(t)
		}
		b.WriteRune(t)
		k++
	}
}
