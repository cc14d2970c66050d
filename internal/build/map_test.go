package build

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// mapSite adds to the minimal site (one case in Bulgaria) a second
// Bulgarian case, a Slovenian one, and one in Kosovo, a country the
// bundled boundaries do not draw; three give their coordinates, one of
// them far outside the map.
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
coordinates: [42.15, 24.75]
precision: region
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
coordinates: [46.05, 14.51]
precision: town
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
coordinates: [-33.87, 151.21]
precision: exact
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
	Circle struct {
		X string `xml:"cx,attr"`
		Y string `xml:"cy,attr"`
		R string `xml:"r,attr"`
	} `xml:"circle"`
}

// mapLinks parses the inline SVG of a map page and returns its country
// links and its pins.
func mapLinks(t *testing.T, page string) (countries, pins []svgLink) {
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
	for _, l := range doc.Links {
		if strings.Contains(l.Class, "map-pin") {
			pins = append(pins, l)
		} else {
			countries = append(countries, l)
		}
	}
	return countries, pins
}

// viewBox is the width and height of the map's viewBox.
func viewBox(t *testing.T, page string) (w, h float64) {
	t.Helper()
	m := regexp.MustCompile(`<svg viewBox="0 0 ([0-9]+) ([0-9]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the map has no viewBox")
	}
	w, _ = strconv.ParseFloat(m[1], 64)
	h, _ = strconv.ParseFloat(m[2], 64)
	return w, h
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// The map links each country with cases that it can draw, once, to the
// country's page, names it with its number of cases, shades it by that
// number, and lists every country with cases in the table beside it. Each
// case with coordinates inside the map is a pin linked to the case, named
// with the precision of its place, larger the less precise.
func TestMapLinksEveryCountryWithCasesToItsPage(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, mapSite))
	for _, tc := range []struct {
		file  string
		links map[string][2]string // href → accessible name, class
		pins  map[string][2]string // href → accessible name, class
		rows  []string
	}{
		{"catalogue/map/index.html", map[string][2]string{
			"/country/bg/": {"Bulgaria: 2 cases", "map-country map-c2"},
			"/country/si/": {"Slovenia: 1 case", "map-country map-c1"},
		}, map[string][2]string{
			"/cases/beta/":  {"Beta case (within the region)", "map-pin map-pin-region"},
			"/cases/gamma/": {"Gamma case (within the town)", "map-pin map-pin-town"},
		}, []string{`<a href="/country/bg/">Bulgaria</a></th><td class="num">2</td>`, `<a href="/country/si/">Slovenia</a></th><td class="num">1</td>`, `<a href="/country/xk/">Kosovo</a></th><td class="num">1</td>`}},
		{"sl/catalogue/map/index.html", map[string][2]string{
			"/sl/country/bg/": {"Bolgarija: 2 primera", "map-country map-c2"},
			"/sl/country/si/": {"Slovenija: 1 primer", "map-country map-c1"},
		}, map[string][2]string{
			"/cases/beta/":  {"Beta case (v regiji)", "map-pin map-pin-region"},
			"/cases/gamma/": {"Gamma case (v kraju)", "map-pin map-pin-town"},
		}, []string{`<a href="/sl/country/xk/">Kosovo</a>`}},
	} {
		page := read(t, filepath.Join(pub, tc.file))
		links, pins := mapLinks(t, page)
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
		if len(pins) != len(tc.pins) {
			t.Errorf("%s: the map has %d pins; want one per case with coordinates inside the map (%d)", tc.file, len(pins), len(tc.pins))
		}
		width, height := viewBox(t, page)
		for _, pin := range pins {
			want, ok := tc.pins[pin.Href]
			x, xerr := strconv.ParseFloat(pin.Circle.X, 64)
			y, yerr := strconv.ParseFloat(pin.Circle.Y, 64)
			switch {
			case !ok:
				t.Errorf("%s: a pin links %q, which is no case with coordinates on the map", tc.file, pin.Href)
			case pin.Label != want[0] || pin.Title != want[0] || pin.Class != want[1]:
				t.Errorf("%s: the pin of %s is named %q (title %q), class %q; want %q, %q", tc.file, pin.Href, pin.Label, pin.Title, pin.Class, want[0], want[1])
			case xerr != nil || yerr != nil || x < 0 || y < 0 || x > width || y > height:
				t.Errorf("%s: the pin of %s is at %s,%s, outside the map's 0 0 %.0f %.0f", tc.file, pin.Href, pin.Circle.X, pin.Circle.Y, width, height)
			}
		}
		if r := map[string]string{}; len(pins) == 2 {
			for _, p := range pins {
				r[p.Href] = p.Circle.R
			}
			if rt, rr := atoi(r["/cases/gamma/"]), atoi(r["/cases/beta/"]); rt >= rr {
				t.Errorf("%s: a pin within a town has radius %d, within a region %d; want the less precise larger", tc.file, rt, rr)
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
