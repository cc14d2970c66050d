package build

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// An editor who writes a term's name instead of its id is told the id; an
// unknown term lists the allowed terms with their names in the page's
// language.
func TestUnknownTermsAreExplainedInThePagesLanguage(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/taxonomies/country.yaml --
terms:
  si:
    label: {en: Slovenia, sl: Slovenija}
  bg:
    label: {en: Bulgaria, sl: Bolgarija}
-- content/sl/cases/alpha.md --
---
title: Primer Alfa
summary: Knjižnica in društvo.
library: town-library
partners: [red-cross]
partnership_type: [bralna-kultura]
sector: [ngo]
country: Slovenija
---
## What was done

Delavnice.
`))
	got := strings.Join(problems(t, files), "\n")
	for _, want := range []string{
		`content/sl/cases/alpha.md:8: country: "Slovenija" is the name of a term, not its id: write country: si (a term is written by its id; readers see its name, "Slovenija" in this language)`,
		`content/sl/cases/alpha.md:6: partnership_type: "bralna-kultura" is not a term of the vocabulary content/taxonomies/partnership_type.yaml; allowed: educational (Oznaka educational), media (Oznaka media), research (Oznaka research)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing\n%s\nin\n%s", want, got)
		}
	}
	for _, spelling := range []string{"SLOVENIA", "SI", "slovénija"} {
		files["content/sl/cases/alpha.md"] = strings.Replace(files["content/sl/cases/alpha.md"], "country: Slovenija", "country: "+spelling, 1)
		got := strings.Join(problems(t, files), "\n")
		if !strings.Contains(got, `is the name of a term, not its id: write country: si`) {
			t.Errorf("%s: %s", spelling, got)
		}
		files["content/sl/cases/alpha.md"] = strings.Replace(files["content/sl/cases/alpha.md"], "country: "+spelling, "country: Slovenija", 1)
	}
}

// A link or image written as a path from the site root is checked like a
// link to a source file: it must name a file of static/, a page, or a file
// the build makes.
func TestRootPathsMustNameAFileOrAPage(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- static/img/logo.png --
not really a PNG
-- content/en/guidelines/second.md --
---
title: Second chapter
weight: 20
---
![The logo](/img/logo.png) and [the feed](/feed.xml), [Slovenian](/sl/),
[the catalogue](/catalogue/) and [search](/search/). Files the build makes: [a](/sl/feed.xml) [b](/catalogue.csv) [c](/catalogue.json) [d](/sw.js) [e](/sitemap.xml) [f](/robots.txt) [g](/search/manifest.json).

![Shelves of books](/img/bralni-vrt.jpg)

See [the kinds](/sl/guidelines/vrste-partnerstev/).
`))
	got := strings.Join(problems(t, files), "\n")
	want := `content/en/guidelines/second.md:8: image "/img/bralni-vrt.jpg": there is no file static/img/bralni-vrt.jpg: put the file there, or correct the path
content/en/guidelines/second.md:10: link "/sl/guidelines/vrste-partnerstev/": there is no page at /sl/guidelines/vrste-partnerstev/: link a page by its source file instead (for example ../cases/parvomay-drug-prevention.md), so that the build checks it and keeps it right`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A taxonomy declared in site.yaml, with its vocabulary, shows on the case
// pages that use it, named by its interface string, with no change to the
// layouts.
func TestASiteTaxonomyShowsOnCasePages(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/site.yaml":             strings.Replace(testsite.Config, "taxonomies: [partnership_type, sector, country, target_groups, relationship]", "taxonomies: [partnership_type, sector, country, target_groups, relationship, field]", 1),
		"content/taxonomies/field.yaml": testsite.Vocabulary("health", "tourism"),
		"layouts/i18n/en.yaml":          "taxonomy.field: Fields of work\n",
		"content/en/cases/alpha.md":     strings.Replace(testsite.Minimal["content/en/cases/alpha.md"], "country: bg", "country: bg\nfield: [health]", 1),
	})
	if !strings.Contains(files["content/en/cases/alpha.md"], "field: [health]") {
		t.Fatal("the fixture's case has no field line")
	}
	pub := buildSite(t, files)
	got := read(t, filepath.Join(pub, "cases/alpha/index.html"))
	if want := `<dt>Fields of work</dt><dd><a href="/field/health/">Label health</a></dd>`; !strings.Contains(got, want) {
		t.Errorf("the case page lacks\n%s", want)
	}
}
