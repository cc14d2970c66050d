package lint

import (
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/geo"
	"github.com/skupaj/skupaj/internal/site"
)

// countries warns about a term of the country vocabulary whose id is not
// an ISO 3166-1 alpha-2 code: the catalogue's map finds a country's
// boundaries by that code (geo.Numeric), so it leaves such a country out
// (its table still lists it).
func countries(s *site.Site) diag.List {
	v := s.Vocab[site.CountryTaxonomy]
	if v == nil {
		return nil
	}
	var out diag.List
	for _, t := range v.Terms {
		if _, ok := geo.Numeric(t.ID); !ok {
			out.Add(diag.Warningf(v.File, t.Line, "country %q is not an ISO 3166-1 alpha-2 code (si, bg, gb), so the catalogue's map cannot draw it; name the country by its two-letter code", t.ID))
		}
	}
	return out
}
