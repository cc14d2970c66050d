package browser

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// kindPage is a page of the handbook that stands for its kind.
type kindPage struct {
	name string // what it is, also the name of its screenshots
	path string
}

// searchQuery is a query with results in the bundled handbook.
const searchQuery = "library"

// pageKinds returns one English page of every kind of the built handbook
// out. Pages with an id are the first of their folder, so that no test
// names a page that the content may rename.
func pageKinds(t *testing.T, out string) []kindPage {
	t.Helper()
	name := func(dir string) string {
		t.Helper()
		entries, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(dir)))
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(entries, func(e os.DirEntry) bool { return e.IsDir() })
		if i < 0 {
			t.Fatalf("the built site has no page below /%s/", dir)
		}
		return entries[i].Name()
	}
	first := func(dir string) string { return "/" + dir + "/" + name(dir) + "/" }
	return []kindPage{
		{"home", "/"},
		{"guidelines-list", "/guidelines/"},
		{"cases-list", "/cases/"},
		{"partners-list", "/partners/"},
		{"tools-list", "/tools/"},
		{"chapter", first("guidelines")},
		{"case", first("cases")},
		{"partner", first("partners")},
		{"tool", first("tools")},
		{"page", "/contribute/"},
		{"taxonomy", "/partnership-type/"},
		{"term", first("partnership-type")},
		{"catalogue", "/catalogue/"},
		{"catalogue-cell", first("catalogue/" + name("catalogue"))},
		{"search", "/search/?q=" + searchQuery},
		{"print", "/print/"},
		{"whats-new", "/whats-new/"},
		{"404", "/404.html"},
	}
}

// openKind opens page and, on the search page, waits for its results.
func (st *siteTab) openKind(page kindPage) {
	st.t.Helper()
	st.open(page.path)
	if page.name == "search" {
		st.waitResults()
	}
}
