package geo

import (
	"strconv"

	"golang.org/x/text/language"
)

// Numeric is the ISO 3166-1 numeric code of a country given by its alpha-2
// code in any case ("si" → "705"), the ids of the bundled boundaries; ok is
// false for a code that names no country. The table is golang.org/x/text's
// (UN M.49, whose country codes are ISO 3166-1 numeric): the one place
// skupaj maps the country vocabulary's ids to the map's.
func Numeric(alpha2 string) (code string, ok bool) {
	if len(alpha2) != 2 {
		return "", false
	}
	r, err := language.ParseRegion(alpha2)
	if err != nil || !r.IsCountry() || r.M49() == 0 {
		return "", false
	}
	n := strconv.Itoa(r.M49())
	for len(n) < 3 {
		n = "0" + n
	}
	return n, true
}
