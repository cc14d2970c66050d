package geo

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestNumericMapsCountryIDsToTheAtlas(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for alpha, want := range map[string]string{"si": "705", "BG": "100", "at": "040", "dk": "208", "ua": "804", "no": "578"} {
		got, ok := Numeric(alpha)
		if !ok || got != want {
			t.Errorf("Numeric(%q) = %q, %v; want %q", alpha, got, ok, want)
		}
		if !a.Has(got) {
			t.Errorf("the atlas has no boundaries for %s (%s)", alpha, got)
		}
	}
	for _, bad := range []string{"", "zz", "eu", "svn", "1"} {
		if got, ok := Numeric(bad); ok {
			t.Errorf("Numeric(%q) = %q, want none", bad, got)
		}
	}
}

var coord = regexp.MustCompile(`(-?[0-9]+\.[0-9])`)

// A frame holds its focus countries inside the viewBox, and the
// neighbours that show; French Guiana does not stretch France's frame.
func TestFrameFitsFocusCountries(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	m := a.Frame([]string{"705", "100", "250"}) // Slovenia, Bulgaria, France
	if m.Width != Width || m.Height < 300 || m.Height > 1500 {
		t.Fatalf("viewBox %s: want a Europe-shaped frame", m.ViewBox())
	}
	shapes := map[string]string{}
	for _, s := range m.Shapes {
		shapes[s.Code] = s.D
	}
	for _, code := range []string{"705", "100", "250"} {
		d := shapes[code]
		if d == "" {
			t.Fatalf("no shape for focus country %s", code)
		}
		if code == "250" {
			continue // France's overseas lands lie outside the frame
		}
		for i, c := range coord.FindAllString(d, -1) {
			v, _ := strconv.ParseFloat(c, 64)
			limit := float64(m.Width)
			if i%2 == 1 {
				limit = float64(m.Height)
			}
			if v < 0 || v > limit {
				t.Fatalf("country %s has coordinate %s outside the viewBox %s", code, c, m.ViewBox())
			}
		}
	}
	if shapes["380"] == "" { // Italy, between them
		t.Error("Italy, inside the frame, is not drawn")
	}
	if shapes["036"] != "" { // Australia
		t.Error("Australia is drawn on a map of Europe")
	}
	if strings.Contains(shapes["705"], "NaN") {
		t.Error("NaN in a path")
	}
	x, y, inside := m.Point(46.05, 14.51) // Ljubljana
	if !inside {
		t.Errorf("Ljubljana at %s,%s is outside the frame", x, y)
	}
	if _, _, inside := m.Point(-33.9, 151.2); inside {
		t.Error("Sydney is inside a frame of Europe")
	}
}

// Crimea is drawn as part of Ukraine, not of Russia as in the file.
func TestCrimeaIsUkraine(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	in := func(code string) bool {
		for _, poly := range a.countries[code] {
			for _, p := range poly[0] {
				if p[0] > 33.5 && p[0] < 34.5 && p[1] > 44.3 && p[1] < 44.6 { // the south coast near Yalta
					return true
				}
			}
		}
		return false
	}
	if !in("804") || in("643") {
		t.Errorf("Crimea's coast: in Ukraine %v, in Russia %v; want Ukraine only", in("804"), in("643"))
	}
	if len(a.countries["643"]) == 0 {
		t.Error("Russia lost every land")
	}
}

func TestFrameIsDeterministic(t *testing.T) {
	a, _ := Load()
	b, _ := Load()
	m1, m2 := a.Frame([]string{"616", "208"}), b.Frame([]string{"616", "208"})
	if len(m1.Shapes) != len(m2.Shapes) || m1.ViewBox() != m2.ViewBox() {
		t.Fatal("two frames of the same countries differ")
	}
	for i := range m1.Shapes {
		if m1.Shapes[i] != m2.Shapes[i] {
			t.Fatalf("shape %s differs between two frames", m1.Shapes[i].Code)
		}
	}
}
