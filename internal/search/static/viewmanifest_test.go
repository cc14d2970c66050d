package static_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/search/static"
)

// A view's manifest, which its search page carries, holds the filters of
// the view's documents only and its language's records only; read
// through it, every document of the view has the values and the record
// it has in the whole index (its lang list: its own language, then the
// view's), and no other document has any. The whole index's manifest
// keeps every language's records.
func TestViewManifestHoldsWhatItsSearchReads(t *testing.T) {
	pub, langs := built(t)
	whole, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Names []string `json:"names"`
	}
	if err := whole.ReadFilters(&f); err != nil {
		t.Fatal(err)
	}
	if len(whole.Manifest.Records) != len(langs) {
		t.Errorf("the whole index names the records of %d languages, want %d", len(whole.Manifest.Records), len(langs))
	}
	for _, lang := range langs {
		view, err := whole.View(lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(view.Manifest.Records) != 1 || !slices.Equal(view.Manifest.Records[lang], whole.Manifest.Records[lang]) {
			t.Errorf("%s: the view names records %v, want only %s's %v", lang, view.Manifest.Records, lang, whole.Manifest.Records[lang])
		}
		in := 0
		for d := range whole.Manifest.Docs {
			shown, err := whole.Values("lang", d)
			if err != nil {
				t.Fatal(err)
			}
			got, err := view.Values("lang", d)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(shown, lang) {
				if len(got) > 0 {
					t.Errorf("%s: document %d, not in the view, has languages %v there", lang, d, got)
				}
				continue
			}
			in++
			want := []string{shown[0]}
			if shown[0] != lang {
				want = append(want, lang)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: document %d has languages %v in the view, want %v (the whole index: %v)", lang, d, got, want, shown)
			}
			for _, facet := range f.Names {
				if facet == "lang" {
					continue
				}
				w, err := whole.Values(facet, d)
				if err != nil {
					t.Fatal(err)
				}
				g, err := view.Values(facet, d)
				if err != nil {
					t.Fatal(err)
				}
				slices.Sort(w)
				slices.Sort(g)
				if !slices.Equal(g, w) {
					t.Errorf("%s: document %d has %s %v in the view, %v in the whole index", lang, d, facet, g, w)
				}
			}
			wr, err := whole.Record(d)
			if err != nil {
				t.Fatal(err)
			}
			vr, err := view.Record(d)
			if err != nil {
				t.Fatal(err)
			}
			if vr.URL != wr.URL || vr.Title != wr.Title {
				t.Errorf("%s: document %d's record is %s in the view, %s in the whole index", lang, d, vr.URL, wr.URL)
			}
		}
		if in == 0 {
			t.Errorf("%s: the view has no document", lang)
		}
	}
}
