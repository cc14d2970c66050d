package static_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/testsite"
)

// A word with a zero-width space or soft hyphen pasted inside is the word
// itself, in the index and in queries of the static index that the
// browser and skupaj search read.
func TestInvisibleCharactersInsideWordsAreIgnored(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/en/guidelines/second.md --
---
title: Second chapter
weight: 20
---
The li`+"\u200B"+`brary lends a book`+"\u00AD"+`mobile.
-- content/en/guidelines/third.md --
---
title: Third chapter
weight: 30
---
A readathon for the whole town.
`)))
	pub := filepath.Join(root, "public")
	if _, err := build.Build(build.Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"bookmobile":                  "/guidelines/second/",
		"library bookmobile":          "/guidelines/second/",
		"read\u200Bathon":             "/guidelines/third/",
		"\uFEFFread\u00ADa\u2060thon": "/guidelines/third/",
	} {
		hits, err := st.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			r, err := st.Record(h.Doc)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, r.URL)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("static index %q finds %q; want %s", q, got, want)
		}
	}
}
