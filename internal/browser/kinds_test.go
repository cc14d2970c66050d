package browser

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
)

// kindPage is a page of the handbook that stands for its kind.
type kindPage struct {
	name string // what it is, also the name of its screenshots
	path string
}

// searchQuery is a query with results in the bundled handbook.
const searchQuery = "library"

// pageKinds returns one English page of every kind of the built handbook
// out, and fails the test when a kind is missing.
func pageKinds(t *testing.T, out string) []kindPage {
	t.Helper()
	pages, missing := kindsIn(t, out, "")
	if len(missing) > 0 {
		t.Fatalf("the built site has no English page of the kinds %q", missing)
	}
	return pages
}

// kindsIn returns one page of every kind of the language at prefix ("" for
// the default language, "sl/") in the built handbook out, and the kinds
// made from files (chapter, case, partner, tool, page) that the language
// has no page of yet. Pages with an id are the first of their folder, so
// that no test names a page that the content may rename. The 404 page,
// one for every language, comes with the default language.
func kindsIn(t *testing.T, out, prefix string) (pages []kindPage, missing []string) {
	t.Helper()
	name := func(dir string) string {
		t.Helper()
		entries, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(prefix+dir)))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		i := slices.IndexFunc(entries, func(e os.DirEntry) bool { return e.IsDir() })
		if i < 0 {
			return ""
		}
		return entries[i].Name()
	}
	add := func(kind, path string) { pages = append(pages, kindPage{kind, "/" + prefix + path}) }
	// first adds the first page below dir, of a kind that a language
	// may not have yet.
	first := func(kind, dir string) {
		if n := name(dir); n != "" {
			add(kind, dir+"/"+n+"/")
		} else {
			missing = append(missing, kind)
		}
	}
	// always adds the first page below dir, of a kind that the build
	// makes in every language.
	always := func(kind, dir string) {
		t.Helper()
		n := name(dir)
		if n == "" {
			t.Fatalf("the built site has no page below /%s%s/", prefix, dir)
		}
		add(kind, dir+"/"+n+"/")
	}
	add("home", "")
	add("guidelines-list", "guidelines/")
	add("cases-list", "cases/")
	add("partners-list", "partners/")
	add("tools-list", "tools/")
	first("chapter", "guidelines")
	first("case", "cases")
	first("partner", "partners")
	first("tool", "tools")
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(prefix), "contribute", "index.html")); err == nil {
		add("page", "contribute/")
	} else {
		missing = append(missing, "page")
	}
	add("taxonomy", "partnership-type/")
	always("term", "partnership-type")
	add("catalogue", "catalogue/")
	add("directory-cases", "catalogue/cases/")
	add("directory-partners", "catalogue/partners/")
	add("map", "catalogue/map/")
	always("catalogue-cell", "catalogue/"+cellRow(t, out, prefix))
	add("search", "search/?q="+searchQuery)
	add("print", "print/")
	add("whats-new", "whats-new/")
	if prefix == "" {
		add("404", "404.html")
	}
	return pages, missing
}

// cellRow is the first folder of the catalogue of the language at prefix
// that holds cells (catalogue/<partnership type>/<sector>/): the
// directories (catalogue/cases/) hold none.
func cellRow(t *testing.T, out, prefix string) string {
	t.Helper()
	dir := filepath.Join(out, filepath.FromSlash(prefix), "catalogue")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		inner, _ := os.ReadDir(filepath.Join(dir, e.Name()))
		if e.IsDir() && slices.ContainsFunc(inner, os.DirEntry.IsDir) {
			return e.Name()
		}
	}
	t.Fatalf("the built site has no catalogue cell below /%scatalogue/", prefix)
	return ""
}

// languagePrefixes returns the address prefix of every language of this
// repository's configuration: "" for the default language, "sl/" ...
func languagePrefixes(t *testing.T) []string {
	t.Helper()
	cfg, err := config.Load(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	var prefixes []string
	for _, l := range cfg.Languages {
		prefixes = append(prefixes, cfg.Prefix(l.Code))
	}
	return prefixes
}

// openKind opens page and, on the search page, waits for its results.
func (st *siteTab) openKind(page kindPage) {
	st.t.Helper()
	st.open(page.path)
	if page.name == "search" {
		st.waitResults()
	}
}
