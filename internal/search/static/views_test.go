package static_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// A language's view finds, on the bundled handbook, only the documents
// its search covers, and finds the page a query of the quality set wants
// in its first five as often as the whole index with the language's
// filter does, for every kind of query: the reader of a search page loses
// nothing by reading only her language's chunks. (Their orders may
// differ: a view's statistics, the evening out of stem and typo readings
// and the exact bonus, count only its documents, and its typo matching
// reads the keys of fewer, denser files.)
func TestViewsFindWhatTheWholeIndexFindsForTheirLanguage(t *testing.T) {
	pub, langs := built(t)
	fsys := os.DirFS(filepath.Join(pub, "search"))
	whole, err := static.Open(fsys)
	if err != nil {
		t.Fatal(err)
	}
	queries, err := quality.Generate(whole, 20)
	if err != nil {
		t.Fatal(err)
	}
	// found tells whether q.Want is among the first five of hits.
	found := func(q quality.Query, hits []static.Result) bool {
		recs, err := whole.Records(hits, 5)
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(recs, func(r *static.Record) bool { return r.URL == q.Want })
	}
	same, all := 0, 0
	for _, lang := range langs {
		view, err := whole.View(lang)
		if err != nil {
			t.Fatal(err)
		}
		if view == whole || view.Manifest.View != lang {
			t.Fatalf("%s: no view of its own (manifest view %q)", lang, view.Manifest.View)
		}
		filter := map[string][]string{"lang": {lang}}
		byView, byWhole := map[string]int{}, map[string]int{}
		for _, q := range queries[lang] {
			got, err := view.QueryIn(q.Text, lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range got {
				if ok, err := whole.Keep(h.Doc, filter); err != nil || !ok {
					t.Fatalf("%s %q: document %d is not in the view (%v)", lang, q.Text, h.Doc, err)
				}
			}
			// The whole index's own answer, filtered (Find would read the view).
			every, err := whole.QueryIn(q.Text, lang)
			if err != nil {
				t.Fatal(err)
			}
			var want []static.Result
			for _, h := range every {
				if ok, _ := whole.Keep(h.Doc, filter); ok {
					want = append(want, h)
				}
			}
			all++
			if slices.Equal(docsOf(got, 10), docsOf(want, 10)) {
				same++
			}
			if found(q, got) {
				byView[q.Kind]++
			}
			if found(q, want) {
				byWhole[q.Kind]++
			}
		}
		for _, kind := range quality.Kinds {
			if byView[kind] < byWhole[kind] {
				t.Errorf("%s %s: the view finds %d wanted pages in its first five, the whole index %d", lang, kind, byView[kind], byWhole[kind])
			}
		}
	}
	t.Logf("%d of %d queries: the same first ten", same, all)
	if all == 0 {
		t.Error("no query")
	}
}

// docsOf is the documents of the first n hits.
func docsOf(hits []static.Result, n int) []int {
	var out []int
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.Doc)
	}
	return out
}

// TestIsManifest: the manifests are the whole index's and each view's,
// and no hashed file of the index.
func TestIsManifest(t *testing.T) {
	for name, want := range map[string]bool{
		"manifest.json":                true,
		static.ViewManifest("en"):      true,
		static.ViewManifest("sr-Latn"): true,
		"manifest-.json":               false,
		"c/manifest-en.json":           false,
		"filters.0123abcd.json":        false,
		"c/en/ab.0123abcd.json":        false,
		"r/en-0.0123abcd.json":         false,
		"manifest.0123abcd.json":       false,
		"manifest-en/ab.0123ab.json":   false,
	} {
		if got := static.IsManifest(name); got != want {
			t.Errorf("IsManifest(%q) = %v, want %v", name, got, want)
		}
	}
}
