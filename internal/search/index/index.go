package index

import (
	"fmt"
	"iter"
	"os"
	"sync"

	"github.com/blevesearch/bleve/v2"
	blevea "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// batchSize is how many documents go to Bleve at once. Every batch
// becomes a segment, kept as it is (see New). Smaller batches hold less
// memory at once; on 10,000 pages 1,000 was fastest (500 to 5,000 tried).
const batchSize = 1000

// batches yields the first and end document of each batch of n: of
// batchSize, but the last 2×batchSize or fewer documents go in four
// smaller batches, so that the last segments, each built on one core,
// end close together instead of leaving one core idle for a whole
// batch's segment.
func batches(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		start := 0
		for ; n-start > 2*batchSize; start += batchSize {
			if !yield(start, start+batchSize) {
				return
			}
		}
		rest := n - start
		for i := range 4 {
			a, b := start+rest*i/4, start+rest*(i+1)/4
			if a < b && !yield(a, b) {
				return
			}
		}
	}
}

// batchWorkers is how many batches are built at once: Bleve analyses a
// batch on every core but builds its segment on one.
const batchWorkers = 2

// Mapping is the Bleve index mapping of a site in langs: one document type
// per language whose text fields use that language's analyzer, and keyword
// fields for a document's kind and languages. The filters by taxonomy are
// the static export's (its filters file), which nothing reads from here.
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
		for _, f := range keywordFields() {
			fm := bleve.NewKeywordFieldMapping()
			fm.Store, fm.IncludeInAll, fm.IncludeTermVectors = false, false, false
			dm.AddFieldMappingsAt(f, fm)
		}
		im.AddDocumentMapping(lang, dm)
	}
	return im, im.Validate()
}

// keywordFields are the fields indexed whole.
func keywordFields() []string { return []string{"kind", "lang", "shown"} }

// Index is a site's new Bleve index with what indexing saw, which the
// export reads instead of reading the index back: the postings of every
// term, and every language's words with their terms.
type Index struct {
	idx        bleve.Index
	persisted  sync.WaitGroup // a batch is done when it is on disk
	persistErr error
	errMu      sync.Mutex
	docs       []*Doc
	langs      []string
	memo       []*analysis.MemoAnalyzer // per language, the analyzer documents were indexed with
}

// Docs are the documents indexed, in their order.
func (ix *Index) Docs() []*Doc { return ix.docs }

// Langs are the site's languages, in the order of the mapping.
func (ix *Index) Langs() []string { return ix.langs }

// Memo is the analyzer the documents in ix.Langs()[lang] were indexed with,
// with every word it saw.
func (ix *Index) Memo(lang int) *analysis.MemoAnalyzer { return ix.memo[lang] }

// Close closes the Bleve index once every batch is on disk: the batches
// are "unsafe" (Bleve returns before writing them), and closing drops
// what is not written yet.
func (ix *Index) Close() error {
	ix.persisted.Wait()
	err := ix.idx.Close()
	ix.errMu.Lock()
	defer ix.errMu.Unlock()
	if ix.persistErr != nil {
		return ix.persistErr
	}
	return err
}

