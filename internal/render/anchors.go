package render

import (
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/site"
)

// anchorIDs are the ids that links to page p may name: its body's
// headings, then each teaching section of a case and the headings in it
// (under the section's id, as subID makes them), in the page's order.
func (r *Renderer) anchorIDs(p *site.Page) []string {
	var ids []string
	if d := r.docs[p]; d != nil {
		for _, h := range d.Headings {
			ids = append(ids, h.ID)
		}
	}
	for _, fd := range r.fields[p] {
		own := teachingID(fd.name)
		ids = append(ids, own)
		for _, h := range fd.doc.Headings {
			ids = append(ids, subID(own, h.ID))
		}
	}
	return ids
}

// subID is the id on the page of id inside the part of it whose id is
// own (a teaching section, a chapter of the print edition): unique on the
// page where id alone may not be.
func subID(own, id string) string { return own + "--" + id }

func (r *Renderer) hasAnchor(p *site.Page, id string) bool {
	if strings.HasPrefix(id, "fn:") || strings.HasPrefix(id, "fnref:") {
		return true // footnotes: goldmark makes these
	}
	return slices.Contains(r.anchorIDs(p), id)
}

// headingIDs lists the ids of page p for a message about a missing one.
func (r *Renderer) headingIDs(p *site.Page) string {
	ids := r.anchorIDs(p)
	if len(ids) == 0 {
		return "(none)"
	}
	return "#" + strings.Join(ids, ", #")
}
