package render

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// The facets of a directory of cases that are fields, not taxonomies.
const (
	FacetYear    = "year"    // the case's year, else the year it started
	FacetLibrary = "library" // the lead library
)

// DirectoryView is a directory page: the facets its filters offer and
// every page it lists.
type DirectoryView struct {
	Kind   string // "case" or "partner"
	Count  string // the plural string of the count: "count.cases", "count.partners"
	Facets []Facet
	Items  []DirectoryItem
}

// Facet is one filter of a directory: a taxonomy, the year or the lead
// library. Name is its URL parameter.
type Facet struct {
	Name, Legend string
	Options      []TermLink // ID: the value; Count: the pages that have it
}

// DirectoryItem is a page of a directory with its facet values: Data is
// them as the JSON object the browser reads (facet → values), Fields as
// the page shows them.
type DirectoryItem struct {
	Item
	Data   string
	Fields []DirectoryField
}

// DirectoryField is one labelled line of a directory item.
type DirectoryField struct {
	Name  string
	Links []TermLink
}

// Directory is the directory of the page: its facets are the taxonomies
// that pages of its kind carry (content.TermFields), in the order of
// site.yaml, and for cases the year and the lead library. A taxonomy
// added to site.yaml gets its facet with no change here.
func (v *View) Directory() DirectoryView {
	p := v.Page
	d := DirectoryView{Kind: string(p.Lists), Count: "count." + content.SectionOf(p.Lists)}
	names := content.TermFields(p.Lists, v.Site.Config.Taxonomies)
	if p.Lists == content.Case {
		names = append(names, FacetYear, FacetLibrary)
	}
	values := make([]map[string][]TermLink, len(p.Members)) // per item: facet → its values
	for i, m := range p.Members {
		values[i] = map[string][]TermLink{}
		for _, f := range names {
			values[i][f] = v.facetValues(m, f)
		}
	}
	for _, f := range names {
		facet := Facet{Name: f, Legend: v.facetLegend(f)}
		counts := map[string]int{}
		labels := map[string]TermLink{}
		for i := range p.Members {
			for _, l := range values[i][f] {
				counts[l.ID]++
				labels[l.ID] = l
			}
		}
		for _, id := range v.facetOrder(f, labels) {
			o := labels[id]
			o.Count = counts[id]
			facet.Options = append(facet.Options, o)
		}
		if len(facet.Options) > 0 {
			d.Facets = append(d.Facets, facet)
		}
	}
	for i, m := range p.Members {
		it := DirectoryItem{Item: v.Item(m)}
		data := map[string][]string{}
		for _, f := range d.Facets {
			links := values[i][f.Name]
			if len(links) == 0 {
				continue
			}
			for _, l := range links {
				data[f.Name] = append(data[f.Name], l.ID)
			}
			it.Fields = append(it.Fields, DirectoryField{Name: f.Legend, Links: links})
		}
		js, _ := json.Marshal(data) // maps of strings always marshal
		it.Data = string(js)
		d.Items = append(d.Items, it)
	}
	return d
}

// facetValues are the values page m has in facet f, linked to their pages.
func (v *View) facetValues(m *site.Page, f string) []TermLink {
	switch f {
	case FacetYear:
		if y := caseYear(m); y != "" {
			return []TermLink{{ID: y, Label: y}}
		}
		return nil
	case FacetLibrary:
		if lib := m.Refs.Library; lib != nil {
			it := v.Item(lib)
			return []TermLink{{ID: m.Library, Label: it.Title, URL: it.URL}}
		}
		if m.Library != "" {
			return []TermLink{{ID: m.Library, Label: m.Library}}
		}
		return nil
	}
	return v.TermLinks(m, f)
}

// caseYear is the year a directory files a case under: its year, else
// the year it started, else "".
func caseYear(m *site.Page) string {
	if m.Year != 0 {
		return strconv.Itoa(m.Year)
	}
	if len(m.Start) >= 4 {
		return m.Start[:4]
	}
	return ""
}

// facetLegend is the name of facet f in the page's language.
func (v *View) facetLegend(f string) string {
	if f == FacetYear || f == FacetLibrary {
		return v.T("facet." + f)
	}
	return v.TaxonomyName(f)
}

// facetOrder is the order of the values of facet f: a vocabulary's order,
// the newest year first, libraries by name.
func (v *View) facetOrder(f string, values map[string]TermLink) []string {
	var ids []string
	if voc := v.Site.Vocab[f]; voc != nil {
		for _, id := range voc.IDs() {
			if _, ok := values[id]; ok {
				ids = append(ids, id)
			}
		}
		return ids
	}
	for id := range values {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if f == FacetYear {
			return cmp.Compare(b, a)
		}
		return cmp.Or(cmp.Compare(values[a].Label, values[b].Label), cmp.Compare(a, b))
	})
	return ids
}
