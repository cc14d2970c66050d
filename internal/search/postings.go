package search

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"
)

// BM25 parameters and the scale of exported integer scores.
const (
	K1         = 1.2
	B          = 0.75
	ScoreScale = 1000
)

// posting is one term's score in one document.
type posting struct {
	doc   int
	score int
}

// termPostings are the exported postings of every term, best first. A
// term is named "<term>|<lang>": Bleve's term and the language of the
// documents whose postings it holds, so that a word matches a document
// only through the analysis of the document's own language, as in Bleve.
type termPostings map[string][]posting

// TermName is the exported name of Bleve's term for documents in lang.
func TermName(term, lang string) string { return term + "|" + lang }

// readPostings reads every term of every text field from the Bleve index
// and scores it per document with BM25 over the fields, with field
// weights. Field lengths are the true token counts, recovered from Bleve's
// norms (1/√length), and averaged over the documents that have the field.
func readPostings(idx bleve.Index, docNum map[string]int, docLang []string) (termPostings, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	internal, err := internalIDs(r, docNum)
	if err != nil {
		return nil, err
	}
	n := len(docNum)
	type hit struct {
		doc, field int
		freq       uint64
	}
	hits := map[string][]hit{}
	lengths := make([][]float64, len(Fields))
	for fi, f := range Fields {
		lengths[fi] = make([]float64, n)
		dict, err := r.FieldDict(f.Name)
		if err != nil {
			return nil, err
		}
		for {
			e, err := dict.Next()
			if err != nil {
				dict.Close()
				return nil, err
			}
			if e == nil {
				break
			}
			tfr, err := r.TermFieldReader(context.Background(), []byte(e.Term), f.Name, true, true, false)
			if err != nil {
				dict.Close()
				return nil, err
			}
			var d index.TermFieldDoc
			for {
				p, err := tfr.Next(&d)
				if err != nil {
					tfr.Close()
					dict.Close()
					return nil, err
				}
				if p == nil {
					break
				}
				doc, ok := internal[string(p.ID)]
				if !ok {
					tfr.Close()
					dict.Close()
					return nil, fmt.Errorf("search index: posting for an unknown document")
				}
				if p.Norm > 0 {
					lengths[fi][doc] = math.Round(1 / float64(p.Norm*p.Norm))
				}
				hits[e.Term] = append(hits[e.Term], hit{doc, fi, p.Freq})
			}
			tfr.Close()
		}
		dict.Close()
	}
	avg := make([]float64, len(Fields))
	for fi := range Fields {
		sum, count := 0.0, 0
		for _, l := range lengths[fi] {
			if l > 0 {
				sum += l
				count++
			}
		}
		if count > 0 {
			avg[fi] = sum / float64(count)
		}
	}
	out := make(termPostings, len(hits))
	for term, hs := range hits {
		scores := map[int]float64{}
		for _, h := range hs {
			tf := float64(h.freq)
			norm := 1 - B + B*lengths[h.field][h.doc]/avg[h.field]
			scores[h.doc] += Fields[h.field].Weight * tf * (K1 + 1) / (tf + K1*norm)
		}
		df := float64(len(scores))
		idf := math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
		for doc, s := range scores {
			name := TermName(term, docLang[doc])
			out[name] = append(out[name], posting{doc, int(math.Round(s * idf * ScoreScale))})
		}
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].score != ps[j].score {
				return ps[i].score > ps[j].score
			}
			return ps[i].doc < ps[j].doc
		})
	}
	return out, nil
}

// internalIDs maps Bleve's internal document ids to our document numbers.
func internalIDs(r index.IndexReader, docNum map[string]int) (map[string]int, error) {
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer ids.Close()
	out := make(map[string]int, len(docNum))
	for {
		id, err := ids.Next()
		if err != nil {
			return nil, err
		}
		if id == nil {
			return out, nil
		}
		ext, err := r.ExternalID(id)
		if err != nil {
			return nil, err
		}
		if n, ok := docNum[ext]; ok {
			out[string(id)] = n
		}
	}
}
