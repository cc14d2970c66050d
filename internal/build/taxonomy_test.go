package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/testsite"
)

// catalogueSite has six cases over four partners with known terms.
type fixtureCase struct {
	id       string
	library  string
	partners []string
	types    []string
	sectors  []string
	country  string
}

var fixtureCases = []fixtureCase{
	{"c1", "lib-a", []string{"ngo-x"}, []string{"educational"}, []string{"ngo"}, "bg"},
	{"c2", "lib-a", []string{"ngo-x", "school-y"}, []string{"educational", "media"}, []string{"ngo", "education"}, "bg"},
	{"c3", "lib-b", []string{"school-y"}, []string{"media"}, []string{"education"}, "si"},
	{"c4", "lib-b", nil, []string{"research"}, []string{"libraries"}, "si"},
	{"c5", "lib-a", []string{"ngo-x"}, []string{"educational"}, []string{"ngo", "libraries"}, "bg"},
	{"c6", "lib-b", []string{"school-y"}, []string{"educational", "media"}, []string{"education"}, "si"},
}

func catalogueSite() map[string]string {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/cases/alpha.md": "", "content/sl/cases/alpha.md": "",
		"content/en/guidelines/first.md":      "---\ntitle: First chapter\nweight: 10\n---\n## Why partnerships fail\n",
		"content/en/partners/town-library.md": "", "content/en/partners/red-cross.md": "",
		"content/en/partners/lib-a.md":    "---\ntitle: Library A\nsector: [libraries]\ncountry: bg\n---\n",
		"content/en/partners/lib-b.md":    "---\ntitle: Library B\nsector: [libraries]\ncountry: si\n---\n",
		"content/en/partners/ngo-x.md":    "---\ntitle: NGO X\nsector: [ngo]\ncountry: bg\n---\n",
		"content/en/partners/school-y.md": "---\ntitle: School Y\nsector: [education]\ncountry: si\n---\n",
		"content/en/partners/unused.md":   "---\ntitle: Unused\nsector: [ngo]\ncountry: si\n---\n",
	})
	for _, c := range fixtureCases {
		files["content/en/cases/"+c.id+".md"] = fmt.Sprintf("---\ntitle: Case %s\nsummary: S.\nlibrary: %s\npartners: [%s]\npartnership_type: [%s]\nsector: [%s]\ncountry: %s\n---\nText.\n",
			c.id, c.library, strings.Join(c.partners, ", "), strings.Join(c.types, ", "), strings.Join(c.sectors, ", "), c.country)
	}
	return files
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestTermPagesAndIndexesHaveTheRightCounts(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	// Sector ngo: cases c1 c2 c5 and partners ngo-x, unused.
	ngo := read(t, filepath.Join(pub, "sector/ngo/index.html"))
	for _, w := range []string{"3 cases", `href="/cases/c1/"`, `href="/cases/c2/"`, `href="/cases/c5/"`, "2 partners", `href="/partners/ngo-x/"`, `href="/partners/unused/"`} {
		if !strings.Contains(ngo, w) {
			t.Errorf("sector/ngo lacks %s", w)
		}
	}
	if strings.Contains(ngo, `href="/cases/c3/"`) {
		t.Error("sector/ngo lists c3")
	}
	// The sector index: every vocabulary term with its count; "education"
	// has c2 c3 c6 + school-y = 4 pages; a term nobody uses has 0 and no link.
	idx := read(t, filepath.Join(pub, "sector/index.html"))
	for _, w := range []string{`<a href="/sector/education/">Label education</a></th><td class="num">4</td>`,
		`<a href="/sector/ngo/">Label ngo</a></th><td class="num">5</td>`} {
		if !strings.Contains(idx, w) {
			t.Errorf("sector index lacks %s", w)
		}
	}
	rel := read(t, filepath.Join(pub, "relationship/index.html"))
	if !strings.Contains(rel, `<th scope="row">Label networking</th><td class="num">0</td>`) {
		t.Error("an unused term is not listed with 0 and without a link")
	}
	if _, err := os.Stat(filepath.Join(pub, "relationship/networking/index.html")); err == nil {
		t.Error("an unused term got a page")
	}
	// The Slovenian term page exists too, with Slovenian labels, and links its English version.
	sl := read(t, filepath.Join(pub, "sl/sector/ngo/index.html"))
	if !strings.Contains(sl, "<h1>Oznaka ngo</h1>") || !strings.Contains(sl, `hreflang="en" href="/sector/ngo/"`) {
		t.Error("the Slovenian term page lacks its label or its English version")
	}
	// Case pages link their terms.
	if c2 := read(t, filepath.Join(pub, "cases/c2/index.html")); !strings.Contains(c2, `<a href="/partnership-type/media/">Label media</a>`) {
		t.Error("a case does not link its partnership type")
	}
}

