package build

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/testsite"
)

// csvSite is the minimal site with a Serbian (Cyrillic) edition, a
// taxonomy of its own (funders) and a case whose title and summary need
// quoting: a comma, double quotes and a line break, and who gives the
// place of its pin on the map; the first case's sources are silent on its
// results and lessons.
var csvSite = testsite.Txtar(`
-- content/site.yaml --
base_url: https://org.github.io/handbook/
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
    title: Тест приручник
    description: Тест.
taxonomies: [partnership_type, funders, sector, country, target_groups, relationship]
-- content/taxonomies/funders.yaml --
terms:
  grant:
    label: {en: A grant, sl: Nepovratna sredstva, sr: Грант}
  municipal:
    label: {en: The municipality, sl: Občina, sr: Општина}
-- content/sr/cases/alpha.md --
---
title: Пример Алфа — библиотека, Црвени крст и „школа“
summary: Радионице за младе у Пловдиву.
library: town-library
partners: [red-cross]
partnership_type: [educational, media]
sector: [ngo, education]
country: bg
funders: [grant, municipal]
start: 2019-03
end: 2020
programme: Глобалне библиотеке
not_reported: [results, lessons]
---
Текст.
-- content/en/cases/beta.md --
---
title: Beta, "the quoted one"
summary: |
  Two lines,
  with a comma; and a semicolon.
library: town-library
partners: [red-cross]
partnership_type: [research]
sector: [libraries]
country: si
place: Kranj
results: |
  Loans rose by *a third*, "as the librarians said".

  - 40 workshops
stage: finished
coordinates: [46.2389, 14.3556]
precision: town
---
Text.
`)

func TestCatalogueCSVRoundTripsWithTheJSON(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, csvSite))
	data := []byte(read(t, filepath.Join(pub, catalogue.File)))
	rows := compareCSV(t, data, []byte(read(t, filepath.Join(pub, catalogue.CSVFile))),
		[]string{"partnership_type", "funders", "sector", "country", "target_groups", "relationship"})
	if rows != 4 { // alpha in en, sl and sr, beta in en
		t.Errorf("catalogue.csv has %d cases; want 4", rows)
	}
	var c catalogue.Catalogue
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Entries {
		if e.ID == "beta" && (fmt.Sprint(e.Coordinates) != "[46.2389 14.3556]" || e.Precision != "town") {
			t.Errorf("catalogue.json gives beta the coordinates %v, precision %q; want [46.2389 14.3556], town", e.Coordinates, e.Precision)
		}
	}
	table := read(t, filepath.Join(pub, catalogue.CSVFile))
	for _, want := range []string{
		"\r\nalpha,sr,\"Пример Алфа — библиотека, Црвени крст и „школа“\",Радионице за младе у Пловдиву.,https://org.github.io/handbook/sr/cases/alpha/,town-library,red-cross," +
			"educational; media,grant; municipal,ngo; education,bg,,,,,2019-03,2020,Глобалне библиотеке,,,,,,,,,,,,,results; lessons,,,\r\n",
		"\r\nbeta,en,\"Beta, \"\"the quoted one\"\"\",\"Two lines,\r\nwith a comma; and a semicolon.\",https://org.github.io/handbook/cases/beta/,",
		",,,\"Loans rose by *a third*, \"\"as the librarians said\"\".\r\n\r\n- 40 workshops\",,,,finished,,,,,46.2389,14.3556,town\r\n",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("catalogue.csv lacks the row\n%q\nin\n%s", want, table)
		}
	}
}

// The bundled handbook's cases, in Cyrillic and with every diacritic its
// languages write, come out of catalogue.csv as catalogue.json has them,
// and the same on a second export.
func TestHandbookCatalogueCSVRoundTrips(t *testing.T) {
	s := handbookSite(t)
	cat := catalogue.New(s)
	data, err := cat.JSON()
	if err != nil {
		t.Fatal(err)
	}
	table, err := cat.CSV()
	if err != nil {
		t.Fatal(err)
	}
	if rows := compareCSV(t, data, table, s.Config.Taxonomies); rows < 25 {
		t.Errorf("catalogue.csv of the handbook has %d cases; want every case in every language (at least 25)", rows)
	}
	again, err := catalogue.New(s).CSV()
	if err != nil || !bytes.Equal(table, again) {
		t.Errorf("catalogue.csv differs between two exports of the same site (%v)", err)
	}
}

