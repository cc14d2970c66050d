package geo

import (
	"math"
	"strconv"
	"strings"
)

// Width is the width of every map's viewBox; its height follows the frame.
const Width = 1000

// europe is the window, in degrees, whose polygons frame a map: a
// country's lands elsewhere (French Guiana, Svalbard's far north) are drawn
// when they fall inside the frame but do not stretch it.
var europe = struct{ minLon, minLat, maxLon, maxLat float64 }{-25, 34, 45, 72}

// Map is the countries around a set of focus countries, projected and
// scaled to a viewBox Width wide.
type Map struct {
	Width, Height int
	Shapes        []Shape // every country inside the frame, in the atlas's order
	proj          albers
	frame         box
	scale         float64
}

// Shape is a country's outline as SVG path data.
type Shape struct {
	Code string // ISO 3166-1 numeric; "" for a land with none (Kosovo)
	D    string
}

// ViewBox is the value of the SVG viewBox attribute.
func (m *Map) ViewBox() string { return "0 0 " + strconv.Itoa(m.Width) + " " + strconv.Itoa(m.Height) }

// Frame is a map framing the focus countries (numeric codes; the unknown
// are ignored) with a margin, never narrower than about 1,100 km, and
// every country that shows inside it. With no known focus country it
// frames the whole of the europe window.
func (a *Atlas) Frame(focus []string) *Map {
	m := &Map{proj: newAlbers()}
	frame := emptyBox()
	for _, code := range focus {
		if !a.Has(code) {
			continue
		}
		for _, l := range a.lands[code] {
			if l.europe {
				frame = frame.union(l.box)
			}
		}
	}
	if frame.empty() {
		for lon := europe.minLon; lon <= europe.maxLon; lon += 5 {
			for _, lat := range []float64{europe.minLat, europe.maxLat} {
				frame.add(m.proj.project(point{lon, lat}))
			}
		}
	}
	frame = frame.grow(0.05, 0.18)
	m.frame = frame
	m.scale = Width / (frame.maxX - frame.minX)
	m.Width = Width
	m.Height = int(math.Round((frame.maxY - frame.minY) * m.scale))
	for _, code := range a.order {
		var d strings.Builder
		for _, l := range a.lands[code] {
			if l.pole || !l.box.intersects(frame) {
				continue
			}
			for _, r := range l.rings {
				m.path(&d, r)
			}
		}
		if d.Len() > 0 {
			if !a.Has(code) {
				code = ""
			}
			m.Shapes = append(m.Shapes, Shape{Code: code, D: d.String()})
		}
	}
	return m
}

// inEurope reports whether a ring's middle lies in the europe window.
func inEurope(r ring) bool {
	return middleWithin(r, europe.minLon, europe.minLat, europe.maxLon, europe.maxLat)
}

// middleWithin reports whether the middle of a ring (the centre of the
// box round it) lies within the given degrees of longitude and latitude.
func middleWithin(r ring, minLon, minLat, maxLon, maxLat float64) bool {
	b := emptyBox()
	for _, p := range r {
		b.add(p)
	}
	c := b.center()
	return c[0] >= minLon && c[0] <= maxLon && c[1] >= minLat && c[1] <= maxLat
}

// aroundPole reports whether a ring goes round the globe (Antarctica):
// a conic projection cannot draw it as one shape.
func aroundPole(r ring) bool {
	minLon, maxLon := 180.0, -180.0
	for _, p := range r {
		minLon, maxLon = math.Min(minLon, p[0]), math.Max(maxLon, p[0])
	}
	return maxLon-minLon >= 359
}

// land is a polygon of a country projected: its rings in plane
// coordinates, the box of its outer ring, whether that ring's middle is in
// the europe window and whether it goes round a pole.
type land struct {
	rings        []ring
	box          box
	europe, pole bool
}

// project projects every polygon of the atlas once, for every Frame.
func (a *Atlas) project() {
	proj := newAlbers()
	a.lands = map[string][]land{}
	for code, polys := range a.countries {
		for _, poly := range polys {
			l := land{box: emptyBox(), europe: inEurope(poly[0]), pole: aroundPole(poly[0])}
			for i, r := range poly {
				pr := make(ring, len(r))
				for j, p := range r {
					pr[j] = proj.project(p)
					if i == 0 {
						l.box.add(pr[j])
					}
				}
				l.rings = append(l.rings, pr)
			}
			a.lands[code] = append(a.lands[code], l)
		}
	}
}

// path writes a projected ring as a closed subpath, one decimal per
// coordinate, leaving out points that round to the one before.
func (m *Map) path(d *strings.Builder, r ring) {
	var pts []string
	last := ""
	for _, q := range r {
		x, y := m.plane(q)
		s := x + "," + y
		if s != last {
			pts = append(pts, s)
			last = s
		}
	}
	if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	if len(pts) < 3 {
		return
	}
	d.WriteString("M" + strings.Join(pts, "L") + "Z")
}

// plane is a projected point in viewBox coordinates.
func (m *Map) plane(q point) (x, y string) {
	return num((q[0] - m.frame.minX) * m.scale), num((q[1] - m.frame.minY) * m.scale)
}

// Point is where a place (latitude, longitude in degrees) falls on the
// map, in viewBox coordinates; inside is false when it is outside the frame.
func (m *Map) Point(lat, lon float64) (x, y string, inside bool) {
	q := m.proj.project(point{lon, lat})
	inside = q[0] >= m.frame.minX && q[0] <= m.frame.maxX && q[1] >= m.frame.minY && q[1] <= m.frame.maxY
	x, y = m.plane(q)
	return x, y, inside
}

// num formats a coordinate with one decimal, so that the same input
// always gives the same bytes.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if s == "-0.0" {
		s = "0.0"
	}
	return s
}