var cellRe = regexp.MustCompile(`<td class="num">(?:<a href="/catalogue/([a-z-]+)/([a-z-]+)/"[^>]*>(\d+)</a>|<span aria-hidden="true">·</span>)`)

func TestCatalogueMatrixCountsCasesPerPair(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	want := map[[2]string]int{}
	for _, c := range fixtureCases {
		for _, ty := range c.types {
			for _, s := range c.sectors {
				want[[2]string{ty, s}]++
			}
		}
	}
	page := read(t, filepath.Join(pub, "catalogue/index.html"))
	got := map[[2]string]int{}
	cells := 0
	for _, m := range cellRe.FindAllStringSubmatch(page, -1) {
		cells++
		if m[1] != "" {
			var n int
			fmt.Sscan(m[3], &n)
			got[[2]string{m[1], m[2]}] = n
		}
	}
	if cells != 3*3 {
		t.Errorf("matrix has %d cells; want 9 (3 types × 3 sectors)", cells)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("matrix %v; want %v", got, want)
	}
	for pair, n := range want {
		cell := read(t, filepath.Join(pub, "catalogue", pair[0], pair[1], "index.html"))
		if c := len(partnerCaseRe.FindAllString(cell, -1)); c != n {
			t.Errorf("cell %v lists %d cases; want %d", pair, c, n)
		}
	}
	for _, w := range []string{`<a href="/country/bg/">Label bg</a> <span class="num">(3 cases)</span>`, `<a href="/country/si/">Label si</a> <span class="num">(3 cases)</span>`} {
		if !strings.Contains(page, w) {
			t.Errorf("country view lacks %s", w)
		}
	}
}

var partnerCaseRe = regexp.MustCompile(`<li><a href="/cases/([a-z0-9-]+)/">`)

func TestBacklinksAreCompleteAndSymmetric(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	named := map[string][]string{} // partner → cases naming it
	for _, c := range fixtureCases {
		for _, p := range append([]string{c.library}, c.partners...) {
			named[p] = append(named[p], c.id)
		}
	}
	for _, partner := range []string{"lib-a", "lib-b", "ngo-x", "school-y", "unused"} {
		page := read(t, filepath.Join(pub, "partners", partner, "index.html"))
		section := page[strings.Index(page, `id="_cases"`):]
		var listed []string
		for _, m := range partnerCaseRe.FindAllStringSubmatch(section, -1) {
			listed = append(listed, m[1])
		}
		if fmt.Sprint(listed) != fmt.Sprint(named[partner]) {
			t.Errorf("partner %s lists %v; cases naming it: %v", partner, listed, named[partner])
		}
		for _, c := range listed {
			casePage := read(t, filepath.Join(pub, "cases", c, "index.html"))
			if !strings.Contains(casePage, `href="/partners/`+partner+`/"`) {
				t.Errorf("case %s does not link back to %s", c, partner)
			}
		}
	}
}

