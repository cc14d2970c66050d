package static

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// The matching of static/js/match.js, which this file mirrors for the
// terminal (skupaj search): docs/search-format.md, "Query semantics".
const (
	stemFactor    = 0.7  // a term the word begins with
	foreignFactor = 0.15 // times a stem or typo reading in another language than the reader's: below a two-edit typo in hers
	stemCutWeight = 0.1  // times the letters the stem lacks: what a shorter stem loses
	maxExpansion  = 20   // at most this many terms of each language match a word by typos
	typoMin       = 4    // a word of fewer letters gets no typo matching, and is ignored when unknown
	twoTypos      = 8    // a word of this many letters or more may have two typos
	stemMin       = 4    // a stem a word begins with has at least this many letters
	stemCut       = 4    // and lacks at most this many of the word's
	maxTypoFiles  = 8    // typo matching reads the chunks of a word's first three letters when they are this many files or fewer
)

// typoFactors are the score factors of a typo match by its distance.
var typoFactors = [...]float64{1, 0.5, 0.25}

// typoFactor is the score factor of a typo match at dist edits that loses
// lost of the letters typed (distance): one that loses some scores as one
// edit further, up to two. A reader who left a letter out typed every
// other one, so "vodti" is "voditi" before it is "vodi".
func typoFactor(dist, lost int) float64 {
	if lost > 0 {
		dist = min(dist+1, len(typoFactors)-1)
	}
	return typoFactors[dist]
}

// wordMatch is what one word of a query matches.
type wordMatch struct {
	terms   map[string]float64 // term name → score factor
	stop    map[string]bool    // languages in which the word is a stop word
	ignored bool               // a short word the dictionary does not know
	exact   map[int]bool       // the documents holding the word as typed, when told apart
	bonus   float64            // what holding it adds to a document's score for the word
	fs      []form
}

// matchWord matches one word (not being typed: no prefix matching) by its
// forms: the terms of its keys; for a word the dictionary does not know,
// the terms it begins with (its stems) and those of the keys one or two
// typos away, evened out (evenOut) and, in other languages than the
// reader's lang (when given), times foreignFactor: she types in hers.
func (s *Static) matchWord(fs []form, lang string) (wordMatch, error) {
	w := wordMatch{terms: map[string]float64{}, stop: map[string]bool{}}
	add := func(term string, factor float64) {
		if w.terms[term] < factor {
			w.terms[term] = factor
		}
	}
	known := false
	longest := 0
	told := true // every key with terms tells its documents apart
	for _, f := range fs {
		longest = max(longest, len(f.units))
		c, err := s.chunkFor(f.key)
		if err != nil {
			return w, err
		}
		if c == nil {
			continue
		}
		if langs, ok := c.S[f.key]; ok {
			known = true
			for _, l := range langs {
				w.stop[l] = true
			}
		}
		refs, ok := c.K[f.key]
		if !ok {
			continue
		}
		known = true
		terms, err := s.resolve(c, refs)
		if err != nil {
			return w, err
		}
		for _, t := range terms {
			add(t, 1)
		}
		if ds, ok := c.E[f.key]; ok && len(terms) > 0 {
			if w.exact == nil {
				w.exact = map[int]bool{}
			}
			d := 0
			for _, delta := range ds { // each after the first as a difference
				d += delta
				w.exact[d] = true
			}
		} else if len(terms) > 0 {
			told = false
		}
	}
	if !told {
		w.exact = nil
	}
	if w.exact != nil {
		// The best score of any of its terms: a document with the form
		// as typed ranks above every one with only other forms.
		for t := range w.terms {
			top, err := s.topScore(t)
			if err != nil {
				return w, err
			}
			w.bonus = max(w.bonus, float64(top))
		}
	}
	if !known && len(w.terms) == 0 && longest >= typoMin {
		// A word may be another form of a stem or a typo of another
		// word: both readings match, and evenOut gives each its place.
		stems, err := s.stemTerms(fs)
		if err != nil {
			return w, err
		}
		typos, err := s.typoTerms(fs)
		if err != nil {
			return w, err
		}
		for _, t := range typos {
			add(t.name, typoFactor(t.dist, t.lost))
		}
		// A word that is a word of the site with letters left out is that
		// word before it is another form of a stem that lacks more of
		// the letters typed: "pritske" is "pritiske" before it is "prit"
		// (of "priti") with another ending.
		kept := keptTypos(typos)
		for _, t := range stems {
			f := stemFactor * (1 - stemCutWeight*float64(t.cut))
			if k, ok := kept[termLang(t.name)]; ok && t.cut > k {
				f *= math.Pow(typoFactors[1], float64(t.cut-k))
			}
			add(t.name, f)
		}
		if err := s.evenOut(w.terms); err != nil {
			return w, err
		}
		if lang != "" {
			for t := range w.terms {
				if termLang(t) != lang {
					w.terms[t] *= foreignFactor
				}
			}
		}
	}
	w.ignored = len(w.terms) == 0 && len(w.stop) == 0 && longest < typoMin
	return w, nil
}

