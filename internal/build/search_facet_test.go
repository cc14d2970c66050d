package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/testsite"
)

// A taxonomy that only site.yaml declares is a search filter: the filters
// file lists it after the built-in ones; the search page carries its
// legend and its terms' labels in the page's language; and filtering by
// one of its terms keeps the pages that have that term.
func TestASiteTaxonomyIsASearchFacet(t *testing.T) {
	data, err := os.ReadFile("testdata/search_facet.txtar")
	if err != nil {
		t.Fatal(err)
	}
	root := testsite.Write(t, testsite.With(testsite.Minimal, testsite.Txtar(string(data))))
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	dir := filepath.Join(root, "public", "search")
	st, _, err := search.Search(dir, "reading", nil)
	if err != nil {
		t.Fatal(err)
	}
	var filters struct {
		Names  []string        `json:"names"`
		Labels json.RawMessage `json:"labels"`
	}
	if err := st.ReadFilters(&filters); err != nil {
		t.Fatal(err)
	}
	want := []string{"kind", "lang", "partnership_type", "sector", "country", "target_groups", "relationship", "audience"}
	if !slices.Equal(filters.Names, want) {
		t.Errorf("the filters file names the facets %q, want %q", filters.Names, want)
	}
	if filters.Labels != nil {
		t.Errorf("the filters carry labels %.80s..., which are the search pages'", filters.Labels)
	}
	page := searchStrings(t, filepath.Join(root, "public", "sl", "search", "index.html"))
	if _, ok := page["taxonomy.audience"]; !ok {
		t.Error(`the search page's strings lack "taxonomy.audience", the legend of the audience filter`)
	}
	if got := page["term.audience.seniors"]; got != "Starejši bralci" {
		t.Errorf("the Slovenian search page labels audience seniors %q, want Starejši bralci", got)
	}
	for term, want := range map[string]string{"seniors": "/cases/garden/", "teens": "/cases/club/"} {
		got := ids(t, root, map[string][]string{"audience": {term}}, "reading")
		if !slices.Equal(got, []string{want}) {
			t.Errorf("reading, audience %s: %q, want only %s", term, got, want)
		}
	}
}

// searchStrings reads the interface strings a search page embeds
// (#search-strings).
func searchStrings(t *testing.T, path string) map[string]any {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(page), `id="search-strings">`)
	data, _, ok2 := strings.Cut(rest, "</script>")
	if !ok || !ok2 {
		t.Fatalf("%s has no #search-strings", path)
	}
	var out map[string]any
	if err := json.Unmarshal([]byte(data), &out); err != nil {
		t.Fatalf("%s: #search-strings: %v", path, err)
	}
	return out
}
