package build

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/testsite"
)

// sourcesSite is the minimal site with a second source, cited by a chapter
// and a case.
var sourcesSite = testsite.Txtar(`
-- content/sources.yaml --
sources:
  town-report:
    title: Poročilo o partnerstvu
    title_en: A report on partnership
    organisation: Town library
    place: Letnitsa
    year: "2011"
    kind: slides
    language: sl
  ud-af-boksen:
    title: Ud af boksen – Biblioteker i samarbejdsdreven innovation
    title_en: Out of the box
    organisation: Roskilde Bibliotekerne
    year: 2010–2012
    kind: project-report
    language: da
    url: https://example.org/ud-af-boksen
-- content/en/guidelines/second.md --
---
title: Second chapter
weight: 20
sources: [ud-af-boksen, town-report]
---
Back to [the first](first.md).
-- content/sl/cases/alpha.md --
---
title: Primer Alfa
summary: Knjižnica in nevladna organizacija.
library: town-library
partners: [red-cross]
partnership_type: [educational]
sector: [ngo]
country: bg
sources: [town-report]
---
Delavnice.
`)

func TestCitationsAndBibliographyPage(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, sourcesSite))
	casePage := read(t, filepath.Join(pub, "cases/alpha/index.html"))
	for _, want := range []string{
		`Town library. <cite lang="sl">Poročilo o partnerstvu</cite> <span lang="en">[A report on partnership]</span>. Letnitsa, 2011. Slides (Slovenian).`,
		`<a href="/sources/">All sources of the handbook</a>`,
	} {
		if !strings.Contains(casePage, want) {
			t.Errorf("the case page lacks %s", want)
		}
	}
	// A reader of the source's own language gets no English title, and
	// the kind and language in their words.
	slCase := read(t, filepath.Join(pub, "sl/cases/alpha/index.html"))
	if want := `<cite lang="sl">Poročilo o partnerstvu</cite>. Letnitsa, 2011. Prosojnice (slovenščina).`; !strings.Contains(slCase, want) {
		t.Errorf("the Slovenian case page lacks %s", want)
	}
	chapter := read(t, filepath.Join(pub, "guidelines/second/index.html"))
	if want := `<cite lang="da"><a href="https://example.org/ud-af-boksen">Ud af boksen – Biblioteker i samarbejdsdreven innovation</a></cite> <span lang="en">[Out of the box]</span>. 2010–2012. Project report (Danish).`; !strings.Contains(chapter, want) {
		t.Errorf("the chapter lacks %s", want)
	}

	bib := read(t, filepath.Join(pub, "sources/index.html"))
	town := section(t, bib, `id="source-town-report"`, "</li>\n")
	for _, want := range []string{`href="/guidelines/second/"`, `href="/cases/alpha/"`} {
		if !strings.Contains(town, want) {
			t.Errorf("the bibliography's entry for town-report does not link %s:\n%s", want, town)
		}
	}
	if boksen := section(t, bib, `id="source-ud-af-boksen"`, "</li>\n"); strings.Contains(boksen, "/cases/alpha/") {
		t.Errorf("the bibliography lists the alpha case under ud-af-boksen, which it does not cite:\n%s", boksen)
	}
	slBib := read(t, filepath.Join(pub, "sl/sources/index.html"))
	if !strings.Contains(slBib, `<h1>Viri</h1>`) || !strings.Contains(slBib, `href="/sl/cases/alpha/"`) {
		t.Error("the Slovenian bibliography lacks its title or the Slovenian case")
	}
	if home := read(t, filepath.Join(pub, "index.html")); !strings.Contains(home, `<a href="/sources/">Sources</a>`) {
		t.Error("the footer does not link the bibliography")
	}
}