// compareCSV parses table with encoding/csv and compares it, row by row,
// with the case entries of catalogue.json (data); taxonomies are the
// site's, in the order of site.yaml. It returns the number of rows.
func compareCSV(t *testing.T, data, table []byte, taxonomies []string) int {
	t.Helper()
	var c catalogue.Catalogue
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(table, []byte("\xef\xbb\xbf")) {
		t.Error("catalogue.csv does not start with a UTF-8 byte order mark")
	}
	if !bytes.HasSuffix(table, []byte("\r\n")) || bytes.Count(table, []byte("\r\n")) < bytes.Count(table, []byte("\n")) {
		t.Error("catalogue.csv has a line that does not end in CRLF (RFC 4180)")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(table, []byte("\xef\xbb\xbf"))))
	records, err := r.ReadAll() // also checks that every row has the header's number of fields
	if err != nil {
		t.Fatalf("catalogue.csv does not parse: %v", err)
	}
	header := append(append([]string{"id", "lang", "title", "summary", "url", "library", "partners"}, taxonomies...),
		"place", "year", "start", "end", "programme", "sources", "guidelines",
		"need", "activities", "results", "lessons", "transferability", "funding", "stage", "contact_organisation", "licence", "last_reviewed",
		"not_reported", "latitude", "longitude", "precision")
	if fmt.Sprint(records[0]) != fmt.Sprint(header) {
		t.Fatalf("catalogue.csv columns\n%q\nwant\n%q", records[0], header)
	}
	var cases []catalogue.Entry
	for _, e := range c.Entries {
		if e.Kind == "case" {
			cases = append(cases, e)
		}
	}
	rows := records[1:]
	if len(rows) != len(cases) {
		t.Fatalf("catalogue.csv has %d rows; catalogue.json has %d case entries", len(rows), len(cases))
	}
	for i, e := range cases {
		year := ""
		if e.Year != 0 {
			year = fmt.Sprint(e.Year)
		}
		want := map[string]string{
			"id": e.ID, "lang": e.Lang, "title": e.Title, "summary": e.Summary, "url": e.URL,
			"library": e.Library, "partners": strings.Join(e.Partners, "; "), "place": e.Place,
			"year": year, "start": e.Start, "end": e.End, "programme": e.Programme,
			"sources": strings.Join(e.Sources, "; "), "guidelines": strings.Join(e.Guidelines, "; "),
			"need": e.Need, "activities": e.Activities, "results": e.Results, "lessons": e.Lessons,
			"transferability": e.Transferability, "funding": e.Funding, "stage": e.Stage,
			"contact_organisation": e.ContactOrganisation, "licence": e.Licence, "last_reviewed": e.LastReviewed,
			"not_reported": strings.Join(e.NotReported, "; "), "precision": e.Precision,
		}
		if len(e.Coordinates) == 2 {
			want["latitude"], want["longitude"] = fmt.Sprint(e.Coordinates[0]), fmt.Sprint(e.Coordinates[1])
		}
		for _, tax := range taxonomies {
			want[tax] = strings.Join(e.Terms[tax], "; ")
		}
		for j, name := range header {
			if got := rows[i][j]; got != want[name] {
				t.Errorf("row %d (%s %s), %s: %q; catalogue.json has %q", i+2, e.ID, e.Lang, name, got, want[name])
			}
		}
	}
	return len(rows)
}

// The catalogue page of every language links both files, below the
// site's path, labelled in its language, so that a reader finds them.
func TestCataloguePageLinksTheDataFiles(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, csvSite))
	for file, want := range map[string][]string{
		"catalogue/index.html":    {`<a href="/handbook/catalogue.csv" download>All cases as a spreadsheet (CSV)</a>`, `<a href="/handbook/catalogue.json">The whole catalogue as data (JSON)</a>`},
		"sr/catalogue/index.html": {`<a href="/handbook/catalogue.csv" download>Сви примери као табела (CSV)</a>`, `<a href="/handbook/catalogue.json">`},
	} {
		page := read(t, filepath.Join(pub, filepath.FromSlash(file)))
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %s", file, w)
			}
		}
	}
}
