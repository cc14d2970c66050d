package geo

import "math"

// albers is the Albers equal-area conic projection on the unit sphere with
// standard parallels 43° and 62° N and central meridian 15° E: areas keep
// their proportions across Europe, so a country's shade is not exaggerated
// by its latitude as on Mercator.
type albers struct {
	lon0, n, c, rho0 float64
}

func newAlbers() albers {
	rad := math.Pi / 180
	phi1, phi2, phi0 := 43*rad, 62*rad, 52*rad
	n := (math.Sin(phi1) + math.Sin(phi2)) / 2
	c := math.Cos(phi1)*math.Cos(phi1) + 2*n*math.Sin(phi1)
	return albers{lon0: 15 * rad, n: n, c: c, rho0: math.Sqrt(c-2*n*math.Sin(phi0)) / n}
}

// project maps degrees to plane coordinates with y growing downwards, as
// in SVG.
func (a albers) project(p point) point {
	rad := math.Pi / 180
	rho := math.Sqrt(a.c-2*a.n*math.Sin(p[1]*rad)) / a.n
	theta := a.n * (p[0]*rad - a.lon0)
	return point{rho * math.Sin(theta), -(a.rho0 - rho*math.Cos(theta))}
}

// box is a rectangle of the plane.
type box struct{ minX, minY, maxX, maxY float64 }

func emptyBox() box { return box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)} }

func (b *box) add(p point) {
	b.minX, b.maxX = math.Min(b.minX, p[0]), math.Max(b.maxX, p[0])
	b.minY, b.maxY = math.Min(b.minY, p[1]), math.Max(b.maxY, p[1])
}

func (b box) empty() bool { return b.minX > b.maxX }

func (b box) union(o box) box {
	if o.empty() {
		return b
	}
	b.add(point{o.minX, o.minY})
	b.add(point{o.maxX, o.maxY})
	return b
}

func (b box) intersects(o box) bool {
	return b.minX <= o.maxX && o.minX <= b.maxX && b.minY <= o.maxY && o.minY <= b.maxY
}

func (b box) center() point { return point{(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2} }

// grow widens b by m on every side and to at least min in each direction.
func (b box) grow(m, min float64) box {
	b = box{b.minX - m, b.minY - m, b.maxX + m, b.maxY + m}
	c := b.center()
	if w := b.maxX - b.minX; w < min {
		b.minX, b.maxX = c[0]-min/2, c[0]+min/2
	}
	if h := b.maxY - b.minY; h < min {
		b.minY, b.maxY = c[1]-min/2, c[1]+min/2
	}
	return b
}
