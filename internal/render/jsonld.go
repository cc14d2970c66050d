package render

import (
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// JSONLD is the schema.org description of a case (an Article about its
// partnership types and sectors, mentioning its partners) or a partner (an
// Organization), or nil for other pages. html/template writes it as JSON
// inside <script type="application/ld+json">.
func (v *View) JSONLD() map[string]any {
	p := v.Page
	switch p.Kind {
	case content.Case:
		var about, mentions []map[string]any
		for _, tax := range []string{site.RowTaxonomy, site.ColTaxonomy} {
			for _, id := range p.Terms[tax] {
				about = append(about, map[string]any{"@type": "DefinedTerm", "name": v.TermLabel(tax, id), "termCode": id, "inDefinedTermSet": v.TaxonomyName(tax)})
			}
		}
		orgs := append([]*site.Page{}, p.Refs.Partners...)
		if p.Refs.Library != nil {
			orgs = append([]*site.Page{p.Refs.Library}, orgs...)
		}
		for _, o := range orgs {
			mentions = append(mentions, map[string]any{"@type": "Organization", "name": o.Title, "url": v.Canonical(o)})
		}
		ld := map[string]any{
			"@context": "https://schema.org", "@type": "Article", "headline": p.Title, "description": p.Summary,
			"inLanguage": p.Lang.Code, "url": v.Canonical(p), "about": about, "mentions": mentions,
		}
		if place := v.place(p); place != nil {
			ld["spatialCoverage"] = place
		}
		return ld
	case content.Partner:
		ld := map[string]any{
			"@context": "https://schema.org", "@type": "Organization", "name": p.Title,
			"url": v.Canonical(p), "description": p.Summary,
		}
		if p.Website != "" {
			ld["sameAs"] = p.Website
		}
		if place := v.place(p); place != nil {
			ld["address"] = map[string]any{"@type": "PostalAddress", "addressLocality": p.Place, "addressCountry": strings.ToUpper(first(p.Terms["country"]))}
		}
		return ld
	}
	return nil
}

func (v *View) place(p *site.Page) map[string]any {
	if p.Place == "" && len(p.Terms["country"]) == 0 {
		return nil
	}
	name := p.Place
	if c := first(p.Terms["country"]); c != "" {
		if name != "" {
			name += ", "
		}
		name += v.TermLabel("country", c)
	}
	return map[string]any{"@type": "Place", "name": name}
}

func first(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}
