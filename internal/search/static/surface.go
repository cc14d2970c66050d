package static

import (
	"hash/maphash"
	"slices"

	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/index"
)

// Surface forms: which documents hold a key as written (the exact form a
// reader may type), and the postings of stop words, which Bleve's analysis
// drops (docs/search-format.md, "e" and "Stop words").
const (
	// MaxExact is the most documents a key's exact-form list names: a
	// form in more documents is not told from the other forms of its
	// stem (on the bundled handbook, lists of up to 64 added 15 % to the
	// chunks' gzipped bytes, up to 16 with ExactMin 7 %).
	MaxExact = 16
	// ExactMin is the fewest documents a key's terms must have for its
	// list: fewer fit in the top 5 however they are ordered.
	ExactMin = 6
	// StopMark begins the exported name of a stop word's term
	// ("=ktorych|pl"): no key or analysed term has it.
	StopMark = "="
)

// surface is what the surface pass found.
type surface struct {
	docs  map[string][]int32 // key → documents holding it, ascending; nil past MaxExact
	stops []map[string][]hit // per language: "=<key>" → its hits, a document's together
}

const (
	surfaceShards = 64
	surfaceBlock  = 128 // documents a core reads at a time
)

var surfaceSeed = maphash.MakeSeed()

// surfaceForms reads every document's text fields word by word, as its
// language's analysis does, and records for every key the documents it is
// in and, for a word the analysis drops (a stop word), its frequency in
// each field, so that a query of stop words alone can still be answered.
func surfaceForms(ix *index.Index) *surface {
	langIndex := map[string]int{}
	for i, l := range ix.Langs() {
		langIndex[l] = i
	}
	type blockOut struct {
		keys  [surfaceShards]map[string][]int32
		stops []map[string][]hit
	}
	blocks := make([]blockOut, (len(ix.Docs())+surfaceBlock-1)/surfaceBlock)
	parallel.For(len(blocks), func(bi int) {
		out := &blocks[bi]
		for s := range out.keys {
			out.keys[s] = map[string][]int32{}
		}
		out.stops = make([]map[string][]hit, len(ix.Langs()))
		cache := make([]map[string]string, len(ix.Langs())) // word → key, or "=<key>" for a stop word
		for doc := bi * surfaceBlock; doc < min(len(ix.Docs()), (bi+1)*surfaceBlock); doc++ {
			d := ix.Docs()[doc]
			li := langIndex[d.Lang]
			if cache[li] == nil {
				cache[li] = map[string]string{}
				out.stops[li] = map[string][]hit{}
			}
			freqs := map[string][]uint32{} // stop word → per field
			for fi, f := range index.Fields {
				for _, t := range ix.Memo(li).Tokenize(d.Text(f.Name)) {
					w := string(t.Term)
					k, ok := cache[li][w]
					if !ok {
						k = Key(d.Lang, w)
						if len(ix.Memo(li).Word(w)) == 0 {
							k = StopMark + k
						}
						cache[li][w] = k
					}
					key := k
					if k[0] == StopMark[0] {
						if freqs[k] == nil {
							freqs[k] = make([]uint32, len(index.Fields))
						}
						freqs[k][fi]++
						key = k[1:]
					}
					list := out.keys[maphash.String(surfaceSeed, key)%surfaceShards]
					if ds := list[key]; len(ds) == 0 || ds[len(ds)-1] != int32(doc) {
						list[key] = append(ds, int32(doc))
					}
				}
			}
			for k, fs := range freqs {
				for fi, n := range fs {
					if n > 0 {
						out.stops[li][k] = append(out.stops[li][k], hit{int32(doc), uint8(fi), n})
					}
				}
			}
		}
	})
	// Each shard's keys from every block, in block order: documents stay
	// ascending.
	shards := make([]map[string][]int32, surfaceShards)
	parallel.For(surfaceShards, func(s int) {
		m := map[string][]int32{}
		for bi := range blocks {
			for k, ds := range blocks[bi].keys[s] {
				old, ok := m[k]
				switch {
				case ok && old == nil: // past MaxExact already
				case len(old)+len(ds) > MaxExact:
					m[k] = nil
				default:
					m[k] = append(old, ds...)
				}
			}
		}
		shards[s] = m
	})
	out := &surface{docs: map[string][]int32{}, stops: make([]map[string][]hit, len(ix.Langs()))}
	for _, m := range shards {
		for k, ds := range m {
			out.docs[k] = ds
		}
	}
	for li := range ix.Langs() {
		out.stops[li] = map[string][]hit{}
		for bi := range blocks {
			for k, hs := range blocks[bi].stops[li] {
				out.stops[li][k] = append(out.stops[li][k], hs...)
			}
		}
	}
	return out
}

// addStops adds the stop words' hits as terms of their languages, named
// "=<key>".
func (r *rawPostings) addStops(stops []map[string][]hit) {
	for li, m := range stops {
		names := make([]string, 0, len(m))
		for k := range m {
			names = append(names, k)
		}
		slices.Sort(names) // the same input gives the same numbering
		for _, k := range names {
			if _, ok := r.terms[li][k]; ok {
				continue
			}
			r.terms[li][k] = int32(len(r.hits[li]))
			r.hits[li] = append(r.hits[li], m[k])
		}
	}
}

// exactDocs gives each key with terms the documents that hold it as
// written, when they are fewer than those of its terms (other forms of
// its stems are elsewhere), at most MaxExact, and a term of the key has
// ExactMin documents or more: a query word ranks them above the documents
// with only the other forms.
func exactDocs(groups []keyGroup, docs map[string][]int32, table *postingsTable) {
	parallel.For(len(groups), func(gi int) {
		for i := range groups[gi].keys {
			k := &groups[gi].keys[i]
			ds := docs[k.key]
			if len(k.terms) == 0 || len(ds) == 0 || !slices.ContainsFunc(k.terms, func(t int32) bool { return len(table.lists[t]) >= ExactMin }) {
				continue
			}
			in := map[int32]bool{}
			for _, d := range ds {
				in[d] = true
			}
		terms:
			for _, t := range k.terms {
				for _, p := range table.lists[t] {
					if !in[p.doc] {
						k.docs = ds
						break terms
					}
				}
			}
		}
	})
}
