package build

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/site"
)

// indexed are the kinds of pages search finds.
var indexed = map[content.Kind]bool{
	content.Home: true, content.Guideline: true, content.Case: true,
	content.Partner: true, content.Tool: true, content.Plain: true,
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

// searchDocs describes every page search finds, in language order and then
// by URL, so that document numbers are stable between builds.
func searchDocs(s *site.Site, r *render.Renderer) []*search.Doc {
	var docs []*search.Doc
	for _, l := range s.Langs {
		var mine []*search.Doc
		for _, p := range l.Pages {
			if p.Generated || !indexed[p.Kind] {
				continue
			}
			md := r.Doc(p)
			d := &search.Doc{
				ID: "/" + p.URL, URL: s.Config.URL(p.URL), Lang: l.Code, Kind: string(p.Kind),
				Title: p.Title, Summary: p.Summary, Facets: map[string][]string{},
			}
			for _, h := range md.Headings {
				d.Headings = append(d.Headings, h.Text)
			}
			for _, sec := range md.Sections {
				d.Sections = append(d.Sections, search.Section{ID: sec.ID, Heading: sec.Heading, Text: sec.Text})
			}
			// A case's teaching fields are sections of its page after the body.
			for _, t := range r.Teaching(p, l) {
				d.Sections = append(d.Sections, search.Section{ID: t.ID, Heading: t.Label, Text: t.Text})
			}
			var terms []string
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
			for _, f := range search.FacetFields {
				if v := p.Terms[f]; len(v) > 0 {
					d.Facets[f] = v
				}
			}
			mine = append(mine, d)
		}
		sort.Slice(mine, func(i, j int) bool { return mine[i].ID < mine[j].ID })
		docs = append(docs, mine...)
	}
	return docs
}

// searchInput is what the search stage needs of the site, collected
// before it starts, so that the site model and the rendered pages can be
// let go while it runs.
type searchInput struct {
	docs   []*search.Doc
	langs  []string
	labels map[string]map[string]map[string]string // facet → term → language → label
}

func newSearchInput(s *site.Site, r *render.Renderer) *searchInput {
	in := &searchInput{docs: searchDocs(s, r), labels: map[string]map[string]map[string]string{}}
	for _, l := range s.Langs {
		in.langs = append(in.langs, l.Code)
	}
	for _, f := range search.FacetFields {
		v := s.Vocab[f]
		if v == nil {
			continue
		}
		in.labels[f] = map[string]map[string]string{}
		for _, t := range v.Terms {
			in.labels[f][t.ID] = map[string]string{}
			for _, l := range s.Langs {
				in.labels[f][t.ID][l.Code] = r.TermLabel(f, t.ID, l)
			}
		}
	}
	return in
}

// buildSearch indexes the site with Bleve and exports the static index to
// w. The Bleve index is made beside indexPath and swapped in whole when it
// is done, so that skupaj search never opens half an index.
func buildSearch(indexPath string, in *searchInput, w output.Writer) (*search.Stats, error) {
	stage, err := output.Stage(indexPath)
	if err != nil {
		return nil, fmt.Errorf("search index %s: %w", indexPath, err)
	}
	stats, err := search.Run(stage.Path, in.langs, in.docs, in.labels, w)
	if err == nil {
		err = stage.Swap()
	}
	if err != nil {
		stage.Abort()
		return nil, err
	}
	return stats, nil
}
