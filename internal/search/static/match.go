package static

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// The matching of static/js/match.js, which this file mirrors for the
// terminal (skupaj search): docs/search-format.md, "Query semantics".
const (
	stemFactor   = 0.7 // a term the word begins with
	maxExpansion = 20  // at most this many terms of each language match a word by typos
	typoMin      = 4   // a word of fewer letters gets no typo matching, and is ignored when unknown
	twoTypos     = 8   // a word of this many letters or more may have two typos
	stemMin      = 4   // a stem a word begins with has at least this many letters
	stemCut      = 4   // and lacks at most this many of the word's
	stemSure     = 2   // a word that is a stem and at most this many letters more is not taken for a typo in the stem's language
	maxTypoFiles = 8   // typo matching reads the chunks of a word's first three letters when they are this many files or fewer
)

// typoFactors are the score factors of a typo match by its distance.
var typoFactors = [...]float64{1, 0.5, 0.25}

// wordMatch is what one word of a query matches.
type wordMatch struct {
	terms   map[string]float64 // term name → score factor
	stop    map[string]bool    // languages in which the word is a stop word
	ignored bool               // a short word the dictionary does not know
}

// matchWord matches one word (not being typed: no prefix matching) by its
// forms: the terms of its keys; for a word the dictionary does not know,
// the terms it begins with (its stems) and, in the languages where it has
// none, those of the keys one or two typos away.
func (s *Static) matchWord(fs []form) (wordMatch, error) {
	w := wordMatch{terms: map[string]float64{}, stop: map[string]bool{}}
	add := func(term string, factor float64) {
		if w.terms[term] < factor {
			w.terms[term] = factor
		}
	}
	known := false
	longest := 0
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
	}
	if !known && len(w.terms) == 0 && longest >= typoMin {
		stems, err := s.stemTerms(fs)
		if err != nil {
			return w, err
		}
		stemmed := map[string]bool{} // languages in which the word is a stem and a short ending
		for _, t := range stems {
			add(t.name, stemFactor)
			if t.cut <= stemSure {
				stemmed[termLang(t.name)] = true
			}
		}
		typos, err := s.typoTerms(fs)
		if err != nil {
			return w, err
		}
		for _, t := range typos {
			if !stemmed[termLang(t.name)] {
				add(t.name, typoFactors[t.dist])
			}
		}
	}
	w.ignored = len(w.terms) == 0 && len(w.stop) == 0 && longest < typoMin
	return w, nil
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

// typo is a term matched by a typo, with the distance of its key.
type typo struct {
	name string
	dist int
}

// typoTerms are the terms of the keys within one typo (two for words of
// twoTypos letters or more) of fs, from the chunk of the key, of the key
// without its second letter and of the key with its second and third
// letters swapped: keys nearest first, then by key, each key's terms most
// frequent first, up to maxExpansion terms of each language.
func (s *Static) typoTerms(fs []form) ([]typo, error) {
	type near struct {
		key  string
		dist int
		refs []any
		c    *chunk
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
				d := distance(f.units, k, f.multi, limit)
				if old, ok := nears[k]; d <= limit && (!ok || d < old.dist) {
					nears[k] = near{k, d, refs, ch}
				}
			}
		}
	}
	sorted := make([]near, 0, len(nears))
	for _, n := range nears {
		sorted = append(sorted, n)
	}
	slices.SortFunc(sorted, func(a, b near) int { return cmp.Or(a.dist-b.dist, cmp.Compare(a.key, b.key)) })
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
			out = append(out, typo{t.name, n.dist})
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
