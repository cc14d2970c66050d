package index

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/registry"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// textField holds, after Analyze, what Bleve's own text field with the
// language's analyzer holds: the same length and term frequencies (and
// locations, with term vectors), for every page of the handbook in every
// language.
func TestTextFieldAnalysesAsBleve(t *testing.T) {
	var texts [][]byte
	err := filepath.WalkDir("../../../content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := os.ReadFile(p)
		texts = append(texts, b)
		return err
	})
	if err != nil || len(texts) < 100 {
		t.Fatalf("reading the handbook: %d pages, %v", len(texts), err)
	}
	cache := registry.NewCache()
	for _, lang := range []string{"en", "sl", "hr", "bs", "sr", "sr-Latn", "mk", "bg", "pl", "da"} {
		plain, err := cache.AnalyzerNamed(analysis.AnalyzerName(lang))
		if err != nil {
			t.Fatal(err)
		}
		memo, err := analysis.NewMemo(plain)
		if err != nil {
			t.Fatal(err)
		}
		for _, opts := range []bleveindex.FieldIndexingOptions{bleveindex.IndexField, bleveindex.IndexField | bleveindex.IncludeTermVectors | bleveindex.StoreField} {
			for i, text := range texts {
				want := document.NewTextFieldCustom("body", nil, append([]byte(nil), text...), opts, plain)
				want.Analyze()
				got := &textField{name: "body", value: text, options: opts, memo: memo}
				got.Analyze()
				if got.AnalyzedLength() != want.AnalyzedLength() {
					t.Fatalf("%s, page %d, options %v: length %d, want %d", lang, i, opts, got.AnalyzedLength(), want.AnalyzedLength())
				}
				g, w := got.AnalyzedTokenFrequencies(), want.AnalyzedTokenFrequencies()
				if len(g) != len(w) {
					t.Fatalf("%s, page %d, options %v: %d terms, want %d", lang, i, opts, len(g), len(w))
				}
				for term, wf := range w {
					gf := g[term]
					if gf == nil || gf.Frequency() != wf.Frequency() || string(gf.Term) != string(wf.Term) || len(gf.Locations) != len(wf.Locations) {
						t.Fatalf("%s, page %d, options %v: term %q: got %+v, want %+v", lang, i, opts, term, gf, wf)
					}
					for j, wl := range wf.Locations {
						if gl := gf.Locations[j]; gl.Start != wl.Start || gl.End != wl.End || gl.Position != wl.Position {
							t.Fatalf("%s, page %d: term %q location %d: got %+v, want %+v", lang, i, term, j, gl, wl)
						}
					}
				}
			}
		}
	}
}
