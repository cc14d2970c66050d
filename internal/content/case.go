package content

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/skupaj/skupaj/internal/diag"
)

// coordinates converts [latitude, longitude].
func coordinates(v any) (any, error) {
	items, ok := v.([]any)
	if !ok || len(items) != 2 {
		return nil, fmt.Errorf("got %s", describe(v))
	}
	var out []float64
	for i, it := range items {
		var n float64
		switch x := it.(type) {
		case int:
			n = float64(x)
		case int64:
			n = float64(x)
		case float64:
			n = x
		default:
			return nil, fmt.Errorf("got %s", describe(it))
		}
		if limit := []float64{90, 180}[i]; n < -limit || n > limit {
			return nil, &rangeError{fmt.Sprintf("%s %v is outside -%v to %v", []string{"latitude", "longitude"}[i], n, limit, limit)}
		}
		out = append(out, n)
	}
	return out, nil
}

// personal are an e-mail address or a phone number: a page names
// organisations, never a person's contact details.
var personal = regexp.MustCompile(`[^\s@]+@[^\s@]+\.[^\s@]+|\+?\d[\d /().-]{6,}\d`)

// checkCase checks what the fields of a case say together.
func checkCase(p *Page, errs *diag.List) {
	if p.Kind != Case {
		return
	}
	if p.Coordinates != nil && p.Precision == "" {
		errs.Addf(p.File, p.Line("coordinates"), "coordinates need a precision: add a line precision: exact, town, region or country")
	}
	if _, given := p.Lines["coordinates"]; p.Precision != "" && !given {
		errs.Addf(p.File, p.Line("precision"), "precision says how exact the coordinates are, but the case has no coordinates: add coordinates: [latitude, longitude] or remove precision")
	}
	if m := personal.FindString(p.ContactOrganisation); m != "" {
		errs.Addf(p.File, p.Line("contact_organisation"), "contact_organisation names an organisation, not a person's contact details: remove %q", m)
	}
	for _, name := range p.NotReported {
		if p.Text(name) != "" {
			errs.Addf(p.File, p.Line("not_reported"), "not_reported lists %s, but the case gives %s (line %d): list only the teaching fields the sources say nothing of, and remove %s from not_reported or its text", name, name, p.Line(name), name)
		}
	}
	if p.Results == "" && !slices.Contains(p.NotReported, "results") {
		p.Warnings.Warnf(p.File, p.Line("results"), "results is empty: write what came of the partnership, with its evidence (figures, feedback, a service still running), if it is known; if the sources say nothing of it, list results in not_reported")
	}
	if p.Lessons == "" && !slices.Contains(p.NotReported, "lessons") {
		p.Warnings.Warnf(p.File, p.Line("lessons"), "lessons is empty: write what the partners learnt, including what did not work, if it is known; if the sources say nothing of it, list lessons in not_reported")
	}
}
