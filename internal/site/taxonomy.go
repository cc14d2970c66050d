package site

import (
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
)

// Matrix is the catalogue of one language: cases counted by partnership
// type (rows) and sector (columns).
type Matrix struct {
	Rows, Cols []string            // term ids in vocabulary order
	Cells      map[[2]string]*Page // non-empty cells → their list page
}

// The two taxonomies of the catalogue matrix, and the taxonomy whose ids
// are ISO 3166-1 alpha-2 country codes (the catalogue's country view and
// its map).
const (
	RowTaxonomy     = "partnership_type"
	ColTaxonomy     = "sector"
	CountryTaxonomy = "country"
)

// checkTerms reports every taxonomy term that is not in its vocabulary.
func (s *Site) checkTerms(errs *diag.List) {
	for _, p := range s.Pages {
		for _, tax := range s.Config.Taxonomies {
			v := s.Vocab[tax]
			if v == nil {
				continue
			}
			for _, id := range p.Terms[tax] {
				if v.Term(id) == nil {
					errs.Addf(p.File, p.Line(tax), "%s", v.Unknown(tax, id, p.Lang.Code))
				}
			}
		}
	}
}

// TaxonomySlug is the URL folder of a taxonomy: "partnership_type" → "partnership-type".
func TaxonomySlug(tax string) string { return strings.ReplaceAll(tax, "_", "-") }

// generateTaxonomies adds, in every language, an index page per taxonomy, a
// page per term that has cases or partners, and the catalogue with a page
// per non-empty cell.
func (s *Site) generateTaxonomies() {
	for _, l := range s.Langs {
		l.Search = s.generated(l, content.Search, "search", "search/", nil)
		l.Print = s.generated(l, content.Print, "print", "print/", nil)
		l.News = s.generated(l, content.News, "news", "whats-new/", nil)
		l.Compare = s.generated(l, content.Compare, "compare", "compare/", nil)
		l.Bibliography = s.generated(l, content.Bibliography, "sources", "sources/", nil)
		if l.Default {
			s.NotFound = s.generated(l, content.NotFound, "404", "404.html", nil)
		}
		l.Terms = map[string]map[string]*Page{}
		l.TaxonomyIndex = map[string]*Page{}
		members := append(append([]*Page(nil), l.Items(content.Case)...), l.Items(content.Partner)...)
		for _, tax := range s.Config.Taxonomies {
			v := s.Vocab[tax]
			if v == nil {
				continue
			}
			slug := TaxonomySlug(tax)
			l.TaxonomyIndex[tax] = s.generated(l, content.Taxonomy, "taxonomy:"+tax, slug+"/", func(p *Page) { p.Taxonomy = tax })
			l.Terms[tax] = map[string]*Page{}
			for _, t := range v.Terms {
				var list []*Page
				for _, m := range members {
					if has(m.Terms[tax], t.ID) {
						list = append(list, m)
					}
				}
				if len(list) == 0 {
					continue
				}
				l.Terms[tax][t.ID] = s.generated(l, content.Term, "term:"+tax+":"+t.ID, slug+"/"+t.ID+"/", func(p *Page) {
					p.Taxonomy, p.TermID, p.Members = tax, t.ID, list
				})
			}
		}
		if s.Vocab[CountryTaxonomy] != nil {
			l.Map = s.generated(l, content.Map, "map", "catalogue/map/", nil)
		}
		l.Directory = map[content.Kind]*Page{}
		for _, k := range []content.Kind{content.Case, content.Partner} {
			dir := content.SectionOf(k)
			l.Directory[k] = s.generated(l, content.Directory, "directory:"+dir, "catalogue/"+dir+"/", func(p *Page) {
				p.Lists, p.Members = k, l.Items(k)
			})
		}
		rows, cols := s.Vocab[RowTaxonomy], s.Vocab[ColTaxonomy]
		if rows == nil || cols == nil {
			continue
		}
		l.Catalogue = s.generated(l, content.Catalogue, "catalogue", "catalogue/", nil)
		m := &Matrix{Rows: rows.IDs(), Cols: cols.IDs(), Cells: map[[2]string]*Page{}}
		cases := l.Items(content.Case)
		for _, r := range m.Rows {
			for _, c := range m.Cols {
				var list []*Page
				for _, p := range cases {
					if has(p.Terms[RowTaxonomy], r) && has(p.Terms[ColTaxonomy], c) {
						list = append(list, p)
					}
				}
				if len(list) > 0 {
					key := [2]string{r, c}
					m.Cells[key] = s.generated(l, content.Cell, "cell:"+r+":"+c, "catalogue/"+r+"/"+c+"/", func(p *Page) {
						p.Cell, p.Members = key, list
					})
				}
			}
		}
		l.Matrix = m
	}
	for _, g := range s.groups {
		for _, p := range g {
			if p.Generated && p.Kind != content.Home && p.Kind != content.Section {
				p.Translations = nil
				for _, q := range g {
					if q != p {
						p.Translations = append(p.Translations, q)
					}
				}
			}
		}
	}
}

// generated adds a page with no source file to language l.
func (s *Site) generated(l *Lang, k content.Kind, group, path string, fill func(*Page)) *Page {
	p := &Page{Page: &content.Page{Kind: k, Lang: l.Code, ID: group}, Site: s, Lang: l, Generated: true}
	if fill != nil {
		fill(p)
	}
	s.add(p)
	p.URL = l.Prefix + path
	p.group = group
	s.groups[group] = append(s.groups[group], p)
	return p
}

// Items are the pages of kind k that language l lists: its section of
// that kind, with the pages not translated into l yet.
func (l *Lang) Items(k content.Kind) []*Page {
	for _, sec := range l.Sections {
		if sec.Kind == k {
			return sec.Items
		}
	}
	return nil
}

// Foreign are the pages of other languages that l's lists show, in
// section order: those not translated into l yet (Section.Items), each
// once.
func (l *Lang) Foreign() []*Page {
	var out []*Page
	for _, sec := range l.Sections {
		for _, p := range sec.Items {
			if p.Lang != l {
				out = append(out, p)
			}
		}
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
