package static

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/parallel"
)

// entry is a key or a term of the dictionary, with its estimated size in
// a chunk.
type entry struct {
	name string    // the key, or the term's exported name
	term int32     // table number of a term, -1 for a key
	size int       // estimated
	key  *keyEntry // a key's terms and stops
}

// chunkFile is a chunk file as written, and the starts it holds: its
// first prefix, and the first prefix of each first character in it.
type chunkFile struct {
	file   string
	starts []string
}

// chunks groups keys and terms by prefix into files below dir ("c/" for
// the whole index, "c/<view>/" for a language's view), splits large groups by one more
// character, packs small groups that follow each other into one file of
// up to target bytes (estimated), writes the files and the further postings
// pages, and returns the files in order with their starts: where each file
// starts, and where each first character's keys start (see prefixOf).
// With oneHash (a small site) the files are named by their number and
// one hash of them all (oneHashNames), returned, else each by its first
// prefix and its own hash. A chunk is JSON (docs/search-format.md):
//
//	{"k":{key:[term index in t, or a term name of another chunk]},
//	 "s":{key:[languages where it is a stop word]},
//	 "e":{key:[documents holding it as written, each after the first as a difference]},
//	 "t":[term names], "df":[document frequencies],
//	 "p":[[doc, score, doc, difference, ...] best first: each score after
//	       the first as its difference from the one before],
//	 "more":[["<file>#<page>", ...]],
//	 "x":[for each term, a character per posting of its first page
//	      (sectionsOf); [] on a large site]}
func (e *exporter) chunks(dir string, target int, table *postingsTable, keys []keyGroup, langs []string, oneHash bool) (files []chunkFile, hash string, err error) {
	// Each first character's keys and terms (the terms' names are sorted,
	// so each character's are a run of them).
	type first struct {
		keys      []keyEntry
		termsFrom int
		termsTo   int
	}
	byFirst := map[string]*first{}
	for _, g := range keys {
		byFirst[g.first] = &first{keys: g.keys}
	}
	for i := 0; i < len(table.names); {
		p := prefix(table.names[i], 1)
		j := i + 1
		for j < len(table.names) && strings.HasPrefix(table.names[j], p) {
			j++
		}
		f := byFirst[p]
		if f == nil {
			f = &first{}
			byFirst[p] = f
		}
		f.termsFrom, f.termsTo = i, j
		i = j
	}
	firsts := make([]string, 0, len(byFirst))
	for p := range byFirst {
		firsts = append(firsts, p)
	}
	sort.Strings(firsts)
	// Entries are put in order and split, one first character's at a
	// time on every core.
	split1 := make([][]group, len(firsts))
	parallel.For(len(firsts), func(i int) {
		f := byFirst[firsts[i]]
		// Keys and terms are each in order: merged, they are too (a term's
		// name has a "|", which no key has).
		es := make([]entry, 0, len(f.keys)+f.termsTo-f.termsFrom)
		ki, t := 0, f.termsFrom
		for ki < len(f.keys) || t < f.termsTo {
			if t == f.termsTo || ki < len(f.keys) && f.keys[ki].key < table.names[t] {
				k := &f.keys[ki]
				es = append(es, entry{name: k.key, term: -1, size: len(k.key) + 6 + 12*len(k.terms) + 6*bits(k.stops) + 3*len(k.docs), key: k})
				ki++
				continue
			}
			name := table.names[t]
			es = append(es, entry{name: name, term: int32(t), size: len(name) + 8 + 12*len(table.firstPage(table.lists[t]))})
			t++
		}
		split(es, 1, target, &split1[i])
	})
	var groups []group
	for _, gs := range split1 {
		groups = append(groups, gs...)
	}
	// Splitting leaves many small groups (a median 2 KB on 10,000 pages):
	// one file for several of them means fewer files to write and fetch.
	var packs []group
	var named [][]string // per pack, the prefixes it holds
	packSize := 0
	for _, g := range groups {
		size := 0
		for _, en := range g.entries {
			size += en.size
		}
		if len(packs) == 0 || packSize+size > target {
			packs, named, packSize = append(packs, group{prefix: g.prefix}), append(named, nil), 0
		}
		last := len(packs) - 1
		packs[last].entries = append(packs[last].entries, g.entries...)
		named[last] = append(named[last], g.prefix)
		packSize += size
	}
	chunkOf := make([]int32, len(table.names)) // term → its chunk
	for pi, g := range packs {
		for _, en := range g.entries {
			if en.term >= 0 {
				chunkOf[en.term] = int32(pi)
			}
		}
	}
	data := make([][]byte, len(packs))
	names := make([]string, len(packs))
	errs := make([]error, len(packs))
	parallel.For(len(packs), func(pi int) {
		if data[pi], errs[pi] = e.chunk(dir, pi, packs[pi], table, chunkOf, langs); errs[pi] == nil && !oneHash {
			names[pi], errs[pi] = e.writeBytes(dir+safeName(packs[pi].prefix), data[pi])
			data[pi] = nil
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, "", err
	}
	if oneHash {
		names, hash = oneHashNames(dir, data)
		parallel.For(len(packs), func(pi int) { errs[pi] = e.writeAs(names[pi], data[pi]) })
		if err := errors.Join(errs...); err != nil {
			return nil, "", err
		}
	}
	// A file holds the keys and terms from its first prefix up to the
	// next file's (they are in order): those starts name every file, and
	// the first prefix of each first character, so that a reader looks a
	// key up among its first character's starts alone (a large site's
	// prefix file).
	files = make([]chunkFile, len(packs))
	lastFirst := ""
	for pi, prefixes := range named {
		files[pi] = chunkFile{file: names[pi], starts: []string{prefixes[0]}}
		for _, p := range prefixes {
			if first := prefix(p, 1); first != lastFirst {
				if p != prefixes[0] {
					files[pi].starts = append(files[pi].starts, p)
				}
				lastFirst = first
			}
		}
	}
	e.mu.Lock()
	e.stats.Chunks += len(packs)
	e.mu.Unlock()
	return files, hash, nil
}

// oneHashNames names the chunk files data of a small site's dictionary
// below dir by their number and one hash of them all, <dir><i>.<hash>.json:
// the first 8 hex digits of the SHA-256 of the files in order, each
// followed by a newline. Its manifest then names them by one hash and
// the starts of each (chunkNames), where a name per start cost a
// view's manifest, which every search page carries, 0.45–0.5 KB
// gzipped; a change to any chunk renames them all, which a small site's
// few hundred KB of chunks can afford.
func oneHashNames(dir string, data [][]byte) (names []string, hash string) {
	h := sha256.New()
	for _, d := range data {
		h.Write(d)
		h.Write([]byte("\n"))
	}
	hash = hex.EncodeToString(h.Sum(nil)[:4])
	for i := range data {
		names = append(names, fmt.Sprintf("%s%d.%s.json", dir, i, hash))
	}
	return names, hash
}

// chunk writes the further postings pages of group g's terms (number
// gi) and returns g's chunk.
func (e *exporter) chunk(dir string, gi int, g group, table *postingsTable, chunkOf []int32, langs []string) ([]byte, error) {
	// The entries are in order of their names, so the keys are in order,
	// and the terms too (the table is numbered in that order).
	var terms []int32
	var ks []*keyEntry
	for _, en := range g.entries {
		if en.term >= 0 {
			terms = append(terms, en.term)
		} else {
			ks = append(ks, en.key)
		}
	}
	local := map[int32]int{}
	for i, t := range terms {
		local[t] = i
	}
	// The further postings pages first: their files are named in "more".
	more, err := e.pages(dir, terms, table)
	if err != nil {
		return nil, err
	}
	b := &jsonWriter{}
	b.raw(`{"k":`)
	b.object(len(ks), func(i int) string { return ks[i].key }, func(i int) bool { return len(ks[i].terms) > 0 }, func(i int) {
		ts := ks[i].terms
		b.list(len(ts), func(i int) {
			if t := ts[i]; chunkOf[t] == int32(gi) {
				b.int(local[t])
			} else {
				b.str(table.names[t]) // the term lives in another chunk
			}
		})
	})
	b.raw(`,"s":`)
	b.object(len(ks), func(i int) string { return ks[i].key }, func(i int) bool { return ks[i].stops != 0 }, func(i int) {
		var names []string
		for li, l := range langs {
			if ks[i].stops&(1<<li) != 0 {
				names = append(names, l)
			}
		}
		sort.Strings(names)
		b.list(len(names), func(i int) { b.str(names[i]) })
	})
	b.raw(`,"e":`)
	b.object(len(ks), func(i int) string { return ks[i].key }, func(i int) bool { return len(ks[i].docs) > 0 }, func(i int) {
		// Ascending, each after the first as its difference from the one
		// before: smaller numbers.
		ds := ks[i].docs
		b.list(len(ds), func(i int) {
			if i == 0 {
				b.int(int(ds[0]))
			} else {
				b.int(int(ds[i] - ds[i-1]))
			}
		})
	})
	b.raw(`,"t":`)
	b.list(len(terms), func(i int) { b.str(table.names[terms[i]]) })
	// A chunk whose terms have all their postings in it (most of a small
	// site's) leaves df and more empty: the reader counts the postings.
	whole := true
	for _, t := range terms {
		whole = whole && len(table.firstPage(table.lists[t])) == len(table.lists[t])
	}
	n := len(terms)
	if whole {
		n = 0
	}
	b.raw(`,"df":`)
	b.list(n, func(i int) { b.int(len(table.lists[terms[i]])) })
	b.raw(`,"p":`)
	b.list(len(terms), func(i int) { b.postings(table.firstPage(table.lists[terms[i]])) })
	b.raw(`,"more":`)
	b.list(n, func(i int) { b.list(len(more[i]), func(j int) { b.str(more[i][j]) }) })
	b.raw(`,"x":`)
	e.sectionsOf(b, terms, table)
	b.raw("}")
	return b.b, nil
}

// sectionsOf writes, on a small site, the chunk's "x": for each term, a
// string of a character per posting of its first page, the section of
// the document that holds it best (SectionDigits) or NoSection; [] on a
// large site, which has no section files. It is in the chunk, not a file
// of its own (format 10 and before): a result whose word is only in its
// text then reads its section right after the chunk, one request and
// one round trip fewer, for 150-190 bytes more a chunk gzipped (0.2 KB
// a sections file of its own).
func (e *exporter) sectionsOf(b *jsonWriter, terms []int32, table *postingsTable) {
	if e.sections == nil {
		b.raw("[]")
		return
	}
	b.list(len(terms), func(i int) {
		name, ps := table.names[terms[i]], table.firstPage(table.lists[terms[i]])
		x := make([]byte, len(ps))
		for j, p := range ps {
			x[j] = e.sections.of(name, p.doc)
		}
		b.str(string(x))
	})
}

// pages writes the further postings pages of terms, packed in files of up
// to ChunkTarget bytes (a page of a term in 65 to 528 documents is a few
// hundred bytes: one file each would be thousands of tiny files), and
// returns each term's pages as "<file>#<index in the file>".
func (e *exporter) pages(dir string, terms []int32, table *postingsTable) ([][]string, error) {
	more := make([][]string, len(terms))
	var pack jsonWriter
	type ref struct{ term, page int }
	var refs []ref // the pages in pack
	first := ""    // the first page's name, naming the file
	flush := func() error {
		if len(refs) == 0 {
			return nil
		}
		pack.raw("]")
		f, err := e.writeBytes(first, pack.b)
		if err != nil {
			return err
		}
		for i, r := range refs {
			more[r.term][r.page] = fmt.Sprintf("%s#%d", f, i)
		}
		refs, first = refs[:0], ""
		return nil
	}
	for i, t := range terms {
		ps := table.lists[t]
		for n, start := 1, len(table.firstPage(ps)); start < len(ps); n, start = n+1, start+PageSize {
			if len(refs) == 0 {
				pack.reset()
				pack.raw("[")
				first = fmt.Sprintf("%sp/%s-%d", dir, safeName(table.names[t]), n)
			} else {
				pack.raw(",")
			}
			pack.postings(ps[start:min(len(ps), start+PageSize)])
			more[i] = append(more[i], "")
			refs = append(refs, ref{i, n - 1})
			if len(pack.b) >= ChunkTarget {
				if err := flush(); err != nil {
					return nil, err
				}
			}
		}
	}
	return more, flush()
}

// bits counts the languages in a set.
func bits(set uint64) int {
	n := 0
	for ; set != 0; set &= set - 1 {
		n++
	}
	return n
}

// group is the entries of one chunk.
type group struct {
	prefix  string
	entries []entry
}

// split puts sorted entries in groups by their first n characters; a
// group larger than target bytes is split by one more character (entries
// no longer than n characters stay in it), up to MaxPrefix characters.
// The groups come in order of their prefixes, and so do their entries;
// they share the array of entries.
func split(entries []entry, n, target int, groups *[]group) {
	for len(entries) > 0 {
		p := prefix(entries[0].name, n)
		end := 1
		size := entries[0].size
		for end < len(entries) && prefix(entries[end].name, n) == p {
			size += entries[end].size
			end++
		}
		run := entries[:end:end]
		entries = entries[end:]
		if size <= target || n >= MaxPrefix {
			*groups = append(*groups, group{p, run})
			continue
		}
		// An entry of at most n characters is p itself, which sorts
		// before every longer name that starts with p.
		short := 0
		for short < len(run) && run[short].name == p {
			short++
		}
		if short > 0 {
			*groups = append(*groups, group{p, run[:short:short]})
		}
		split(run[short:], n+1, target, groups)
	}
}

// prefix is the first n characters of s.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
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
// a frequent one (inlineAll).
func (t *postingsTable) firstPage(ps []posting) []posting {
	if len(ps) <= t.inline {
		return ps
	}
	return ps[:FirstPage]
}
