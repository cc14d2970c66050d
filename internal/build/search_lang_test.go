package build

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/testsite"
)

// searchLangSite builds testdata/search_lang.txtar over testsite.Minimal
// and returns its root.
func searchLangSite(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/search_lang.txtar")
	if err != nil {
		t.Fatal(err)
	}
	root := testsite.Write(t, testsite.With(testsite.Minimal, testsite.Txtar(string(data))))
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return root
}

// ids runs query in the site's static index with filters (facet →
// values), as skupaj search does, and returns the pages found, best first.
func ids(t *testing.T, root string, filters map[string][]string, query string) []string {
	t.Helper()
	st, hits, err := search.Search(filepath.Join(root, "public", "search"), query, filters)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := st.Records(hits, -1)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, rec := range recs {
		out = append(out, rec.URL)
	}
	return out
}

// A Croatian reader's search covers what the Croatian lists show: the
// English case that has no Croatian translation (analysed as English: the
// plural finds the singular), but not an English case that has one; the
// Croatian term page is found by its label.
func TestEachLanguagesSearchCoversWhatItsListsShow(t *testing.T) {
	root := searchLangSite(t)
	for _, c := range []struct {
		lang, query string
		want, not   []string
	}{
		{"hr", "gardens", []string{"/cases/beta/"}, nil},
		{"hr", "workshops", nil, []string{"/cases/alpha/"}},
		{"hr", "radionice", []string{"/hr/cases/alpha/"}, nil},
		{"en", "workshops", []string{"/cases/alpha/"}, nil},
		{"sl", "gardens", []string{"/cases/beta/"}, nil},
		{"hr", "baština", []string{"/hr/sector/heritage/"}, []string{"/sl/sector/heritage/", "/sector/heritage/"}},
		{"hr", "kulturna bastina", []string{"/hr/sector/heritage/"}, nil},
		{"en", "cultural heritage", []string{"/sector/heritage/"}, []string{"/hr/sector/heritage/"}},
		{"hr", "katalog", []string{"/hr/catalogue/"}, nil},
	} {
		got := ids(t, root, map[string][]string{"lang": {c.lang}}, c.query)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("-lang %s %q: %q, want %s among them", c.lang, c.query, got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("-lang %s %q: %q, want no %s", c.lang, c.query, got, n)
			}
		}
	}
}

// The browser's language filter keeps the same documents as the
// terminal's: the lang facet lists, for each document, the languages
// whose lists show it, its own first.
func TestStaticLanguageFilterKeepsWhatTheListsShow(t *testing.T) {
	root := searchLangSite(t)
	dir := filepath.Join(root, "public", "search")
	s, err := static.Open(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Facets struct {
			Lang struct {
				Values []string `json:"values"`
				Docs   [][]int  `json:"docs"`
			} `json:"lang"`
		} `json:"facets"`
	}
	if err := s.ReadFilters(&f); err != nil {
		t.Fatal(err)
	}
	shown := func(url string) []string {
		for doc := range s.Manifest.Docs {
			r, err := s.Record(doc)
			if err != nil {
				t.Fatal(err)
			}
			if r.URL == url {
				var out []string
				for _, i := range f.Facets.Lang.Docs[doc] {
					out = append(out, f.Facets.Lang.Values[i])
				}
				return out
			}
		}
		t.Fatalf("no document %s in the static index", url)
		return nil
	}
	for url, want := range map[string][]string{
		"/cases/beta/":         {"en", "sl", "hr"},
		"/cases/alpha/":        {"en"},
		"/hr/cases/alpha/":     {"hr"},
		"/hr/sector/heritage/": {"hr"},
		"/guidelines/second/":  {"en", "sl", "hr"},
	} {
		if got := shown(url); !slices.Equal(got, want) {
			t.Errorf("%s is shown in %q, want %q", url, got, want)
		}
	}
	hits, err := s.Query("garden")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal(`the static index finds nothing for "garden"`)
	}
	if r, _ := s.Record(hits[0].Doc); r.URL != "/cases/beta/" || r.Lang != "en" {
		t.Errorf(`"garden" finds %s (%s) first, want /cases/beta/ in en`, r.URL, r.Lang)
	}
}
