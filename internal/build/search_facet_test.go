package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/testsite"
)

// A taxonomy that only site.yaml declares is a search filter: the filters
// file lists it after the built-in ones, with its terms' labels; the
// search page carries its legend; and filtering by one of its terms keeps
// the pages that have that term.
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
		Names  []string                                `json:"names"`
		Labels map[string]map[string]map[string]string `json:"labels"`
	}
	if err := st.ReadFilters(&filters); err != nil {
		t.Fatal(err)
	}
	want := []string{"kind", "lang", "partnership_type", "sector", "country", "target_groups", "relationship", "audience"}
	if !slices.Equal(filters.Names, want) {
		t.Errorf("the filters file names the facets %q, want %q", filters.Names, want)
	}
	if got := filters.Labels["audience"]["seniors"]["sl"]; got != "Starejši bralci" {
		t.Errorf("the Slovenian label of audience seniors is %q, want Starejši bralci", got)
	}
	page, err := os.ReadFile(filepath.Join(root, "public", "search", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `"taxonomy.audience"`) {
		t.Error(`the search page's strings lack "taxonomy.audience", the legend of the audience filter`)
	}
	for term, want := range map[string]string{"seniors": "/cases/garden/", "teens": "/cases/club/"} {
		got := ids(t, root, map[string][]string{"audience": {term}}, "reading")
		if !slices.Equal(got, []string{want}) {
			t.Errorf("reading, audience %s: %q, want only %s", term, got, want)
		}
	}
}
