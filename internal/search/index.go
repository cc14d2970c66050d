package search

import (
	"fmt"
	"os"
	"runtime"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// IndexDir is where the Bleve index is kept, relative to the site root.
const IndexDir = ".skupaj/index.bleve"

// Mapping is the Bleve index mapping of a site in langs: one document type
// per language whose text fields use that language's analyzer, and keyword
// fields for the filters.
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
			fm.IncludeTermVectors = true // phrases in skupaj search
			dm.AddFieldMappingsAt(f.Name, fm)
		}
		for _, f := range append([]string{"kind", "lang"}, FacetFields...) {
			fm := bleve.NewKeywordFieldMapping()
			fm.Store, fm.IncludeInAll, fm.IncludeTermVectors = false, false, false
			dm.AddFieldMappingsAt(f, fm)
		}
		im.AddDocumentMapping(lang, dm)
	}
	return im, im.Validate()
}

// Build writes a new Bleve index of docs at path, replacing any index there.
func Build(path string, langs []string, docs []*Doc) (bleve.Index, error) {
	im, err := Mapping(langs)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing(path, im, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{
		"numSnapshotsToKeep": 0,
		"unsafe_batch":       true, // do not wait for each batch to reach the disk: the index is rebuilt whole on every build
	})
	if err != nil {
		return nil, fmt.Errorf("cannot create the search index %s: %w", path, err)
	}
	const batchSize = 500
	batch := idx.NewBatch()
	for _, d := range docs {
		if err := batch.Index(d.ID, d.bleveDoc()); err != nil {
			idx.Close()
			return nil, err
		}
		if batch.Size() >= batchSize {
			if err := idx.Batch(batch); err != nil {
				idx.Close()
				return nil, err
			}
			batch.Reset()
		}
	}
	if err := idx.Batch(batch); err != nil {
		idx.Close()
		return nil, err
	}
	_ = runtime.GOMAXPROCS(0)
	return idx, nil
}

// bleveDoc is the document Bleve indexes.
func (d *Doc) bleveDoc() map[string]any {
	m := map[string]any{"lang": d.Lang, "kind": d.Kind}
	for _, f := range Fields {
		m[f.Name] = d.text(f.Name)
	}
	for _, f := range FacetFields {
		if v := d.Facets[f]; len(v) > 0 {
			m[f] = v
		}
	}
	return m
}

// Open opens the index kept for the site rooted at root.
func Open(root string) (bleve.Index, error) {
	idx, err := bleve.Open(root + "/" + IndexDir)
	if err != nil {
		return nil, fmt.Errorf("no search index at %s/%s (run skupaj build first): %w", root, IndexDir, err)
	}
	return idx, nil
}