// New writes a new Bleve index of docs at path, replacing any index
// there. Documents are analysed with each language's analyzer,
// remembered per word (analysis.MemoAnalyzer), and handed to Bleve as
// documents of the mapping's fields. Each analysed document is handed to
// seen, with its number in docs and its language's number in langs, from
// one goroutine, in no set order.
func New(path string, langs []string, docs []*Doc, seen func(doc, lang int, d bleveindex.Document)) (*Index, error) {
	im, err := Mapping(langs)
	if err != nil {
		return nil, err
	}
	ix := &Index{docs: docs, langs: langs}
	langIndex := map[string]int{}
	for i, l := range langs {
		langIndex[l] = i
		m, err := analysis.NewMemo(im.AnalyzerNamed(analysis.AnalyzerName(l)))
		if err != nil {
			return nil, err
		}
		ix.memo = append(ix.memo, m)
	}
	for _, d := range docs {
		if _, ok := langIndex[d.Lang]; !ok {
			return nil, fmt.Errorf("search: %s is in %q, which is not one of the site's languages", d.ID, d.Lang)
		}
	}
	kw := im.AnalyzerNamed(keyword.Name)
	if err := os.RemoveAll(path); err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing(path, im, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{
		"numSnapshotsToKeep": 0,
		"unsafe_batch":       true, // do not wait for each batch to reach the disk: the index is rebuilt whole on every build
		// Keep the batches' segments as they are: merging them costs more
		// than a terminal search over a few segments saves.
		"scorchMergePlanOptions": map[string]any{"MaxSegmentsPerTier": 64, "FloorSegmentSize": 1},
	})
	if err != nil {
		return nil, fmt.Errorf("cannot create the search index %s: %w", path, err)
	}
	ix.idx = idx
	adv, err := idx.Advanced()
	if err != nil {
		idx.Close()
		return nil, err
	}
	// The postings of a batch are read from its analysed documents while
	// Bleve goes on.
	type done struct {
		start int
		docs  []*document.Document
	}
	harvested := make(chan done, 1)
	finished := make(chan struct{})
	go func() {
		for b := range harvested {
			for i, d := range b.docs {
				seen(b.start+i, langIndex[docs[b.start+i].Lang], d)
			}
		}
		close(finished)
	}()
	type span struct{ start, end int }
	starts := make(chan span)
	errs := make(chan error, batchWorkers)
	var wg sync.WaitGroup
	for range batchWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sp := range starts {
				start, end := sp.start, sp.end
				batch := bleveindex.NewBatch()
				ix.persisted.Add(1)
				batch.SetPersistedCallback(func(err error) {
					if err != nil {
						ix.errMu.Lock()
						ix.persistErr = err
						ix.errMu.Unlock()
					}
					ix.persisted.Done()
				})
				bdocs := make([]*document.Document, 0, end-start)
				for _, d := range docs[start:end] {
					bd := ix.document(d, im, ix.memo[langIndex[d.Lang]], kw)
					batch.Update(bd)
					bdocs = append(bdocs, bd)
				}
				if err := adv.Batch(batch); err != nil {
					select {
					case errs <- err:
					default: // one error is enough
					}
					continue
				}
				harvested <- done{start, bdocs}
			}
		}()
	}
	for start, end := range batches(len(docs)) {
		starts <- span{start, end}
	}
	close(starts)
	wg.Wait()
	close(harvested)
	<-finished
	close(errs)
	if err := <-errs; err != nil {
		idx.Close()
		return nil, err
	}
	return ix, nil
}

// document is d as Bleve indexes it: the text fields with the memo of its
// language, the keyword fields whole, each with the options the mapping
// gives it.
func (ix *Index) document(d *Doc, im *mapping.IndexMappingImpl, memo *analysis.MemoAnalyzer, kw blevea.Analyzer) *document.Document {
	dm := im.TypeMapping[d.Lang]
	bd := document.NewDocument(d.ID)
	opts := func(name string) bleveindex.FieldIndexingOptions { return dm.Properties[name].Fields[0].Options() }
	for _, f := range Fields {
		bd.AddField(&textField{name: f.Name, value: d.Text(f.Name), options: opts(f.Name), memo: memo})
	}
	keyword := func(name string, values []string, list bool) {
		for i, v := range values {
			var pos []uint64 // a list's values carry their place in it, as Bleve maps them
			if list {
				pos = []uint64{uint64(i)}
			}
			bd.AddField(document.NewTextFieldCustom(name, pos, []byte(v), opts(name), kw))
		}
	}
	keyword("kind", []string{d.Kind}, false)
	keyword("lang", []string{d.Lang}, false)
	keyword("shown", d.Shown, true)
	return bd
}
