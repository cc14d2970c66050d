package static_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
)

// handbook builds the bundled handbook once, with its Bleve index, for
// the tests of this package that read it.
var handbook struct {
	once       sync.Once
	pub, index string
	langs      []string
	err        error
}

func built(t *testing.T) (pub, indexPath string, langs []string) {
	t.Helper()
	handbook.once.Do(func() {
		dir, err := os.MkdirTemp("", "skupaj-search-test-")
		if err != nil {
			handbook.err = err
			return
		}
		handbook.pub, handbook.index = filepath.Join(dir, "public"), filepath.Join(dir, "index.bleve")
		_, handbook.err = build.Build(build.Options{Root: "../../..", Out: handbook.pub, Index: handbook.index})
		if cfg, err := config.Load("../../.."); err == nil {
			for _, l := range cfg.Languages {
				handbook.langs = append(handbook.langs, l.Code)
			}
		}
	})
	if handbook.err != nil {
		t.Fatal(handbook.err)
	}
	return handbook.pub, handbook.index, handbook.langs
}

func openBoth(t *testing.T) (bleve.Index, *static.Static, []string, []string) {
	pub, indexPath, langs := built(t)
	idx, err := bleve.Open(indexPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	urls := make([]string, st.Manifest.Docs)
	for i := range urls {
		rec, err := st.Record(i)
		if err != nil {
			t.Fatal(err)
		}
		urls[i] = rec.URL
	}
	return idx, st, urls, langs
}

// Every term and posting of the Bleve index is in the static index.
func TestExportRoundTrips(t *testing.T) {
	idx, st, urls, langs := openBoth(t)
	adv, _ := idx.Advanced()
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	bleveDocs := map[string]map[string]bool{} // term → document ids, over all text fields
	for _, f := range index.Fields {
		dict, err := r.FieldDict(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		for e, _ := dict.Next(); e != nil; e, _ = dict.Next() {
			tfr, _ := r.TermFieldReader(context.Background(), []byte(e.Term), f.Name, false, false, false)
			var d bleveindex.TermFieldDoc
			for p, _ := tfr.Next(&d); p != nil; p, _ = tfr.Next(&d) {
				id, _ := r.ExternalID(p.ID)
				if bleveDocs[e.Term] == nil {
					bleveDocs[e.Term] = map[string]bool{}
				}
				bleveDocs[e.Term][id] = true
			}
			tfr.Close()
		}
		dict.Close()
	}
	if len(bleveDocs) < 1000 {
		t.Fatalf("the Bleve index has only %d terms", len(bleveDocs))
	}
	postings := 0
	for term, docs := range bleveDocs {
		got := map[string]bool{}
		for _, l := range langs {
			ps, err := st.Postings(static.TermName(term, l))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				got[urls[p.Doc]] = true
			}
		}
		if len(got) != len(docs) {
			t.Errorf("term %q: %d documents in the static index, %d in Bleve", term, len(got), len(docs))
			continue
		}
		for id := range docs {
			if !got[id] {
				t.Errorf("term %q: document %s is missing from the static index", term, id)
			}
		}
		postings += len(docs)
	}
	t.Logf("%d terms and %d postings round-trip", len(bleveDocs), postings)
}
