package geo

// Natural Earth draws countries as they are controlled on the ground ("de
// facto"), so its 1:110m file gives Crimea to Russia. The map of skupaj
// draws borders as the United Nations recognise them (General Assembly
// resolution 68/262 on the territorial integrity of Ukraine): recognised
// lists the lands moved back, each found by the middle of its outline.
var recognised = []struct {
	name     string
	from, to string     // ISO numeric codes
	lon, lat [2]float64 // the box, in degrees, that holds the land's middle
}{
	{"Crimea", "643", "804", [2]float64{32, 37}, [2]float64{44, 46.5}},
}

// recognise moves the lands of recognised to the country they belong to.
func (a *Atlas) recognise() {
	for _, r := range recognised {
		var keep []polygon
		for _, poly := range a.countries[r.from] {
			if middleWithin(poly[0], r.lon[0], r.lat[0], r.lon[1], r.lat[1]) {
				a.countries[r.to] = append(a.countries[r.to], poly)
			} else {
				keep = append(keep, poly)
			}
		}
		a.countries[r.from] = keep
	}
}
