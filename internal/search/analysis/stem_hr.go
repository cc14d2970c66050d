package analysis

import (
	"fmt"
	"regexp"
	"strings"
)

// croatianStem gives the stems of Bleve's Croatian stemmer (lang/hr.stem).
// Each of Bleve's 73 rules has the form ^(.+X)(s1|s2|...)$ and Bleve runs
// them one by one as regular expressions; here a rule's expression runs
// only when the word ends with one of its suffixes preceded by a letter
// that can end X, which most words do not, so the stems are Bleve's to the
// letter (stem_hr_test.go compares them on every word of the handbook) at
// a fraction of the cost.
func croatianStem(term string) string {
	r := []rune(term)
	for _, rule := range croatianCompiled {
		if !rule.mayMatch(r) {
			continue
		}
		m := rule.full.FindStringSubmatch(term)
		if len(m) == 0 {
			continue
		}
		if root := []rune(m[1]); len(root) > 0 && hasCroatianVowel(root) {
			return m[1]
		}
	}
	return term
}

// mayMatch is a necessary condition for the rule to match r: a suffix ends
// r, leaving at least one letter, and the letter before it can end X.
func (c croatianRule) mayMatch(r []rune) bool {
	for _, s := range c.suffixes {
		k := len(r) - len(s)
		if k < 1 || !equalRunes(r[k:], s) {
			continue
		}
		if len(c.x) == 0 || canEnd(c.x[len(c.x)-1], r[k-1]) {
			return true
		}
	}
	return false
}

// canEnd reports whether letter x can be the last one matched by it.
func canEnd(it item, x rune) bool {
	switch {
	case it.alts != nil:
		for _, alt := range it.alts {
			if len(alt) == 0 || canEnd(alt[len(alt)-1], x) {
				return true
			}
		}
		return false
	case it.class != nil || it.not:
		return containsRune(it.class, x) != it.not
	}
	return it.letter == x
}

// item is one element of X: a letter, a character class (negated or
// not), or a group of alternative sequences.
type item struct {
	letter rune
	class  []rune
	not    bool
	alts   [][]item // a group, when not nil
}

type croatianRule struct {
	full     *regexp.Regexp // the rule as Bleve has it
	x        []item         // X, for mayMatch
	suffixes [][]rune
}

var croatianCompiled = func() []croatianRule {
	out := make([]croatianRule, len(croatianRules))
	for i, r := range croatianRules {
		open := strings.LastIndex(r, "(")    // the suffix group has no group inside
		x := []rune(r[len("^(.+") : open-1]) // X, between "^(.+" and ")("
		seq, n := parseSeq(x, 0)
		if n != len(x) {
			panic(fmt.Sprintf("croatian rule %q: cannot read %q", r, string(x)))
		}
		rule := croatianRule{full: regexp.MustCompile(r), x: seq}
		for _, s := range strings.Split(r[open+1:len(r)-2], "|") {
			rule.suffixes = append(rule.suffixes, []rune(s))
		}
		out[i] = rule
	}
	return out
}()

// parseSeq reads items from x[i:] until a "|" or ")" (or the end), and
// returns them and where it stopped.
func parseSeq(x []rune, i int) ([]item, int) {
	var seq []item
	for i < len(x) {
		switch x[i] {
		case '|', ')':
			return seq, i
		case '(':
			var g item
			for {
				alt, j := parseSeq(x, i+1)
				g.alts = append(g.alts, alt)
				i = j
				if x[i] == ')' {
					break
				}
			}
			seq = append(seq, g)
			i++
		case '[':
			end := i + 1
			for x[end] != ']' {
				end++
			}
			it := item{class: x[i+1 : end]}
			if len(it.class) > 0 && it.class[0] == '^' {
				it.not, it.class = true, it.class[1:]
			}
			seq = append(seq, it)
			i = end + 1
		case '.', '*', '+', '?', ']', '\\', '{', '^', '$':
			panic(fmt.Sprintf("croatian rule: unexpected %q in %q", x[i], string(x)))
		default:
			seq = append(seq, item{letter: x[i]})
			i++
		}
	}
	return seq, i
}

// hasCroatianVowel is Bleve's hasVowel: a vowel, or an r that stands
// between non-vowels (syllabic r, as in "krv").
func hasCroatianVowel(r []rune) bool {
	vowel := func(x rune) bool { return strings.ContainsRune("aeiou", x) }
	for i, x := range r {
		if vowel(x) {
			return true
		}
		if x == 'r' && (i == 0 || !vowel(r[i-1])) && (i == len(r)-1 || !vowel(r[i+1])) {
			return true
		}
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func containsRune(set []rune, x rune) bool {
	for _, s := range set {
		if s == x {
			return true
		}
	}
	return false
}
