package static

import (
	"math"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/index"
)

// BM25 parameters and the scale of exported integer scores.
const (
	K1         = 1.2
	B          = 0.75
	ScoreScale = 1000
)

// posting is one term's score in one document.
type posting struct {
	doc   int32
	score int32
}

// TermName is the exported name of Bleve's term for documents in lang:
// "<term>|<lang>", so that a word matches a document only through the
// analysis of the document's own language, as in Bleve.
func TermName(term, lang string) string { return term + "|" + lang }

// hit is a term's frequency in one field of one document.
type hit struct {
	doc   int32
	field uint8
	freq  uint32
}

// rawPostings collect, per language, the frequencies of every term in
// every field of the documents as analysed, and the length of every
// field.
type rawPostings struct {
	langs   []string
	terms   []map[string]int32 // per language: term → its number there (the memo's, set by setTerms)
	hits    [][][]hit          // per language, per term: its hits, by document, a document's by field
	lengths [][]float64        // per field, per document: tokens
}

func newRawPostings(langs []string, docs int) *rawPostings {
	r := &rawPostings{langs: langs, terms: make([]map[string]int32, len(langs)), hits: make([][][]hit, len(langs)), lengths: make([][]float64, len(index.Fields))}
	for i := range index.Fields {
		r.lengths[i] = make([]float64, docs)
	}
	return r
}

// add records the analysed text fields of a document. Documents come in
// their order.
func (r *rawPostings) add(a *index.Analysed) {
	for fi, n := range a.Lengths {
		r.lengths[fi][a.Doc] = float64(n)
	}
	hits := r.hits[a.Lang]
	for _, h := range a.Terms {
		if int(h.ID) >= len(hits) {
			hits = append(hits, make([][]hit, int(h.ID)+1-len(hits))...)
		}
		hits[h.ID] = append(hits[h.ID], hit{int32(a.Doc), h.Field, h.Freq})
	}
	r.hits[a.Lang] = hits
}

// setTerms names the terms of every language, numbered as the memo of its
// analysis numbered them.
func (r *rawPostings) setTerms(ix *index.Index) {
	for li := range r.langs {
		r.terms[li] = ix.Memo(li).TermIDs()
		if n := len(r.terms[li]); len(r.hits[li]) < n {
			r.hits[li] = append(r.hits[li], make([][]hit, n-len(r.hits[li]))...)
		}
	}
}

// postingsTable is every exported term with its postings, best first.
// Terms are numbered in the order of their names.
type postingsTable struct {
	names  []string           // "<term>|<lang>", sorted
	lists  [][]posting        // best first
	ids    [][]int32          // per language: its term number → table number
	lang   []map[string]int32 // per language: term → its number there
	inline int                // a term in at most this many documents has all its postings in its chunk
}

// lookup is the table number of term in language lang, or -1.
func (t *postingsTable) lookup(lang int, term string) int32 {
	if id, ok := t.lang[lang][term]; ok {
		return t.ids[lang][id]
	}
	return -1
}

// score computes every term's postings with BM25 over the fields, with
// field weights, and lets go of the hits. Field lengths are the true token counts, averaged over
// the documents that have the field (Bleve's own BM25 averages distinct
// terms).
func (r *rawPostings) score() *postingsTable {
	n := float64(len(r.lengths[0]))
	avg := make([]float64, len(index.Fields))
	for fi := range index.Fields {
		sum, count := 0.0, 0
		for _, l := range r.lengths[fi] {
			if l > 0 {
				sum += l
				count++
			}
		}
		if count > 0 {
			avg[fi] = sum / float64(count)
		}
	}
	type named struct {
		name      string
		lang, num int32
	}
	// Each language's terms are named and sorted on its own core, then
	// the sorted lists are merged.
	perLang := make([][]named, len(r.langs))
	parallel.For(len(r.langs), func(li int) {
		list := make([]named, 0, len(r.terms[li]))
		for t, id := range r.terms[li] {
			list = append(list, named{TermName(t, r.langs[li]), int32(li), id})
		}
		slices.SortFunc(list, func(a, b named) int { return strings.Compare(a.name, b.name) })
		perLang[li] = list
	})
	total := 0
	for _, list := range perLang {
		total += len(list)
	}
	all := make([]named, 0, total)
	for len(all) < total {
		best := -1
		for li, list := range perLang {
			if len(list) > 0 && (best < 0 || list[0].name < perLang[best][0].name) {
				best = li
			}
		}
		all = append(all, perLang[best][0])
		perLang[best] = perLang[best][1:]
	}
	t := &postingsTable{names: make([]string, len(all)), lists: make([][]posting, len(all)), ids: make([][]int32, len(r.langs)), lang: r.terms, inline: inlineAll(int(n))}
	for li := range r.langs {
		t.ids[li] = make([]int32, len(r.hits[li]))
	}
	parallel.For(len(all), func(i int) {
		a := all[i]
		t.names[i] = a.name
		t.ids[a.lang][a.num] = int32(i)
		hs := r.hits[a.lang][a.num]
		r.hits[a.lang][a.num] = nil // let go as it is scored: the table replaces the hits
		var docs []int32
		var sums []float64
		for _, h := range hs {
			tf := float64(h.freq)
			norm := 1 - B + B*r.lengths[h.field][h.doc]/avg[h.field]
			s := index.Fields[h.field].Weight * tf * (K1 + 1) / (tf + K1*norm)
			if len(docs) > 0 && docs[len(docs)-1] == h.doc {
				sums[len(sums)-1] += s
			} else {
				docs, sums = append(docs, h.doc), append(sums, s)
			}
		}
		df := float64(len(docs))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		ps := make([]posting, len(docs))
		for j, d := range docs {
			ps[j] = posting{d, int32(math.Round(sums[j] * idf * ScoreScale))}
		}
		slices.SortFunc(ps, func(a, b posting) int {
			if a.score != b.score {
				return int(b.score - a.score)
			}
			return int(a.doc - b.doc)
		})
		t.lists[i] = ps
	})
	return t
}
