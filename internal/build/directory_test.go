package build

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// directorySite is testsite.Minimal with testdata/directory.txtar over it.
func directorySite(t *testing.T) map[string]string {
	t.Helper()
	archive, err := os.ReadFile(filepath.Join("testdata", "directory.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	return testsite.With(testsite.Minimal, testsite.Txtar(string(archive)))
}

var (
	directoryItem = regexp.MustCompile(`(?s)<li class="directory-item" data-id="([^"]+)"[^>]*>(.*?)</li>`)
	facetSet      = regexp.MustCompile(`<fieldset class="facet" data-facet="([^"]+)">`)
	facetBox      = regexp.MustCompile(`<input type="checkbox" name="([^"]+)" value="([^"]+)"> <span>[^<]*</span> <span class="facet-count" data-count>(\d+)</span>`)
)

// Without script, the directory of cases lists every case of the
// language, untranslated ones too, each with its link, its summary and
// its terms linked to their term pages, labelled; its filters are every
// taxonomy a case carries, in the order of site.yaml (funders, the site's
// own, included, with no change to the code), then the year and the lead
// library, each value with the number of cases that have it.
func TestDirectoryListsEveryCaseWithTermLinks(t *testing.T) {
	pub := buildSite(t, directorySite(t))
	page := read(t, filepath.Join(pub, "catalogue", "cases", "index.html"))
	var ids []string
	items := map[string]string{}
	for _, m := range directoryItem.FindAllStringSubmatch(page, -1) {
		ids = append(ids, m[1])
		items[m[1]] = m[2]
	}
	if want := []string{"alpha", "beta", "gamma"}; !slices.Equal(ids, want) {
		t.Fatalf("the directory of cases lists %q; want %q", ids, want)
	}
	for id, want := range map[string][]string{
		"alpha": {`href="/cases/alpha/"`, "A library and an NGO.", `<dt>Kinds of partnership</dt>`, `href="/partnership-type/educational/"`, `href="/sector/ngo/"`, `href="/country/bg/"`, "<dd>2011</dd>", `href="/partners/town-library/">Town library</a>`},
		"beta":  {`href="/cases/beta/"`, "Reading clubs run with the school.", `href="/funders/grant/">A grant</a>, <a href="/funders/municipal/">The municipality</a>`, `href="/partnership-type/media/"`, "<dd>2019</dd>", `href="/partners/red-cross/">Red Cross</a>`},
		"gamma": {`href="/cases/gamma/"`, `href="/sector/ngo/"`, `href="/sector/libraries/"`},
	} {
		for _, w := range want {
			if !strings.Contains(items[id], w) {
				t.Errorf("the directory's item %s lacks %s:\n%s", id, w, items[id])
			}
		}
	}
	var facets []string
	for _, m := range facetSet.FindAllStringSubmatch(page, -1) {
		facets = append(facets, m[1])
	}
	if want := []string{"partnership_type", "funders", "sector", "country", "year", "library"}; !slices.Equal(facets, want) {
		t.Errorf("the directory of cases filters by %q; want %q (the taxonomies with cases, in the order of site.yaml, then year and lead library)", facets, want)
	}
	var counts []string
	for _, m := range facetBox.FindAllStringSubmatch(page, -1) {
		counts = append(counts, m[1]+"="+m[2]+":"+m[3])
	}
	want := []string{
		"partnership_type=educational:1", "partnership_type=media:1", "partnership_type=research:2",
		"funders=grant:1", "funders=municipal:1",
		"sector=ngo:2", "sector=libraries:1", "sector=education:1",
		"country=bg:2", "country=si:1",
		"year=2019:1", "year=2011:1",
		"library=red-cross:1", "library=town-library:2",
	}
	if !slices.Equal(counts, want) {
		t.Errorf("the filters offer\n%q\nwant\n%q", counts, want)
	}
	// The Slovenian directory lists the English-only cases too, and labels
	// the terms of the site's own taxonomy in Slovenian.
	sl := read(t, filepath.Join(pub, "sl", "catalogue", "cases", "index.html"))
	if n := len(directoryItem.FindAllString(sl, -1)); n != 3 {
		t.Errorf("the Slovenian directory lists %d cases; want 3", n)
	}
	if !strings.Contains(sl, `href="/sl/funders/grant/">Nepovratna sredstva</a>`) {
		t.Error("the Slovenian directory does not link the term grant, labelled in Slovenian, to its Slovenian term page")
	}
}

// The directory of partners filters by the taxonomies a partner carries
// (sector, country and the site's own), not by those only cases have; the
// lists of cases and of partners link their directories.
func TestDirectoryOfPartnersFiltersByPartnerTaxonomies(t *testing.T) {
	pub := buildSite(t, directorySite(t))
	page := read(t, filepath.Join(pub, "catalogue", "partners", "index.html"))
	var facets, ids []string
	for _, m := range facetSet.FindAllStringSubmatch(page, -1) {
		facets = append(facets, m[1])
	}
	for _, m := range directoryItem.FindAllStringSubmatch(page, -1) {
		ids = append(ids, m[1])
	}
	if want := []string{"funders", "sector", "country"}; !slices.Equal(facets, want) {
		t.Errorf("the directory of partners filters by %q; want %q", facets, want)
	}
	if want := []string{"red-cross", "town-library"}; !slices.Equal(ids, want) {
		t.Errorf("the directory of partners lists %q; want %q", ids, want)
	}
	for list, dir := range map[string]string{"cases": "/catalogue/cases/", "partners": "/catalogue/partners/", "sl/cases": "/sl/catalogue/cases/"} {
		if page := read(t, filepath.Join(pub, filepath.FromSlash(list), "index.html")); !strings.Contains(page, `<a href="`+dir+`">`) {
			t.Errorf("the list /%s/ does not link its directory %s", list, dir)
		}
	}
}

// The compare page, too, takes the site's own taxonomy (funders) with no
// change to the code: a row of its own, and beta's terms, labelled, in
// beta's cell.
func TestComparePageHasTheSitesOwnTaxonomy(t *testing.T) {
	pub := buildSite(t, directorySite(t))
	page := read(t, filepath.Join(pub, "compare", "index.html"))
	for _, want := range []string{`<tr data-row="funders"><th scope="row">`, `<div data-cell="funders">A grant, The municipality</div>`} {
		if !strings.Contains(page, want) {
			t.Errorf("compare/ lacks %s", want)
		}
	}
}
