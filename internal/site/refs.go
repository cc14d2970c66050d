package site

import (
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
)

// Refs are a page's resolved references to other pages, and the pages that
// refer to it. A reference resolves to the page in the same language, or,
// while it is not translated, to another language's version.
type Refs struct {
	Library    *Page   // a case's lead library
	Partners   []*Page // a case's partners
	Guidelines []*Page // for a case: chapters it cites or that mention it; for a tool: chapters that use it
	Cases      []*Page // for a guideline: cases it mentions or that cite it
	Tools      []*Page // tools a guideline refers to
	PartnerIn  []*Page // for a partner: the cases it takes part in (as lead or partner)
}

// checkRefs resolves every reference, reports unknown ids, and fills the
// backlinks of each language.
func (s *Site) checkRefs(errs *diag.List) {
	for _, p := range s.Pages {
		if p.Generated {
			continue
		}
		r := &p.Refs
		switch p.Kind {
		case content.Case:
			if p.Library != "" {
				r.Library = s.resolve(p, "library", content.Partner, p.Library, errs)
			}
			r.Partners = s.resolveAll(p, "partners", content.Partner, p.Partners, errs)
			r.Guidelines = s.resolveAll(p, "guidelines", content.Guideline, p.Guidelines, errs)
		case content.Guideline:
			r.Cases = s.resolveAll(p, "cases", content.Case, p.Cases, errs)
			r.Tools = s.resolveAll(p, "tools", content.Tool, p.Tools, errs)
		}
	}
	for _, l := range s.Langs {
		for _, sec := range l.Sections {
			for _, item := range sec.Items {
				s.backlink(l, item)
			}
		}
	}
}

// backlink records, for the pages of language l, that item refers to them.
func (s *Site) backlink(l *Lang, item *Page) {
	mine := func(k content.Kind, id string) *Page { return l.byID[k][id] }
	switch item.Kind {
	case content.Case:
		ids := append([]string{item.Library}, item.Partners...)
		for _, id := range ids {
			if p := mine(content.Partner, id); p != nil {
				p.Refs.PartnerIn = addOnce(p.Refs.PartnerIn, item)
			}
		}
		for _, id := range item.Guidelines {
			if p := mine(content.Guideline, id); p != nil {
				p.Refs.Cases = addOnce(p.Refs.Cases, item)
			}
		}
	case content.Guideline:
		for _, id := range item.Cases {
			if p := mine(content.Case, id); p != nil {
				p.Refs.Guidelines = addOnce(p.Refs.Guidelines, item)
			}
		}
		for _, id := range item.Tools {
			if p := mine(content.Tool, id); p != nil {
				p.Refs.Guidelines = addOnce(p.Refs.Guidelines, item)
			}
		}
	}
}

// addOnce appends p to list unless it is there already.
func addOnce(list []*Page, p *Page) []*Page {
	for _, q := range list {
		if q == p {
			return list
		}
	}
	return append(list, p)
}

func (s *Site) resolveAll(p *Page, field string, k content.Kind, ids []string, errs *diag.List) []*Page {
	var out []*Page
	for _, id := range ids {
		if q := s.resolve(p, field, k, id, errs); q != nil {
			out = append(out, q)
		}
	}
	return out
}

func (s *Site) resolve(p *Page, field string, k content.Kind, id string, errs *diag.List) *Page {
	if q := s.Ref(p.Lang, k, id); q != nil {
		return q
	}
	ids := s.IDs(k)
	hint := diag.DidYouMean(id, ids)
	if hint == "" && len(ids) > 0 && len(ids) <= 20 {
		hint = "; the " + string(k) + " ids are " + strings.Join(ids, ", ")
	}
	errs.Addf(p.File, p.Line(field), "%s: unknown %s id %q%s (%s ids are the file names in content/<language>/%s/)",
		field, k, id, hint, k, content.SectionOf(k))
	return nil
}
