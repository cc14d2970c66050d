package site

import "github.com/skupaj/skupaj/internal/diag"

// checkSources reports every source id a page names that the bibliography
// does not hold.
func (s *Site) checkSources(errs *diag.List) {
	for _, p := range s.Pages {
		for _, id := range p.Sources {
			if s.Sources.Source(id) == nil {
				errs.Addf(p.File, p.Line("sources"), "%s", s.Sources.Unknown("sources", id))
			}
		}
	}
}

// Citing returns the pages language l lists that draw on source id, in
// section order: chapters first, then cases.
func (l *Lang) Citing(id string) []*Page {
	var out []*Page
	for _, sec := range l.Sections {
		for _, p := range sec.Items {
			if has(p.Sources, id) {
				out = append(out, p)
			}
		}
	}
	return out
}
