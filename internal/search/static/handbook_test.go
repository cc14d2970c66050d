package search_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search"
)

// handbook builds the bundled handbook once, with its Bleve index, for
// every test of this package.
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
		_, handbook.err = build.Build(build.Options{Root: "../..", Out: handbook.pub, Index: handbook.index})
		if cfg, err := config.Load("../.."); err == nil {
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

func openBoth(t *testing.T) (bleve.Index, *search.Static, []string, []string) {
	pub, indexPath, langs := built(t)
	idx, err := bleve.Open(indexPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	st, err := search.OpenStatic(os.DirFS(filepath.Join(pub, "search")))
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
	for _, f := range search.Fields {
		dict, err := r.FieldDict(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		for e, _ := dict.Next(); e != nil; e, _ = dict.Next() {
			tfr, _ := r.TermFieldReader(context.Background(), []byte(e.Term), f.Name, false, false, false)
			var d index.TermFieldDoc
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
			ps, err := st.Postings(search.TermName(term, l))
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

// queries in several languages, each with a word found in the handbook.
// Each word occurs on the site in the form typed: a form that occurs
// nowhere (Летница, where the Slovenian pages say "v Letnici") is found by
// Bleve's stemming of the query but not yet by the static index, which
// looks up the forms the site has (issue 16 asks the browser to stem
// queries as the index does; then such words belong here too).
var queries = []string{
	"partnership", "library", "drug prevention", "evaluation", "volunteers", "Red Cross",
	"agreement", "communication plan", "municipality", "schools", "knjižnica", "knjiznica",
	"partnerstvo", "sodelovanje", "vrednotenja", "partnerji", "dogovor", "библиотека",
	"партньорство", "община", "сарадња", "saradnja", "Vranje", "Врање",
	"biblioteka", "współpraca", "wspolpraca", "partnerstwa", "biblioteker", "samarbejde",
	"Parvomay", "Ustronie Morskie", "SWOT", "eco-map",
	"kinds of partnership", "sodelovanje z lokalno oblastjo", "the library and its partners",
}

// For every query the static index finds the same documents as Bleve.
func TestStaticIndexMatchesBleve(t *testing.T) {
	idx, st, urls, langs := openBoth(t)
	totalOverlap, n := 0.0, 0
	for _, q := range queries {
		res, err := search.Search(idx, langs, search.Request{Query: q, Size: 10000})
		if err != nil {
			t.Fatal(err)
		}
		var fromBleve []string
		for _, h := range res.Hits {
			fromBleve = append(fromBleve, h.ID)
		}
		hits, err := st.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		var fromStatic []string
		for _, h := range hits {
			fromStatic = append(fromStatic, urls[h.Doc])
		}
		if len(fromBleve) == 0 {
			t.Errorf("%q: Bleve finds nothing; choose a word of the handbook", q)
		}
		a, b := sorted(fromBleve), sorted(fromStatic)
		if strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: Bleve finds %d documents, the static index %d\nonly Bleve: %v\nonly static: %v", q, len(a), len(b), minus(a, b), minus(b, a))
		}
		overlap := topOverlap(fromBleve, fromStatic, 10)
		totalOverlap += overlap
		n++
		t.Logf("%-22q %3d documents, top-10 overlap %.0f%%", q, len(a), 100*overlap)
	}
	t.Logf("mean top-10 overlap over %d queries: %.0f%%", n, 100*totalOverlap/float64(n))
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

func topOverlap(a, b []string, k int) float64 {
	a, b = a[:min(k, len(a))], b[:min(k, len(b))]
	if len(a) == 0 {
		return 1
	}
	in := map[string]bool{}
	for _, x := range a {
		in[x] = true
	}
	common := 0
	for _, x := range b {
		if in[x] {
			common++
		}
	}
	return float64(common) / float64(max(len(a), len(b)))
}

// Prefix, wildcard and fuzzy words of Bleve's syntax search every text
// field with the word keyed like the index (no diacritics), in each language.
func TestSkupajSearchTermQueries(t *testing.T) {
	idx, _, _, langs := openBoth(t)
	for q, want := range map[string]string{
		"knjižn*":    "/sl/partners/mestna-knjiznica-ljubljana/",
		"knji?nic*":  "/sl/partners/mestna-knjiznica-ljubljana/", // wildcards meet stems
		"knjiznca~1": "/sl/partners/mestna-knjiznica-ljubljana/",
	} {
		res, err := search.Search(idx, langs, search.Request{Query: q, Lang: "sl", Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range res.Hits {
			found = found || h.ID == want
		}
		if !found {
			t.Errorf("%q (sl) does not find %s among %d hits", q, want, len(res.Hits))
		}
	}
}

// A quoted phrase needs all its words, in any order (the index keeps no
// word positions), in every field or, fielded, in that field.
func TestSkupajSearchPhrases(t *testing.T) {
	idx, _, _, langs := openBoth(t)
	ids := func(q string) []string {
		t.Helper()
		res, err := search.Search(idx, langs, search.Request{Query: q, Lang: "en", Size: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		return out
	}
	phrase, words := ids(`"kinds of partnership"`), ids(`kinds partnership`)
	if len(phrase) == 0 || !slices.Equal(phrase, words) {
		t.Errorf(`"kinds of partnership" finds %v, want what kinds partnership finds: %v`, phrase, words)
	}
	if len(phrase) == 0 || phrase[0] != "/guidelines/kinds-of-partnership/" {
		t.Errorf(`"kinds of partnership" ranks %v first, want /guidelines/kinds-of-partnership/`, phrase)
	}
	inTitle := ids(`title:"partnership kinds"`)
	if !slices.Contains(inTitle, "/guidelines/kinds-of-partnership/") || len(inTitle) >= len(phrase) {
		t.Errorf(`title:"partnership kinds" finds %v: want the chapter, and fewer pages than the words anywhere (%d)`, inTitle, len(phrase))
	}
}
