package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/testsite"
)

// TestChosenWordsComeFromThePagesView: the words typed on a language's
// search page, and their document frequencies, are those of the view of
// the index that page reads, not of whichever file of the whole index or
// another view was read last.
func TestChosenWordsComeFromThePagesView(t *testing.T) {
	root := t.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: 120, Langs: []string{"en", "sl"}, Vocabulary: 2000}); err != nil {
		t.Fatal(err)
	}
	// Slovenian lacks some cases: its lists show the English ones, which
	// its view holds with fewer documents than English's for their terms.
	cases, err := filepath.Glob(filepath.Join(root, "content", "sl", "cases", "case-*[13579].md"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no Slovenian cases to leave out: %v", err)
	}
	for _, c := range cases {
		if err := os.Remove(c); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(root, "public")
	if _, err := build.Build(build.Options{Root: root, Out: out}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(out, "search")
	st, err := static.Open(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "sl"} {
		words, err := chooseWords(dir, lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(words) < 3 {
			t.Fatalf("%s: %d words chosen, want rare, mid, frequent and largest chunk", lang, len(words))
		}
		view, err := st.View(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			terms, err := view.Terms(w.key)
			if err != nil {
				t.Fatal(err)
			}
			df := 0
			for _, term := range terms {
				if !strings.HasSuffix(term, "|"+lang) {
					continue
				}
				hits, err := view.Postings(term)
				if err != nil {
					t.Fatal(err)
				}
				df = max(df, len(hits))
			}
			if df != w.df {
				t.Errorf("%s: the %s word %q has df %d, but %d documents in the view of %s", lang, w.kind, w.key, w.df, df, lang)
			}
			if w.kind == "largest chunk" {
				largestChunkHas(t, dir, lang, w.key)
			}
		}
	}
}

// largestChunkHas fails the test unless key is a key of the largest chunk
// file of lang's view.
func largestChunkHas(t *testing.T, dir, lang, key string) {
	t.Helper()
	chunks, err := readChunks(dir, lang)
	if err != nil {
		t.Fatal(err)
	}
	var largest *chunkFile
	for _, c := range chunks {
		if largest == nil || c.size > largest.size {
			largest = c
		}
	}
	if _, ok := largest.K[key]; !ok {
		t.Errorf("%s: the largest chunk word %q is not in the largest chunk of the view (%d B)", lang, key, largest.size)
	}
}

// TestGroupNamesViews: the index table counts a view's files apart from
// the whole index's, all languages' views together.
func TestGroupNamesViews(t *testing.T) {
	for rel, want := range map[string]string{
		"manifest.json":                   "manifest",
		"manifest-sr-Latn.json":           "view manifest",
		"filters.0123abcd.json":           "filters",
		"c/ab.0123abcd.json":              "c/",
		"c/i/a.0123abcd.json":             "c/i/",
		"c/p/ab-1.0123abcd.json":          "c/p/",
		"c/en/ab.0123abcd.json":           "view c/",
		"c/en/i/a.0123abcd.json":          "view c/i/",
		"c/_73722d4c61746e/p/a.0123.json": "view c/p/",
		"r/en-0.0123abcd.json":            "r/",
		"x/12.0123abcd.json":              "x/",
	} {
		if got := group(rel); got != want {
			t.Errorf("group(%q) = %q, want %q", rel, got, want)
		}
		if _, ok := groupNames[group(rel)]; !ok {
			t.Errorf("group %q of %s has no label", group(rel), rel)
		}
	}
}

// TestSearchPath: a language's search page is in the folder the build
// writes it to, its code in lower case (sr-Latn's in sr-latn/).
func TestSearchPath(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "/search/"}, {"sl", "/sl/search/"}, {"sr-Latn", "/sr-latn/search/"},
	} {
		if got := searchPath(c.lang, "en"); got != c.want {
			t.Errorf("searchPath(%q) = %q, want %q", c.lang, got, c.want)
		}
	}
}
