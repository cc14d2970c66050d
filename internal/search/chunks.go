package search

import (
	"encoding/hex"
	"fmt"
	"sort"
)

// chunk is one dictionary file: the keys and terms that start with prefix.
type chunk struct {
	K    map[string][]any    `json:"k"`
	S    map[string][]string `json:"s"`
	T    []string            `json:"t"`
	DF   []int               `json:"df"`
	P    [][]int             `json:"p"`
	More [][]string          `json:"more"`
}

// entry is a key or a term, with its estimated size in a chunk.
type entry struct {
	name string
	size int
}

// chunks groups keys and terms by prefix, splits large groups by one more
// character, writes one file per group and the further postings pages, and
// returns the manifest's prefix → file map.
func (e *exporter) chunks(postings termPostings, keys keyTerms, stops stopKeys) (map[string]string, error) {
	var entries []entry
	for k, ts := range keys {
		entries = append(entries, entry{k, len(k) + 6 + 12*len(ts) + 6*len(stops[k])})
	}
	for k, ls := range stops {
		if keys[k] == nil {
			entries = append(entries, entry{k, len(k) + 6 + 6*len(ls)})
		}
	}
	for t, ps := range postings {
		entries = append(entries, entry{"\x00" + t, len(t) + 8 + 12*len(firstPage(ps))})
	}
	groups := map[string][]entry{}
	split(entries, 1, groups)
	prefixOf := map[string]string{} // entry name → its group's prefix
	for p, es := range groups {
		for _, en := range es {
			prefixOf[en.name] = p
		}
	}
	prefixes := make([]string, 0, len(groups))
	for p := range groups {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	files := map[string]string{}
	for _, p := range prefixes {
		c := chunk{K: map[string][]any{}, S: map[string][]string{}, T: []string{}, DF: []int{}, P: [][]int{}, More: [][]string{}}
		var names []string
		for _, en := range groups[p] {
			names = append(names, en.name)
		}
		sort.Strings(names)
		termIndex := map[string]int{}
		for _, n := range names {
			if n[0] == 0 {
				t := n[1:]
				termIndex[t] = len(c.T)
				c.T = append(c.T, t)
			}
		}
		for _, t := range c.T {
			ps := postings[t]
			c.DF = append(c.DF, len(ps))
			first := firstPage(ps)
			c.P = append(c.P, flat(first))
			more := []string{}
			for i, start := 1, len(first); start < len(ps); i, start = i+1, start+PageSize {
				f, err := e.write(fmt.Sprintf("c/p/%s-%d", safeName(t), i), flat(ps[start:min(len(ps), start+PageSize)]))
				if err != nil {
					return nil, err
				}
				more = append(more, f)
			}
			c.More = append(c.More, more)
		}
		for _, n := range names {
			if n[0] == 0 {
				continue
			}
			var ts []string
			for t := range keys[n] {
				ts = append(ts, t)
			}
			sort.Strings(ts)
			refs := make([]any, 0, len(ts))
			for _, t := range ts {
				if i, ok := termIndex[t]; ok {
					refs = append(refs, i)
				} else if _, indexed := postings[t]; indexed {
					refs = append(refs, t) // the term lives in another chunk
				}
			}
			if len(refs) > 0 {
				c.K[n] = refs
			}
			if ls := stops[n]; len(ls) > 0 {
				var langs []string
				for l := range ls {
					langs = append(langs, l)
				}
				sort.Strings(langs)
				c.S[n] = langs
			}
		}
		f, err := e.write("c/"+safeName(p), c)
		if err != nil {
			return nil, err
		}
		files[p] = f
		e.stats.Chunks++
	}
	return files, nil
}

// split puts entries in groups by their first n characters; a group larger
// than ChunkTarget is split by one more character (entries no longer than
// n characters stay in it), up to MaxPrefix characters.
func split(entries []entry, n int, groups map[string][]entry) {
	byPrefix := map[string][]entry{}
	for _, en := range entries {
		byPrefix[prefix(en.name, n)] = append(byPrefix[prefix(en.name, n)], en)
	}
	for p, es := range byPrefix {
		size := 0
		for _, en := range es {
			size += en.size
		}
		if size <= ChunkTarget || n >= MaxPrefix {
			groups[p] = append(groups[p], es...)
			continue
		}
		var longer []entry
		for _, en := range es {
			if len([]rune(name(en.name))) > n {
				longer = append(longer, en)
			} else {
				groups[p] = append(groups[p], en)
			}
		}
		split(longer, n+1, groups)
	}
}

// name is an entry's key or term (terms carry a leading NUL to tell them apart).
func name(n string) string {
	if n != "" && n[0] == 0 {
		return n[1:]
	}
	return n
}

// prefix is the first n characters of an entry's name.
func prefix(n string, size int) string {
	r := []rune(name(n))
	if len(r) > size {
		r = r[:size]
	}
	return string(r)
}

func flat(ps []posting) []int {
	out := make([]int, 0, 2*len(ps))
	for _, p := range ps {
		out = append(out, p.doc, p.score)
	}
	return out
}

// safeName writes s as is when it is [a-z0-9]+, else as "_" and the hex of
// its bytes, so that any key or term can name a file.
func safeName(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return "_" + hex.EncodeToString([]byte(s))
		}
	}
	if s == "" {
		return "_"
	}
	return s
}

// firstPage is the part of a term's postings kept in its chunk: all of
// them for a rare term (no further file to fetch), the best FirstPage for
// a frequent one.
func firstPage(ps []posting) []posting {
	if len(ps) <= InlineAll {
		return ps
	}
	return ps[:FirstPage]
}
