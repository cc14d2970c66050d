package render

import (
	"sort"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// TaxonomyName is the name of a taxonomy in the page's language.
func (v *View) TaxonomyName(tax string) string { return v.T("taxonomy." + tax) }

// TermLabel is the label of a term in the page's language.
func (v *View) TermLabel(tax, id string) string { return v.r.terms.label(tax, id, v.Lang) }

// TermDescription is the description of a term in the page's language.
func (v *View) TermDescription(tax, id string) string { return v.r.terms.description(tax, id, v.Lang) }

// TermURL is the link to a term's page, or "" when no page has the term.
func (v *View) TermURL(tax, id string) string {
	if p := v.Lang.Terms[tax][id]; p != nil {
		return v.URL(p)
	}
	return ""
}

// TermLink is a term as lists show it.
type TermLink struct {
	ID, Label, Description, URL string
	Count                       int
}

// TermLinks are the terms of field on page p, linked to their pages.
func (v *View) TermLinks(p *site.Page, field string) []TermLink {
	var out []TermLink
	for _, id := range p.Terms[field] {
		out = append(out, TermLink{ID: id, Label: v.TermLabel(field, id), URL: v.TermURL(field, id)})
	}
	return out
}

// SiteTerms are the terms of p in the taxonomies the site declares beyond
// the built-in ones (content.IsBuiltinTerm), in the order of site.yaml, each
// with the taxonomy's name: a taxonomy added in site.yaml shows on case and
// partner pages with no change to the layouts.
func (v *View) SiteTerms(p *site.Page) []SiteTerms {
	var out []SiteTerms
	for _, tax := range v.Site.Config.Taxonomies {
		if content.IsBuiltinTerm(tax) || len(p.Terms[tax]) == 0 {
			continue
		}
		out = append(out, SiteTerms{Name: v.T("taxonomy." + tax), Links: v.TermLinks(p, tax)})
	}
	return out
}

// SiteTerms are a page's terms in one of the site's own taxonomies.
type SiteTerms struct {
	Name  string
	Links []TermLink
}

// IndexRows are every term of a taxonomy index page, in vocabulary order,
// with how many pages of this language have it; terms no page has are
// listed with 0 and no link.
func (v *View) IndexRows() []TermLink {
	tax := v.Page.Taxonomy
	var out []TermLink
	for _, t := range v.Site.Vocab[tax].Terms {
		row := TermLink{ID: t.ID, Label: v.TermLabel(tax, t.ID), Description: v.TermDescription(tax, t.ID)}
		if p := v.Lang.Terms[tax][t.ID]; p != nil {
			row.URL, row.Count = v.URL(p), len(p.Members)
		}
		out = append(out, row)
	}
	return out
}

// MemberItems are the pages of kind k ("case", "partner") a term or cell
// page lists.
func (v *View) MemberItems(k string) []Item {
	var out []Item
	for _, p := range v.Page.Members {
		if string(p.Kind) == k {
			out = append(out, v.Item(p))
		}
	}
	return out
}

// Breakdown is how the cases of a term page spread over another taxonomy.
type Breakdown struct {
	Taxonomy string
	Counts   []TermLink
}

// Breakdown counts the cases of a term page by another taxonomy: by sector
// on a partnership type's page, by partnership type on any other; most
// first.
func (v *View) Breakdown() Breakdown {
	by := site.RowTaxonomy
	if v.Page.Taxonomy == site.RowTaxonomy {
		by = site.ColTaxonomy
	}
	counts := map[string]int{}
	for _, p := range v.Page.Members {
		if p.Kind == content.Case {
			for _, id := range p.Terms[by] {
				counts[id]++
			}
		}
	}
	var out []TermLink
	for id, n := range counts {
		out = append(out, TermLink{ID: id, Label: v.TermLabel(by, id), URL: v.TermURL(by, id), Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].ID < out[j].ID
	})
	return Breakdown{Taxonomy: by, Counts: out}
}

// MatrixRow is one partnership type of the catalogue.
type MatrixRow struct {
	Term  TermLink   // Count: the cases of this type
	Cells []TermLink // one per sector column: Count cases, URL of their list
}

// Filled is the cells of the row that have cases, in column order: the
// row as a list, for screens too narrow for the table.
func (r MatrixRow) Filled() []TermLink {
	var out []TermLink
	for _, c := range r.Cells {
		if c.Count > 0 {
			out = append(out, c)
		}
	}
	return out
}

// MatrixTable is the catalogue table: the sector columns and a row per type.
type MatrixTable struct {
	Cols []TermLink
	Rows []MatrixRow
}

// Matrix is the catalogue table of the page's language.
func (v *View) Matrix() (t MatrixTable) {
	m := v.Lang.Matrix
	if m == nil {
		return t
	}
	for _, c := range m.Cols {
		t.Cols = append(t.Cols, TermLink{ID: c, Label: v.TermLabel(site.ColTaxonomy, c), URL: v.TermURL(site.ColTaxonomy, c)})
	}
	for _, r := range m.Rows {
		row := MatrixRow{Term: TermLink{ID: r, Label: v.TermLabel(site.RowTaxonomy, r), URL: v.TermURL(site.RowTaxonomy, r)}}
		if p := v.Lang.Terms[site.RowTaxonomy][r]; p != nil {
			for _, m := range p.Members {
				if m.Kind == content.Case {
					row.Term.Count++
				}
			}
		}
		for _, c := range m.Cols {
			cell := TermLink{ID: c, Label: v.TermLabel(site.ColTaxonomy, c)}
			if p := m.Cells[[2]string{r, c}]; p != nil {
				cell.URL, cell.Count = v.URL(p), len(p.Members)
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// CountryGroup is the country view of the catalogue: a country and its cases.
type CountryGroup struct {
	Term  TermLink
	Cases []Item
}

// Countries groups the cases of the page's language by country, in
// vocabulary order, leaving out countries with no case.
func (v *View) Countries() []CountryGroup {
	vocab := v.Site.Vocab["country"]
	if vocab == nil {
		return nil
	}
	var out []CountryGroup
	for _, t := range vocab.Terms {
		g := CountryGroup{Term: TermLink{ID: t.ID, Label: v.TermLabel("country", t.ID), URL: v.TermURL("country", t.ID)}}
		if p := v.Lang.Terms["country"][t.ID]; p != nil {
			for _, m := range p.Members {
				if m.Kind == content.Case {
					g.Cases = append(g.Cases, v.Item(m))
				}
			}
		}
		if len(g.Cases) > 0 {
			g.Term.Count = len(g.Cases)
			out = append(out, g)
		}
	}
	return out
}
