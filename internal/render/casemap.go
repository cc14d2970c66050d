package render

import (
	"strconv"

	"github.com/skupaj/skupaj/internal/geo"
)

// CaseMap is the map page of a language: the countries with cases shaded
// by their number of cases over the outlines of the countries around them.
type CaseMap struct {
	ViewBox   string
	Land      []geo.Shape  // the countries with no case, drawn as context
	Countries []MapCountry // the countries with cases, in vocabulary order
	Legend    []MapClass   // the classes of shading that occur, lightest first
	Pins      []MapPin     // the cases that give coordinates inside the frame
}

// MapPin is a case that gives its coordinates: a circle on the map, the
// larger the less precise its place, linked to the case.
type MapPin struct {
	URL, Name string // Name: the accessible name, "Title (within the town)"
	X, Y      string // the centre in viewBox coordinates
	R         int    // the radius
	Precision string // exact, town, region or country
}

// pinRadius is the radius of a pin by the precision of its coordinates.
var pinRadius = map[string]int{"exact": 5, "town": 7, "region": 14, "country": 24}

// MapCountry is a country with cases: its row of the table and, when the
// atlas can draw it, its shape on the map.
type MapCountry struct {
	TermLink        // Label, URL of its term page, Count of cases
	Name     string // the accessible name of its link: "Bulgaria: 3 cases"
	Class    int    // its shading class, 1 to len(mapBreaks)
	D        string // its outline as SVG path data; "" when it is not on the map
}

// MapClass is one class of the legend.
type MapClass struct {
	Class int
	Label string // "2–3 cases"
}

// mapBreaks are the smallest number of cases of each shading class: 1,
// 2–3, 4–7, 8–15, 16 or more. Fixed breaks keep a country's shade and
// the legend the same from one build to the next as cases are added.
var mapBreaks = []int{1, 2, 4, 8, 16}

// mapClass is the shading class of n cases.
func mapClass(n int) int {
	c := 0
	for i, b := range mapBreaks {
		if n >= b {
			c = i + 1
		}
	}
	return c
}

// CaseMap draws the map of the page's language from the countries with
// cases (View.Countries) and the bundled boundaries.
func (v *View) CaseMap() (*CaseMap, error) {
	atlas, err := v.r.atlas()
	if err != nil {
		return nil, err
	}
	groups := v.Countries()
	codes := map[string]int{} // ISO numeric → index in groups
	var focus []string
	for i, g := range groups {
		if code, ok := geo.Numeric(g.Term.ID); ok && atlas.Has(code) {
			codes[code] = i
			focus = append(focus, code)
		}
	}
	frame := atlas.Frame(focus)
	m := &CaseMap{ViewBox: frame.ViewBox()}
	top := 0
	for _, g := range groups {
		m.Countries = append(m.Countries, MapCountry{
			TermLink: g.Term,
			Name:     g.Term.Label + ": " + v.N("count.cases", g.Term.Count),
			Class:    mapClass(g.Term.Count),
		})
		top = max(top, mapClass(g.Term.Count))
	}
	for _, s := range frame.Shapes {
		if i, ok := codes[s.Code]; ok {
			m.Countries[i].D = s.D
		} else {
			m.Land = append(m.Land, s)
		}
	}
	for _, g := range groups {
		for _, it := range g.Cases {
			p := it.Page
			if len(p.Coordinates) != 2 {
				continue
			}
			x, y, inside := frame.Point(p.Coordinates[0], p.Coordinates[1])
			if !inside {
				continue
			}
			m.Pins = append(m.Pins, MapPin{URL: it.URL, X: x, Y: y, R: pinRadius[p.Precision], Precision: p.Precision,
				Name: it.Title + " (" + v.T("map.precision."+p.Precision) + ")"})
		}
	}
	for c := 1; c <= top; c++ {
		m.Legend = append(m.Legend, MapClass{Class: c, Label: v.classLabel(c)})
	}
	return m, nil
}

// classLabel is the legend of class c: "1 case", "2–3 cases", "≥ 16 cases".
func (v *View) classLabel(c int) string {
	lo := mapBreaks[c-1]
	switch {
	case c == len(mapBreaks):
		return "≥ " + v.N("count.cases", lo)
	case mapBreaks[c]-1 == lo:
		return v.N("count.cases", lo)
	default:
		return strconv.Itoa(lo) + "–" + v.N("count.cases", mapBreaks[c]-1)
	}
}
