package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	bleveindex "github.com/blevesearch/bleve_index_api"

	skanalysis "github.com/skupaj/skupaj/internal/search/analysis"
)

// textField is a text field of a document that Bleve indexes, analysed by
// its language's MemoAnalyzer: what document.TextField would hold after
// Analyze, counted straight into Bleve's token frequencies when the
// mapping keeps no term vectors (a test compares the two).
type textField struct {
	name    string
	value   []byte
	options bleveindex.FieldIndexingOptions
	memo    *skanalysis.MemoAnalyzer
	length  int
	freqs   bleveindex.TokenFrequencies
}

func (f *textField) Name() string                             { return f.name }
func (f *textField) ArrayPositions() []uint64                 { return nil }
func (f *textField) Options() bleveindex.FieldIndexingOptions { return f.options }
func (f *textField) Value() []byte                            { return f.value }
func (f *textField) NumPlainTextBytes() uint64                { return uint64(len(f.value)) }
func (f *textField) EncodedFieldType() byte                   { return 't' } // as document.TextField
func (f *textField) AnalyzedLength() int                      { return f.length }

func (f *textField) AnalyzedTokenFrequencies() bleveindex.TokenFrequencies { return f.freqs }

// Size estimates the field's memory, for Bleve's statistics: about 96
// bytes per term (its map entry, its TokenFreq and its text), without
// going through the terms as TokenFrequencies.Size does.
func (f *textField) Size() int {
	return 64 + len(f.name) + len(f.value) + 96*len(f.freqs)
}

// Analyze counts the field's terms.
func (f *textField) Analyze() {
	if f.options.IncludeTermVectors() {
		tokens := f.memo.Analyze(f.value)
		f.length, f.freqs = len(tokens), analysis.TokenFrequency(tokens, nil, f.options)
		return
	}
	f.freqs, f.length = f.memo.Frequencies(f.value)
}
