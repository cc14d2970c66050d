package index

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// Mapping is the Bleve index mapping of a site in langs: one document type
// per language whose text fields use that language's analyzer, and keyword
// fields for a document's kind and languages. Its analyzers are the ones
// the documents are analysed with (New); a Bleve index of this mapping
// holds the terms that Analyse gives (a test compares them).
func Mapping(langs []string) (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	im.TypeField = "lang"
	im.DefaultAnalyzer = keyword.Name
	im.StoreDynamic, im.IndexDynamic, im.DocValuesDynamic = false, false, false
	im.DefaultMapping.Enabled = false
	for _, lang := range langs {
		dm := bleve.NewDocumentStaticMapping()
		for _, f := range Fields {
			fm := bleve.NewTextFieldMapping()
			fm.Analyzer = analysis.AnalyzerName(lang)
			fm.Store, fm.IncludeInAll, fm.DocValues = f.Name == "title", false, false
			fm.IncludeTermVectors = false
			dm.AddFieldMappingsAt(f.Name, fm)
		}
		for _, f := range []string{"kind", "lang", "shown"} {
			fm := bleve.NewKeywordFieldMapping()
			fm.Store, fm.IncludeInAll, fm.IncludeTermVectors = false, false, false
			dm.AddFieldMappingsAt(f, fm)
		}
		im.AddDocumentMapping(lang, dm)
	}
	return im, im.Validate()
}

// Index is a site's documents with each language's analyzer, remembered
// per word (analysis.MemoAnalyzer): what the static export is made from.
// No Bleve index is written: the export needs only the analysed text.
type Index struct {
	docs  []*Doc
	langs []string
	lang  []int                    // per document, its language's number in langs
	memo  []*analysis.MemoAnalyzer // per language
}

// Docs are the documents indexed, in their order.
func (ix *Index) Docs() []*Doc { return ix.docs }

// Langs are the site's languages, in the order of the mapping.
func (ix *Index) Langs() []string { return ix.langs }

// Lang is the number in Langs of document doc's language.
func (ix *Index) Lang(doc int) int { return ix.lang[doc] }

// Memo is the analyzer the documents in ix.Langs()[lang] are analysed
// with, with every word it saw.
func (ix *Index) Memo(lang int) *analysis.MemoAnalyzer { return ix.memo[lang] }

// New prepares the analysis of docs, written in langs, with the analyzers
// of Mapping(langs).
func New(langs []string, docs []*Doc) (*Index, error) {
	im, err := Mapping(langs)
	if err != nil {
		return nil, err
	}
	ix := &Index{docs: docs, langs: langs, lang: make([]int, len(docs))}
	langIndex := map[string]int{}
	for i, l := range langs {
		langIndex[l] = i
		m, err := analysis.NewMemo(im.AnalyzerNamed(analysis.AnalyzerName(l)))
		if err != nil {
			return nil, err
		}
		ix.memo = append(ix.memo, m)
	}
	for i, d := range docs {
		li, ok := langIndex[d.Lang]
		if !ok {
			return nil, fmt.Errorf("search: %s is in %q, which is not one of the site's languages", d.ID, d.Lang)
		}
		ix.lang[i] = li
	}
	return ix, nil
}

// Hit is a term or a word (by its number in the language's memo) in one
// field of a document, with its frequency there.
type Hit struct {
	ID    int32
	Field uint8
	Freq  uint32
}

// Analysed is one document as its language's analyzer made it.
type Analysed struct {
	Doc, Lang int
	Lengths   [len(Fields)]int // tokens per field, as Bleve counts a field's length
	Terms     []Hit            // every term of every field, by field
	Words     []int32          // the words of the document, each once
	Stops     []Hit            // the words the analysis drops (stop words), by field
}

// block is how many documents a core analyses at a time.
const block = 64

// Analyse analyses every document, on every core, and hands them to fn in
// their order, from one goroutine: each word is read once, and gives its
// terms (Analysed.Terms, what a Bleve index of the mapping would hold) and
// its surface form (Words, Stops). fn must not keep a.
func (ix *Index) Analyse(fn func(a *Analysed)) {
	n := (len(ix.docs) + block - 1) / block
	done := make([]chan []Analysed, n)
	for i := range done {
		done[i] = make(chan []Analysed, 1)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &counter{}
			for {
				b := int(next.Add(1) - 1)
				if b >= n {
					return
				}
				out := make([]Analysed, 0, block)
				for doc := b * block; doc < min(len(ix.docs), (b+1)*block); doc++ {
					out = append(out, ix.analyse(doc, c))
				}
				done[b] <- out
			}
		}()
	}
	// The blocks are handed on in order; a core takes the next block
	// when it is done with one, so few wait.
	for _, ch := range done {
		out := <-ch
		for i := range out {
			fn(&out[i])
		}
	}
	wg.Wait()
}

// counter counts a document's terms, words and stop words on one core,
// by number.
type counter struct {
	terms, words, stops counts
}

// counts are counts[id] for the ids in seen.
type counts struct {
	n    []uint32
	seen []int32
}

func (c *counts) add(id int32) {
	if int(id) >= len(c.n) {
		c.n = append(c.n, make([]uint32, int(id)+1-len(c.n)+1024)...)
	}
	if c.n[id] == 0 {
		c.seen = append(c.seen, id)
	}
	c.n[id]++
}

// take appends the counted ids with their counts to hits, for field, and
// resets the counts.
func (c *counts) take(hits []Hit, field int) []Hit {
	for _, id := range c.seen {
		hits = append(hits, Hit{ID: id, Field: uint8(field), Freq: c.n[id]})
		c.n[id] = 0
	}
	c.seen = c.seen[:0]
	return hits
}

// ids appends the counted ids to list, and resets the counts.
func (c *counts) ids(list []int32) []int32 {
	for _, id := range c.seen {
		list = append(list, id)
		c.n[id] = 0
	}
	c.seen = c.seen[:0]
	return list
}

// analyse analyses document doc.
func (ix *Index) analyse(doc int, c *counter) Analysed {
	d, li := ix.docs[doc], ix.lang[doc]
	memo := ix.memo[li]
	a := Analysed{Doc: doc, Lang: li}
	for fi, f := range Fields {
		memo.Visit(d.Text(f.Name), func(w *analysis.Word) {
			c.words.add(w.ID)
			if len(w.TermIDs) == 0 {
				c.stops.add(w.ID)
			}
			for _, t := range w.TermIDs {
				c.terms.add(t)
			}
			a.Lengths[fi] += len(w.TermIDs)
		})
		a.Terms = c.terms.take(a.Terms, fi)
		a.Stops = c.stops.take(a.Stops, fi)
	}
	a.Words = c.words.ids(nil)
	return a
}
