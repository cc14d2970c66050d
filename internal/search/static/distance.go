package static

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/skupaj/skupaj/internal/translit"
)

// form is one key of a query word, with the word's letters as typed, each
// keyed alone (units), for typo distances (static/js/match.js, forms).
type form struct {
	key   string
	units []string
	multi []string // for a Cyrillic word, the Latin forms of several letters of its scheme
}

// forms are the keys of word, one per scheme (they differ only for a
// Cyrillic word), in the order of schemes.
func forms(word string, schemes []string) []form {
	cyrillic := strings.IndexFunc(word, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
	var out []form
	for _, sch := range schemes {
		k := Key(sch, word)
		if k == "" {
			continue
		}
		multi := slices.Clone(foldMulti())
		if cyrillic {
			multi = append(multiUnits(sch), multi...)
			slices.Sort(multi)
			multi = slices.Compact(multi)
		}
		// Schemes that key the word alike may still spell other letters
		// differently: the key's inserted letters may be any of theirs
		// ("спрмо" is "sprmo" in every scheme, one "я" from Bulgarian
		// "spryamo").
		if i := slices.IndexFunc(out, func(f form) bool { return f.key == k }); i >= 0 {
			for _, m := range multi {
				if !slices.Contains(out[i].multi, m) {
					out[i].multi = append(out[i].multi, m)
				}
			}
			slices.Sort(out[i].multi)
			continue
		}
		out = append(out, form{key: k, units: units(word, sch), multi: multi})
	}
	return out
}

// units are the letters of word, each in the Latin form it takes in the
// word's key with scheme: "чете" gives ch, e, t, e. Letters are keyed one
// by one as long as they spell the start of the word's key; the rest of the
// key is one unit per character, or one for a single letter left (as
// Analyzer.units in static/js/analysis.js).
func units(word, scheme string) []string {
	letters := []rune(strings.ToLower(strings.ReplaceAll(word, "’", "'")))
	whole := Key(scheme, word)
	var out []string
	at, i := 0, 0
	for ; i < len(letters); i++ {
		u := Key(scheme, string(letters[i]))
		if !strings.HasPrefix(whole[at:], u) {
			break
		}
		if u != "" {
			out = append(out, u)
		}
		at += len(u)
	}
	rest := []rune(whole[at:])
	if len(letters)-i == 1 && len(rest) > 0 {
		return append(out, string(rest))
	}
	for _, r := range rest {
		out = append(out, string(r))
	}
	return out
}

// multiUnits are the Latin forms of several letters that one Cyrillic
// letter of scheme takes (ch, sh, sht ...), sorted.
func multiUnits(scheme string) []string {
	var out []string
	for _, lat := range translit.Tables().Schemes[scheme].Letters {
		k := strings.ToLower(translit.Fold(lat))
		if len([]rune(k)) > 1 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// foldMulti are the Latin forms of several letters that one letter
// folds to (đ → dj, æ → ae, ß → ss), sorted: a word typed without its "đ"
// is one edit from the key with "dj".
var foldMulti = sync.OnceValue(func() []string {
	var out []string
	for _, f := range translit.Tables().Fold {
		k := strings.ToLower(f)
		if len([]rune(k)) > 1 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
})

// distance is the edit distance between a word typed, as its units, and a
// key: keeping a letter costs nothing; dropping one, inserting one,
// replacing one or swapping two neighbours costs one edit. An inserted or
// replacing letter is one character of the key or one of multi, so that a
// Bulgarian word typed without its "ч" is one edit from the key with "ch".
// It is max+1 when the distance exceeds max. Of the ways with the fewest
// edits, lost counts the typed letters that the one keeping most in order
// drops, replaces or swaps (one a swap): "vodti" is one edit from both
// "voditi" (a letter the reader left out, none lost) and "vodi" (the "t"
// lost). static/js/typo.js counts the same way.
func distance(units []string, key string, multi []string, max int) (dist, lost int) {
	k := []rune(key)
	u := make([][]rune, len(units))
	for i, x := range units {
		u[i] = []rune(x)
	}
	n, m := len(u), len(k)
	ends := make([][]int, m+1) // ends[j]: the lengths of the units of the key that end at j
	for j := 1; j <= m; j++ {
		ends[j] = []int{1}
		for _, x := range multi {
			if xs := []rune(x); endsWith(k, j, xs) {
				ends[j] = append(ends[j], len(xs))
			}
		}
	}
	// A cost is edits×editCost + typed letters lost: fewer edits first,
	// then fewer letters lost (never more than the edits).
	const inf = 1 << 30
	edit, drop := editCost, editCost+1
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		for j := range d[i] {
			d[i][j] = inf
		}
	}
	d[0][0] = 0
	over := (max + 1) * editCost // the least cost of more than max edits
	for i := 0; i <= n; i++ {
		rowMin := inf
		for j := 0; j <= m; j++ {
			best := d[i][j]
			if i > 0 {
				best = min(best, d[i-1][j]+drop) // a typed letter dropped
			}
			for _, l := range ends[j] {
				best = min(best, d[i][j-l]+edit) // a letter of the key inserted
				if i > 0 {
					best = min(best, d[i-1][j-l]+drop) // a typed letter replaced
				}
			}
			if i > 0 && endsWith(k, j, u[i-1]) {
				best = min(best, d[i-1][j-len(u[i-1])])
			}
			if i > 1 {
				a, b := u[i-1], u[i-2] // typed b then a; the key has a then b
				if endsWith(k, j, b) && endsWith(k, j-len(b), a) {
					best = min(best, d[i-2][j-len(a)-len(b)]+drop) // out of order
				}
			}
			d[i][j] = best
			rowMin = min(rowMin, best)
		}
		if rowMin >= over && (i == 0 || slices.Min(d[i-1]) >= over) {
			return max + 1, 0
		}
	}
	if d[n][m] >= over {
		return max + 1, 0
	}
	return d[n][m] / editCost, d[n][m] % editCost
}

// editCost is what one edit costs in distance's sums, above the typed
// letters it may lose (at most one an edit, and a word has at most two).
const editCost = 4

// endsWith reports whether k[:j] ends with x.
func endsWith(k []rune, j int, x []rune) bool {
	if j < 0 || len(x) > j {
		return false
	}
	for i := range x {
		if k[j-len(x)+i] != x[i] {
			return false
		}
	}
	return true
}
