// Package geo draws the map of the catalogue: it decodes the country
// boundaries shipped in data/ (Natural Earth 1:110m as TopoJSON, see
// data/README.md), projects them with an Albers conic centred on Europe and
// frames the countries asked for, as SVG path data with fixed decimals.
package geo

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/countries-110m.json
var countries110m []byte

// Atlas is the decoded boundaries of every country, by ISO 3166-1 numeric
// code ("705" for Slovenia); lands with no code are kept under "#" and
// their place in the file.
type Atlas struct {
	countries map[string][]polygon
	order     []string          // codes in the order of the file
	lands     map[string][]land // countries, projected (project fills it)
}

// A polygon is an outer ring and its holes; a ring is closed points in
// degrees (longitude, latitude).
type (
	point   [2]float64
	ring    []point
	polygon []ring
)

// topology is the part of a TopoJSON file that Load reads.
type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
	Arcs [][][2]float64 `json:"arcs"`
}

type geometry struct {
	Type string          `json:"type"`
	ID   string          `json:"id"`
	Arcs json.RawMessage `json:"arcs"`
}

// Load decodes the bundled boundaries, with the borders of recognised.
func Load() (*Atlas, error) {
	a, err := decode(countries110m, "countries")
	if err != nil {
		return nil, err
	}
	a.recognise()
	a.project()
	return a, nil
}

// decode reads the geometry collection object of a TopoJSON topology.
func decode(data []byte, object string) (*Atlas, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	arcs := t.absoluteArcs()
	a := &Atlas{countries: map[string][]polygon{}}
	for i, g := range t.Objects[object].Geometries {
		key := g.ID
		if key == "" { // Kosovo, N. Cyprus, Somaliland: drawn, never focused
			key = "#" + strconv.Itoa(i)
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("geo: country %s: %w", g.ID, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("geo: country %s: %w", g.ID, err)
			}
		default:
			continue
		}
		for _, p := range polys {
			var poly polygon
			for _, r := range p {
				rg, err := stitch(arcs, r)
				if err != nil {
					return nil, fmt.Errorf("geo: country %s: %w", g.ID, err)
				}
				poly = append(poly, rg)
			}
			if _, seen := a.countries[key]; !seen {
				a.order = append(a.order, key)
			}
			a.countries[key] = append(a.countries[key], poly)
		}
	}
	return a, nil
}

// absoluteArcs undoes the delta encoding and the quantization of the arcs.
func (t *topology) absoluteArcs() [][]point {
	out := make([][]point, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([]point, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform == nil {
				pts[j] = point{p[0], p[1]}
				continue
			}
			x, y = x+p[0], y+p[1]
			pts[j] = point{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// stitch joins the arcs of a ring; a negative index ^i is arc i reversed.
// Consecutive arcs share their joining point, which is kept once.
func stitch(arcs [][]point, idx []int) (ring, error) {
	var r ring
	for k, i := range idx {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d of %d", i, len(arcs))
		}
		arc := arcs[i]
		pts := make([]point, len(arc))
		for j := range arc {
			if rev {
				pts[j] = arc[len(arc)-1-j]
			} else {
				pts[j] = arc[j]
			}
		}
		if k > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		r = append(r, pts...)
	}
	return r, nil
}

// Has reports whether the atlas has boundaries for the numeric code.
func (a *Atlas) Has(code string) bool {
	return !strings.HasPrefix(code, "#") && len(a.countries[code]) > 0
}