func TestUnknownTermFailsWithClosestTerms(t *testing.T) {
	files := catalogueSite()
	files["content/en/cases/c1.md"] = "---\ntitle: C1\nsummary: S.\nlibrary: lib-a\npartners: []\npartnership_type: [educatonal]\nsector: [ngos]\ncountry: bg\n---\n"
	got := strings.Join(problems(t, files), "\n")
	for _, w := range []string{
		`content/en/cases/c1.md:6: partnership_type: "educatonal" is not a term of the vocabulary content/taxonomies/partnership_type.yaml; closest: "educational"`,
		`content/en/cases/c1.md:7: sector: "ngos" is not a term of the vocabulary content/taxonomies/sector.yaml; closest: "ngo"`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

func TestRelatedCasesAreRankedAndStable(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	page := read(t, filepath.Join(pub, "cases/c1/index.html"))
	section := page[strings.Index(page, `id="_related"`):]
	var got []string
	for _, m := range partnerCaseRe.FindAllStringSubmatch(section, -1) {
		got = append(got, m[1])
	}
	// c1: lib-a, ngo-x, educational, ngo, bg. c5 shares all five (2+2+1+1+1=7),
	// c2 shares lib-a, ngo-x, educational, ngo, bg (7) too: the earlier listed wins ties.
	if len(got) < 3 || len(got) > 5 || got[0] != "c2" || got[1] != "c5" {
		t.Errorf("related cases of c1: %v; want c2, c5 first, 3 to 5 in all", got)
	}
	again := buildSite(t, catalogueSite())
	if read(t, filepath.Join(again, "cases/c1/index.html")) != page {
		t.Error("related cases differ between builds")
	}
}

func TestCatalogueJSONHasTheDocumentedShape(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	data, err := os.ReadFile(filepath.Join(pub, catalogue.File))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c catalogue.Catalogue
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("catalogue.json does not match the documented shape: %v", err)
	}
	if c.Version != 1 || len(c.Languages) != 2 || len(c.Taxonomies["sector"]) != 3 {
		t.Errorf("header: version %d, languages %v, sector terms %d", c.Version, c.Languages, len(c.Taxonomies["sector"]))
	}
	kinds := map[string]int{}
	for _, e := range c.Entries {
		kinds[e.Kind]++
		if e.ID == "" || e.Lang == "" || e.URL == "" || e.Title == "" || len(e.Terms["sector"]) == 0 || len(e.Terms["country"]) != 1 {
			t.Errorf("entry lacks a required field: %+v", e)
		}
		if e.Kind == "case" && (e.Library == "" || e.Summary == "" || len(e.Terms["partnership_type"]) == 0) {
			t.Errorf("case entry lacks a required field: %+v", e)
		}
	}
	if kinds["case"] != 6 || kinds["partner"] != 5 {
		t.Errorf("entries by kind: %v; want 6 cases and 5 partners", kinds)
	}
	for _, e := range c.Entries {
		if e.ID == "ngo-x" && fmt.Sprint(e.Cases) != "[c1 c2 c5]" {
			t.Errorf("ngo-x cases %v", e.Cases)
		}
		if e.ID == "c2" && (e.Library != "lib-a" || fmt.Sprint(e.Partners) != "[ngo-x school-y]" || e.URL != "/cases/c2/") {
			t.Errorf("c2 entry %+v", e)
		}
	}
}

func TestCaseAndPartnerPagesCarryJSONLD(t *testing.T) {
	pub := buildSite(t, catalogueSite())
	ld := func(file string) map[string]any {
		page := read(t, filepath.Join(pub, file))
		i := strings.Index(page, `<script type="application/ld+json">`)
		if i < 0 {
			t.Fatalf("%s has no JSON-LD", file)
		}
		body := page[i+len(`<script type="application/ld+json">`):]
		body = body[:strings.Index(body, "</script>")]
		var m map[string]any
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatalf("%s: JSON-LD is not JSON: %v", file, err)
		}
		return m
	}
	c := ld("cases/c2/index.html")
	if c["@type"] != "Article" || len(c["about"].([]any)) != 4 || len(c["mentions"].([]any)) != 3 {
		t.Errorf("case JSON-LD %v", c)
	}
	p := ld("partners/ngo-x/index.html")
	if p["@type"] != "Organization" || p["name"] != "NGO X" {
		t.Errorf("partner JSON-LD %v", p)
	}
}