// keptTypos are, by language, the fewest edits of a typo reading that keeps
// every letter typed in order (only letters the reader left out).
func keptTypos(typos []typo) map[string]int {
	kept := map[string]int{}
	for _, t := range typos {
		l := termLang(t.name)
		if k, ok := kept[l]; t.lost == 0 && (!ok || t.dist < k) {
			kept[l] = t.dist
		}
	}
	return kept
}

// evenOut scales the scores of a word's stem and typo terms so that each
// term's best document scores the same, times the term's factor: which of
// them the reader meant is not known, and a near word on many pages, or
// in titles, would otherwise fill the first results while the page with
// the rare word meant ranks below them. Each reading's best page comes
// first, nearer readings first.
func (s *Static) evenOut(terms map[string]float64) error {
	tops := map[string]float64{}
	most := 0.0
	for t := range terms {
		top, err := s.topScore(t)
		if err != nil {
			return err
		}
		tops[t] = float64(top)
		most = max(most, float64(top))
	}
	for t, f := range terms {
		if tops[t] > 0 {
			terms[t] = f * (most / tops[t])
		}
	}
	return nil
}

// topScore is the highest score of term's postings (they come best
// first).
func (s *Static) topScore(term string) (int, error) {
	c, err := s.chunkFor(term)
	if err != nil || c == nil {
		return 0, err
	}
	i := sort.SearchStrings(c.T, term)
	if i == len(c.T) || c.T[i] != term || len(c.P[i]) < 2 {
		return 0, nil
	}
	return c.P[i][1], nil
}

// stopQuery makes a query of stop words alone match them: when every word
// is a stop word in some language, each also matches its stop terms
// ("=<key>|<lang>", the postings of the word as written in the languages
// that drop it), and none is left out as a stop word.
func (s *Static) stopQuery(words []wordMatch) error {
	if len(words) == 0 {
		return nil
	}
	for _, w := range words {
		if len(w.stop) == 0 {
			return nil
		}
	}
	for i := range words {
		w := &words[i]
		for lang := range w.stop {
			for _, f := range w.fs {
				name := TermName(StopMark+f.key, lang)
				if _, ok, err := s.DF(name); err != nil {
					return err
				} else if ok && w.terms[name] < 1 {
					w.terms[name] = 1
				}
			}
		}
		w.stop = map[string]bool{}
	}
	return nil
}

