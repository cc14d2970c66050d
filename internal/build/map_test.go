package build

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// mapSite adds to the minimal site (one case in Bulgaria) a second
// Bulgarian case, a Slovenian one, and one in Kosovo, a country the
// bundled boundaries do not draw.
var mapSite = testsite.Txtar(`
-- content/taxonomies/country.yaml --
terms:
  bg:
    label: {en: Bulgaria, sl: Bolgarija}
  si:
    label: {en: Slovenia, sl: Slovenija}
  xk:
    label: {en: Kosovo, sl: Kosovo}
  dk:
    label: {en: Denmark, sl: Danska}
-- content/en/cases/beta.md --
---
title: Beta case
summary: Another Bulgarian case.
library: town-library
partners: [red-cross]
partnership_type: [media]
sector: [ngo]
country: bg
---
Text.
-- content/en/cases/gamma.md --
---
title: Gamma case
summary: A Slovenian case.
library: town-library
partners: [red-cross]
partnership_type: [research]
sector: [education]
country: si
---
Text.
-- content/en/cases/delta.md --
---
title: Delta case
summary: A case in Kosovo.
library: town-library
partners: [red-cross]
partnership_type: [research]
sector: [education]
country: xk
---
Text.
`)

// svgLink is a link of the map as encoding/xml reads it.
type svgLink struct {
	Href  string `xml:"href,attr"`
	Class string `xml:"class,attr"`
	Label string `xml:"aria-label,attr"`
	Title string `xml:"title"`
	Path  struct {
		D string `xml:"d,attr"`
	} `xml:"path"`
}

// mapLinks parses the inline SVG of a map page and returns its links.
func mapLinks(t *testing.T, page string) []svgLink {
	t.Helper()
	svg := regexp.MustCompile(`(?s)<svg viewBox.*?</svg>`).FindString(page)
	if svg == "" {
		t.Fatal("the map page has no inline SVG map")
	}
	var doc struct {
		ViewBox string    `xml:"viewBox,attr"`
		Links   []svgLink `xml:"a"`
		Land    struct {
			Paths []struct{} `xml:"path"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("the map is not well-formed SVG: %v", err)
	}
	if len(doc.Land.Paths) < 5 {
		t.Errorf("the map draws %d neighbouring countries; want the land around the cases", len(doc.Land.Paths))
	}
	return doc.Links
}

// The map links each country with cases that it can draw, once, to the
// country's page, names it with its number of cases, shades it by that
// number, and lists every country with cases in the table beside it.
func TestMapLinksEveryCountryWithCasesToItsPage(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, mapSite))
	for _, tc := range []struct {
		file  string
		links map[string][2]string // href → accessible name, class
		rows  []string
	}{
		{"catalogue/map/index.html", map[string][2]string{
			"/country/bg/": {"Bulgaria: 2 cases", "map-c2"},
			"/country/si/": {"Slovenia: 1 case", "map-c1"},
		}, []string{`<a href="/country/bg/">Bulgaria</a></th><td class="num">2</td>`, `<a href="/country/si/">Slovenia</a></th><td class="num">1</td>`, `<a href="/country/xk/">Kosovo</a></th><td class="num">1</td>`}},
		{"sl/catalogue/map/index.html", map[string][2]string{
			"/sl/country/bg/": {"Bolgarija: 2 primera", "map-c2"},
			"/sl/country/si/": {"Slovenija: 1 primer", "map-c1"},
		}, []string{`<a href="/sl/country/xk/">Kosovo</a>`}},
	} {
		page := read(t, filepath.Join(pub, tc.file))
		links := mapLinks(t, page)
		if len(links) != len(tc.links) {
			t.Errorf("%s: the map has %d links; want one per country with cases it draws (%d)", tc.file, len(links), len(tc.links))
		}
		seen := map[string]bool{}
		for _, l := range links {
			want, ok := tc.links[l.Href]
			switch {
			case !ok:
				t.Errorf("%s: the map links %q, which is no country with cases", tc.file, l.Href)
			case seen[l.Href]:
				t.Errorf("%s: the map links %s twice", tc.file, l.Href)
			case l.Label != want[0] || l.Title != want[0]:
				t.Errorf("%s: the link to %s is named %q (title %q); want %q", tc.file, l.Href, l.Label, l.Title, want[0])
			case l.Class != want[1]:
				t.Errorf("%s: the link to %s is shaded %q; want %q", tc.file, l.Href, l.Class, want[1])
			case !strings.HasPrefix(l.Path.D, "M") || !strings.HasSuffix(l.Path.D, "Z"):
				t.Errorf("%s: the link to %s has no outline", tc.file, l.Href)
			}
			seen[l.Href] = true
			if _, err := os.Stat(filepath.Join(pub, filepath.FromSlash(l.Href), "index.html")); err != nil {
				t.Errorf("%s: the map links %s, which was not written", tc.file, l.Href)
			}
		}
		for _, row := range tc.rows {
			if !strings.Contains(page, row) {
				t.Errorf("%s: the table lacks %s", tc.file, row)
			}
		}
	}
	if cat := read(t, filepath.Join(pub, "catalogue/index.html")); !strings.Contains(cat, `<a href="/catalogue/map/">`) {
		t.Error("the catalogue page does not link to the map")
	}
}