func TestUnknownSourceFailsWithDidYouMean(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/en/cases/alpha.md --
---
title: Alpha case
summary: A library and an NGO.
library: town-library
partners: [red-cross]
partnership_type: [educational]
sector: [ngo]
country: bg
sources: [town-reprot, 002_aac3fdd250fec33c.txt]
---
## What was done

Workshops.
`))
	got := problems(t, files)
	want := []string{
		`content/en/cases/alpha.md:9: sources: unknown source id "002_aac3fdd250fec33c.txt" (source ids are the keys of content/sources.yaml)`,
		`content/en/cases/alpha.md:9: sources: unknown source id "town-reprot"; did you mean "town-report"? (source ids are the keys of content/sources.yaml)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadBibliographyIsReportedAtItsLines(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/sources.yaml --
sources:
  town-report:
    title: Poročilo o partnerstvu
    kind: slide
    language: sl
  Town_Report:
    title: Another
    kind: article
    language: slovenian
    year: 11
`))
	got := strings.Join(problems(t, files), "\n")
	for _, w := range []string{
		`content/sources.yaml:2: source "town-report": kind "slide" is not one of guidelines, slides, article, training-report, project-report; did you mean "slides"?`,
		`content/sources.yaml:6: source "Town_Report": use lowercase letters a-z, digits and single hyphens in a source id`,
		`content/sources.yaml:6: source "Town_Report": language "slovenian" is not a language code such as sl, sr or bg`,
		`content/sources.yaml:6: source "Town_Report": year "11": write a year (2011) or a span with an en dash (2010–2012)`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

// section is the part of page from the first from up to the next end.
func section(t *testing.T, page, from, end string) string {
	t.Helper()
	i := strings.Index(page, from)
	if i < 0 {
		t.Fatalf("no %s in the page", from)
	}
	s := page[i:]
	if j := strings.Index(s, end); j >= 0 {
		s = s[:j]
	}
	return s
}

// catalogue.json carries the bibliography, so that the source ids of its
// entries can be resolved without the site's files.
func TestCatalogueJSONCarriesTheSources(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, sourcesSite))
	var c catalogue.Catalogue
	if err := json.Unmarshal([]byte(read(t, filepath.Join(pub, catalogue.File))), &c); err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, e := range c.Entries {
		for _, id := range e.Sources {
			named++
			if c.Sources[id] == nil {
				t.Errorf("%s %s names source %q, which catalogue.json does not describe", e.Lang, e.ID, id)
			}
		}
	}
	if named != 2 { // alpha in English and in Slovenian
		t.Errorf("entries name %d sources; want 2", named)
	}
	if s := c.Sources["ud-af-boksen"]; s == nil || s.Title != "Ud af boksen – Biblioteker i samarbejdsdreven innovation" ||
		s.Year != "2010–2012" || s.Kind != "project-report" || s.Language != "da" || s.URL != "https://example.org/ud-af-boksen" {
		t.Errorf("ud-af-boksen in catalogue.json: %+v", s)
	}
}

// Readers of the Latin edition of Serbian read a Serbian source's citation
// in Latin, as they read its pages.
func TestSerbianSourceIsCitedInLatinForSrLatn(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/site.yaml --
base_url: /
default_language: en
languages:
  - code: en
    name: English
    title: Test handbook
    description: A test site.
  - code: sl
    name: Slovenščina
    title: Testni priročnik
    description: Testna stran.
  - code: sr
    name: Српски
    title: Тест
    description: Тест.
  - code: sr-Latn
    name: Srpski (latinica)
    title: Test
    description: Test.
    transliterate_from: sr
taxonomies: [partnership_type, sector, country, target_groups, relationship]
-- content/sources.yaml --
sources:
  town-report:
    title: Сарадња и партнерства
    title_en: Cooperation and partnerships
    place: Врање
    year: "2020"
    kind: article
    language: sr
`))
	pub := buildSite(t, files)
	for file, want := range map[string]string{
		"sr/sources/index.html":      `<cite lang="sr">Сарадња и партнерства</cite>. Врање, 2020. Чланак (српски).`,
		"sr-latn/sources/index.html": `<cite lang="sr-Latn">Saradnja i partnerstva</cite>. Vranje, 2020. Članak (srpski).`,
		"sources/index.html":         `<cite lang="sr">Сарадња и партнерства</cite> <span lang="en">[Cooperation and partnerships]</span>. Врање, 2020. Article (Serbian).`,
	} {
		if page := read(t, filepath.Join(pub, file)); !strings.Contains(page, want) {
			t.Errorf("%s lacks %s", file, want)
		}
	}
}