// resolve turns the references of a key of chunk c into term names: an
// index into c, or the name of a term of another chunk; a term that is not
// in the index is left out.
func (s *Static) resolve(c *chunk, refs []any) ([]string, error) {
	var out []string
	for _, ref := range refs {
		switch r := ref.(type) {
		case float64:
			out = append(out, c.T[int(r)])
		case string:
			if _, ok, err := s.DF(r); err != nil {
				return nil, err
			} else if ok {
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// DF returns how many documents hold term, and whether it is in the index.
func (s *Static) DF(term string) (int, bool, error) {
	c, err := s.chunkFor(term)
	if err != nil || c == nil {
		return 0, false, err
	}
	i := sort.SearchStrings(c.T, term)
	if i == len(c.T) || c.T[i] != term {
		return 0, false, nil
	}
	return c.DF[i], true, nil
}

// stemTerms are the terms the keys of fs begin with, in each language the
// longest, of at least stemMin letters and lacking at most stemCut: the
// stem the index made of the word's other forms.
func (s *Static) stemTerms(fs []form) ([]stem, error) {
	found := map[string]bool{} // languages with a stem
	var out []stem
	for _, f := range fs {
		c := []rune(f.key)
		for n := len(c); n >= max(stemMin, len(c)-stemCut); n-- {
			for _, l := range s.Manifest.Languages {
				if _, ok := found[l]; ok {
					continue
				}
				name := TermName(string(c[:n]), l)
				if _, ok, err := s.DF(name); err != nil {
					return nil, err
				} else if ok {
					found[l] = true
					out = append(out, stem{name, len(c) - n})
				}
			}
		}
	}
	return out, nil
}

// stem is a term a word begins with, and how many letters it lacks.
type stem struct {
	name string
	cut  int
}

// typo is a term matched by a typo, with the distance of its key and
// the letters typed it loses (distance).
type typo struct {
	name       string
	dist, lost int
}

// typoTerms are the terms of the keys within one typo (two for words of
// twoTypos letters or more) of fs, from the chunk of the key, of the key
// without its second letter and of the key with its second and third
// letters swapped: keys nearest first (fewest edits, then fewest typed
// letters lost), then by key, each key's terms most frequent first, up to
// maxExpansion terms of each language.
func (s *Static) typoTerms(fs []form) ([]typo, error) {
	type near struct {
		key        string
		dist, lost int
		refs       []any
		c          *chunk
	}
	nears := map[string]near{}
	for _, f := range fs {
		if len(f.units) < typoMin {
			continue
		}
		limit := 1
		if len(f.units) >= twoTypos {
			limit = 2
		}
		c := []rune(f.key)
		third := ""
		if len(c) > 2 {
			third = string(c[2])
		}
		variants := []string{f.key, string(c[:1]) + string(c[min(2, len(c)):]), string(c[:1]) + third + string(c[1:2]) + string(c[min(3, len(c)):])}
		var prefixes []string
		for _, v := range variants {
			p, err := s.prefixOf(v)
			if err != nil {
				return nil, err
			}
			if p != "" {
				prefixes = append(prefixes, p)
			}
		}
		// A typo in the third or fourth letter moves a key to another
		// chunk: the chunks of the keys that share the first three
		// letters too, unless they are many files.
		below, err := s.prefixesFor(string(c[:min(3, len(c))]))
		if err != nil {
			return nil, err
		}
		m, _ := s.letter(f.key)
		files := map[string]bool{}
		for _, p := range below {
			files[m[p]] = true
		}
		if len(files) <= maxTypoFiles {
			prefixes = append(prefixes, below...)
		}
		var chunks []*chunk
		for _, p := range prefixes {
			ch, err := s.chunk(m[p])
			if err != nil {
				return nil, err
			}
			if !slices.Contains(chunks, ch) {
				chunks = append(chunks, ch)
			}
		}
		for _, ch := range chunks {
			for k, refs := range ch.K {
				d, lost := distance(f.units, k, f.multi, limit)
				if old, ok := nears[k]; d <= limit && (!ok || d < old.dist || d == old.dist && lost < old.lost) {
					nears[k] = near{k, d, lost, refs, ch}
				}
			}
		}
	}
	sorted := make([]near, 0, len(nears))
	for _, n := range nears {
		sorted = append(sorted, n)
	}
	slices.SortFunc(sorted, func(a, b near) int { return cmp.Or(a.dist-b.dist, a.lost-b.lost, cmp.Compare(a.key, b.key)) })
	seen := map[string]bool{}
	count := map[string]int{} // language → terms taken
	var out []typo
	for _, n := range sorted {
		names, err := s.resolve(n.c, n.refs)
		if err != nil {
			return nil, err
		}
		type term struct {
			name string
			df   int
		}
		var terms []term
		for _, name := range names {
			df, _, err := s.DF(name)
			if err != nil {
				return nil, err
			}
			terms = append(terms, term{name, df})
		}
		slices.SortFunc(terms, func(a, b term) int { return cmp.Or(b.df-a.df, cmp.Compare(a.name, b.name)) })
		for _, t := range terms {
			lang := termLang(t.name)
			if seen[t.name] || count[lang] >= maxExpansion {
				continue
			}
			seen[t.name] = true
			count[lang]++
			out = append(out, typo{t.name, n.dist, n.lost})
		}
	}
	return out, nil
}

// termLang is the language of a term name ("partnerstv|sl" → "sl").
func termLang(name string) string {
	if i := strings.LastIndexByte(name, '|'); i >= 0 {
		return name[i+1:]
	}
	return ""
}
