package static_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
)

// handbook builds the bundled handbook once, for the tests of this
// package that read its static index.
var handbook struct {
	once  sync.Once
	dir   string
	pub   string
	langs []string
	err   error
}

// TestMain removes the handbook built for the tests: a run leaves
// nothing in the temporary folder.
func TestMain(m *testing.M) {
	code := m.Run()
	if handbook.dir != "" {
		os.RemoveAll(handbook.dir)
	}
	os.Exit(code)
}

func built(t *testing.T) (pub string, langs []string) {
	t.Helper()
	handbook.once.Do(func() {
		dir, err := os.MkdirTemp("", "skupaj-search-test-")
		if err != nil {
			handbook.err = err
			return
		}
		handbook.dir = dir
		handbook.pub = filepath.Join(dir, "public")
		_, handbook.err = build.Build(build.Options{Root: "../../..", Out: handbook.pub})
		if cfg, err := config.Load("../../.."); err == nil {
			for _, l := range cfg.Languages {
				handbook.langs = append(handbook.langs, l.Code)
			}
		}
	})
	if handbook.err != nil {
		t.Fatal(handbook.err)
	}
	return handbook.pub, handbook.langs
}

// document is the record and the text of document i of st.
func document(t *testing.T, st *static.Static, i int) (*static.Record, *static.Text) {
	t.Helper()
	rec, err := st.Record(i)
	if err != nil {
		t.Fatal(err)
	}
	text, err := st.Text(i)
	if err != nil {
		t.Fatal(err)
	}
	return rec, text
}

// handbookDocs are the documents of the handbook's static index, read
// back from its records and texts: every page's title, summary and
// sections in its language.
func handbookDocs(t *testing.T) ([]*index.Doc, []string) {
	pub, langs := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*index.Doc, st.Manifest.Docs)
	for i := range docs {
		rec, text := document(t, st, i)
		d := &index.Doc{ID: rec.URL, URL: rec.URL, Lang: rec.Lang, Kind: rec.Kind, Title: rec.Title, Summary: rec.Summary}
		for _, s := range text.Sections {
			d.Headings = append(d.Headings, s[1])
			d.Sections = append(d.Sections, index.Section{ID: s[0], Heading: s[1], Text: s[2]})
		}
		docs[i] = d
	}
	return docs, langs
}

// The export holds every term and posting that Bleve's own indexing of
// the same documents holds, with the same analyzers: the handbook's pages
// in every language, indexed by Bleve in memory and exported.
func TestExportHoldsWhatBleveIndexes(t *testing.T) {
	docs, langs := handbookDocs(t)
	im, err := index.Mapping(langs)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	batch := idx.NewBatch()
	for _, d := range docs {
		fields := map[string]any{"lang": d.Lang, "kind": d.Kind}
		for _, f := range index.Fields {
			fields[f.Name] = string(d.Text(f.Name))
		}
		if err := batch.Index(d.ID, fields); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		t.Fatal(err)
	}
	st, _ := exported(t, langs, docs)
	urls := make([]string, len(docs))
	for i, d := range docs {
		urls[i] = d.URL
	}
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
			for p, _ := tfr.Next(nil); p != nil; p, _ = tfr.Next(nil) {
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
