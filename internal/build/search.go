package build

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/site"
)

// indexed are the kinds of pages search finds: every page written in
// Markdown, and of the generated pages those a reader looks for by name,
// a taxonomy term's page and the catalogue.
var indexed = map[content.Kind]bool{
	content.Home: true, content.Guideline: true, content.Case: true,
	content.Partner: true, content.Tool: true, content.Plain: true,
	content.Term: true, content.Catalogue: true,
}

// IndexedKinds are the kinds of pages search finds, as `skupaj search
// -kind` takes them, sorted.
func IndexedKinds() []string {
	var out []string
	for k := range indexed {
		out = append(out, string(k))
	}
	slices.Sort(out)
	return out
}

// SearchFacets are the taxonomies search filters by: every taxonomy of
// the configuration that a kind of page search finds carries (the field
// table, content.TermFields), in the configuration's order. A taxonomy
// added to site.yaml is thus a filter of the search page and of skupaj
// search -filter.
func SearchFacets(taxonomies []string) []string {
	var out []string
	for _, t := range taxonomies {
		for _, k := range IndexedKinds() {
			if slices.Contains(content.TermFields(content.Kind(k), taxonomies), t) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// searchable reports whether search finds page p: a generated home or
// section page has nothing of its own to find.
func searchable(p *site.Page) bool {
	return indexed[p.Kind] && (!p.Generated || p.Kind == content.Term || p.Kind == content.Catalogue)
}

// searchDocs describes every page search finds, in language order and then
// by URL, so that document numbers are stable between builds. A page's
// Shown languages are its own and those whose lists show it while they
// lack a translation of it (site.Lang.Foreign).
func searchDocs(s *site.Site, r *render.Renderer) []*search.Doc {
	shown := map[*site.Page][]string{}
	for _, l := range s.Langs {
		for _, p := range l.Foreign() {
			if !slices.Contains(shown[p], l.Code) {
				shown[p] = append(shown[p], l.Code)
			}
		}
	}
	facets := SearchFacets(s.Config.Taxonomies)
	var docs []*search.Doc
	for _, l := range s.Langs {
		var mine []*search.Doc
		for _, p := range l.Pages {
			if !searchable(p) {
				continue
			}
			d := searchDoc(s, r, l, p, facets)
			d.Shown = append([]string{l.Code}, shown[p]...)
			mine = append(mine, d)
		}
		sort.Slice(mine, func(i, j int) bool { return mine[i].ID < mine[j].ID })
		docs = append(docs, mine...)
	}
	return docs
}

// searchDoc is page p of language l as search sees it, with its terms of
// facets.
func searchDoc(s *site.Site, r *render.Renderer, l *site.Lang, p *site.Page, facets []string) *search.Doc {
	d := &search.Doc{
		ID: "/" + p.URL, URL: s.Config.URL(p.URL), Lang: l.Code, Kind: string(p.Kind),
		Title: r.Title(p), Summary: p.Summary, Facets: map[string][]string{},
	}
	if md := r.Doc(p); md != nil {
		for _, h := range md.Headings {
			d.Headings = append(d.Headings, h.Text)
		}
		for _, sec := range md.Sections {
			d.Sections = append(d.Sections, search.Section{ID: sec.ID, Heading: sec.Heading, Text: sec.Text})
		}
	}
	// A case's teaching fields are sections of its page after the body,
	// headed by their labels, which the page shows as headings.
	for _, t := range r.TeachingText(p, l) {
		d.Headings = append(d.Headings, t.Label)
		d.Sections = append(d.Sections, search.Section{ID: t.ID, Heading: t.Label, Text: t.Text})
	}
	var terms []string
	switch p.Kind {
	case content.Term:
		// Found by its label (the title) and its description; its
		// taxonomy's name goes with the labels.
		d.Summary = r.TermDescription(p.Taxonomy, p.TermID, l)
		terms = append(terms, r.T(l, "taxonomy."+p.Taxonomy))
		if slices.Contains(facets, p.Taxonomy) {
			d.Facets[p.Taxonomy] = []string{p.TermID}
		}
	case content.Catalogue:
		d.Summary = r.T(l, "catalogue.intro")
		for _, tax := range []string{site.RowTaxonomy, site.ColTaxonomy} {
			terms = append(terms, r.T(l, "taxonomy."+tax))
		}
	}
	for _, tax := range s.Config.Taxonomies {
		for _, id := range p.Terms[tax] {
			terms = append(terms, r.TermLabel(tax, id, l))
		}
	}
	for _, q := range append([]*site.Page{p.Refs.Library}, p.Refs.Partners...) {
		if q != nil {
			terms = append(terms, q.Title)
		}
	}
	d.Terms = strings.Join(terms, "\n")
	for _, f := range facets {
		if v := p.Terms[f]; len(v) > 0 {
			d.Facets[f] = v
		}
	}
	return d
}

// searchInput is what the search stage needs of the site, collected
// before it starts: the search runs beside the rendering of the pages and
// reads neither the site model nor the renderer while they are at work.
type searchInput struct {
	docs   []*search.Doc
	langs  []string
	facets []search.Facet
}

func newSearchInput(s *site.Site, r *render.Renderer) *searchInput {
	in := &searchInput{docs: searchDocs(s, r)}
	for _, l := range s.Langs {
		in.langs = append(in.langs, l.Code)
	}
	for _, f := range SearchFacets(s.Config.Taxonomies) {
		in.facets = append(in.facets, search.Facet{Name: f})
	}
	return in
}

// removeOldIndex removes the Bleve index that builds before December 2026
// kept in .skupaj/index.bleve (and what a killed build left beside it),
// which nothing reads any more, and .skupaj/ when that leaves it empty.
func removeOldIndex(root string) error {
	dir := filepath.Join(root, ".skupaj")
	old, _ := filepath.Glob(filepath.Join(dir, ".index.bleve.*"))
	for _, p := range append(old, filepath.Join(dir, "index.bleve")) {
		if err := os.RemoveAll(p); err != nil {
			return err
		}
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == 0 {
		return os.Remove(dir)
	}
	return nil
}
