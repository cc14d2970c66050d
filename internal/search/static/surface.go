package static

import (
	"slices"

	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/analysis"
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

// surface is what the surface forms of the documents tell.
type surface struct {
	docs  map[string][]int32 // key → documents holding it, ascending; nil past MaxExact
	stops []map[string][]hit // per language: "=<key>" → its hits, a document's together
}

// surfaceWords collect, while the documents are analysed, the documents
// that hold each word as written, and the hits of the words the analysis
// drops (stop words), so that a query of stop words alone can still be
// answered.
type surfaceWords struct {
	docs  [][][]int32 // per language, per word: documents holding it, ascending, up to MaxExact+1
	stops [][][]hit   // per language, per word: a stop word's hits, by document
}

func newSurfaceWords(langs int) *surfaceWords {
	return &surfaceWords{docs: make([][][]int32, langs), stops: make([][][]hit, langs)}
}

// add records the words of a document. Documents come in their order.
func (s *surfaceWords) add(a *index.Analysed) {
	docs := s.docs[a.Lang]
	for _, w := range a.Words {
		docs = grow(docs, w)
		if len(docs[w]) <= MaxExact {
			docs[w] = append(docs[w], int32(a.Doc))
		}
	}
	s.docs[a.Lang] = docs
	stops := s.stops[a.Lang]
	for _, h := range a.Stops {
		stops = grow(stops, h.ID)
		stops[h.ID] = append(stops[h.ID], hit{int32(a.Doc), h.Field, h.Freq})
	}
	s.stops[a.Lang] = stops
}

// grow makes list long enough to hold index i.
func grow[T any](list []T, i int32) []T {
	if int(i) < len(list) {
		return list
	}
	return append(list, make([]T, int(i)+1-len(list)+len(list)/4)...)
}

// forms puts the words' documents and stop words' hits together by key
// (keys: per language, per word, its key): a key's documents are those of
// its words in every language, nil when more than MaxExact; a stop word's
// hits are summed with those of the other words of its key in its
// language.
func (s *surfaceWords) forms(keys [][]string) *surface {
	out := &surface{docs: map[string][]int32{}, stops: make([]map[string][]hit, len(keys))}
	for li, lists := range s.docs {
		for w, ds := range lists {
			if len(ds) == 0 {
				continue
			}
			k := keys[li][w]
			old, ok := out.docs[k]
			switch {
			case !ok:
				if len(ds) > MaxExact {
					ds = nil
				}
				out.docs[k] = ds
			case old == nil: // past MaxExact already
			default:
				if merged := union(old, ds); len(merged) <= MaxExact {
					out.docs[k] = merged
				} else {
					out.docs[k] = nil
				}
			}
		}
	}
	for li, lists := range s.stops {
		m := map[string][]hit{}
		for w, hs := range lists {
			if len(hs) == 0 {
				continue
			}
			k := StopMark + keys[li][w]
			if old, ok := m[k]; ok {
				m[k] = sumHits(append(append([]hit(nil), old...), hs...))
			} else {
				m[k] = hs
			}
		}
		out.stops[li] = m
	}
	return out
}

// union is the ascending documents of two ascending lists, each once.
func union(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return out
}

// sumHits orders hits by document and field, and sums those of one
// document and field.
func sumHits(hs []hit) []hit {
	slices.SortStableFunc(hs, func(a, b hit) int {
		if a.doc != b.doc {
			return int(a.doc - b.doc)
		}
		return int(a.field) - int(b.field)
	})
	out := hs[:0]
	for _, h := range hs {
		if n := len(out); n > 0 && out[n-1].doc == h.doc && out[n-1].field == h.field {
			out[n-1].freq += h.freq
			continue
		}
		out = append(out, h)
	}
	return out
}

// wordKeys are the keys of every word of every language's memory: per
// language, per word number.
func wordKeys(ix *index.Index) [][]string {
	langs := ix.Langs()
	keys := make([][]string, len(langs))
	for li := range langs {
		keys[li] = make([]string, ix.Memo(li).Words())
	}
	parallel.For(len(langs)*analysis.MemoParts, func(i int) {
		li, part := i/analysis.MemoParts, i%analysis.MemoParts
		ix.Memo(li).PartWords(part, func(text string, w *analysis.Word) { keys[li][w.ID] = Key(langs[li], text) })
	})
	return keys
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
