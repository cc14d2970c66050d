// Package render turns the site model into HTML: each page's Markdown
// through package markdown (with its links resolved and checked), then the
// page through its html/template layout.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"sync"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/geo"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/site"
)

// Renderer renders one site.
type Renderer struct {
	site     *site.Site
	md       *markdown.Renderer
	tmpl     map[content.Kind]*template.Template
	strings  *i18n.Bundle
	terms    terms
	docs     map[*site.Page]*markdown.Doc
	fields   map[*site.Page][]fieldDoc        // a case's teaching fields, rendered
	mdFields map[content.Kind][]content.Field // the Markdown fields of each kind
	memo     Memo
	printed  map[*site.Page]*printed // kept print bodies, with a memo
	sections bool
	offline  bool
	indexed  bool                       // the search pages wait for the index (SearchPages)
	atlas    func() (*geo.Atlas, error) // the map's boundaries, decoded once
	icon     func() template.URL        // the site's icon as a data: URI, made once
	navs     map[*site.Lang]*navLists   // the chapter lists, rendered once per language
	footers  map[*site.Lang]*footer     // the site footers, rendered once per language
	headers  headers                    // the site headers, rendered once per language and kind
	sizes    pageSizes
	styles   inlineStyles // the stylesheets pages carry inline, read once
}

// WithSections makes Markdown keep each page's text by heading, for search.
func (r *Renderer) WithSections() { r.sections = true }

// WithOffline makes every page register the service worker that the
// build writes (package offline).
func (r *Renderer) WithOffline() { r.offline = true }

// UseMemo makes Markdown and Pages reuse the rendered Markdown and the
// pages' HTML that m still holds from a previous build (for the live
// preview), and keep what they make in m.
func (r *Renderer) UseMemo(m Memo) { r.memo = m }

// New prepares the templates found in layouts.
func New(s *site.Site, layouts fs.FS, strings *i18n.Bundle) (*Renderer, error) {
	t, err := parseTemplates(layouts)
	if err != nil {
		return nil, err
	}
	reserved, err := reservedIDs(layouts)
	if err != nil {
		return nil, err
	}
	return &Renderer{
		site:     s,
		md:       markdown.New(markdown.Options{UnsafeHTML: s.Config.Markdown.UnsafeHTML, Reserved: reserved}),
		tmpl:     t,
		strings:  strings,
		terms:    terms{vocab: s.Vocab, fallback: s.Config.DefaultLanguage},
		atlas:    sync.OnceValues(geo.Load),
		mdFields: markdownFields(s.Config.Taxonomies),
		icon:     readIcon(s.Static, s.Config.URL(iconFile)),
		navs:     newNavs(s),
		footers:  newFooters(s),
		headers:  newHeaders(s),
	}, nil
}

// Markdown renders the body of every page and checks every link, including
// links to headings of other pages. It reports all broken links at once.
func (r *Renderer) Markdown() error {
	pages := r.site.Pages
	docs := make([]*markdown.Doc, len(pages))
	anchors := make([][]site.Anchor, len(pages))
	errs := make([]diag.List, len(pages))
	prints := make([]*printed, len(pages))
	fields := make([][]fieldDoc, len(pages))
	byFile := r.byFileLang()
	parallel.For(len(pages), func(i int) {
		p := pages[i]
		if p.Generated {
			docs[i] = &markdown.Doc{}
			return
		}
		if r.memo != nil {
			if hit, ok := r.memo.Get(p); ok {
				docs[i], anchors[i], prints[i], fields[i] = hit.doc, hit.targets(byFile), hit.print, hit.fields
				for _, pr := range hit.problems() {
					errs[i].Addf(p.File, pr.Line, "%v", pr.Err)
				}
				return
			}
		}
		var found []site.Anchor
		resolve := func(dest string, line int) (string, error) {
			out, a, err := r.site.ResolveLink(p, dest)
			if a != nil {
				a.Line = line
				found = append(found, *a)
			}
			return out, err
		}
		in := markdown.Input{Src: p.Body, Lang: p.Lang.Code, FirstLine: p.BodyLine, Resolve: resolve, ToLatin: p.ToLatin, Sections: r.sections}
		doc, err := r.md.Render(in)
		if err != nil {
			errs[i].Addf(p.File, 0, "cannot render Markdown: %v", err)
			return
		}
		fds, err := r.renderFields(p, in)
		if err != nil {
			errs[i].Addf(p.File, 0, "cannot render Markdown: %v", err)
			return
		}
		kept := rendered(doc, found, fds)
		for _, pr := range kept.problems() {
			errs[i].Addf(p.File, pr.Line, "%v", pr.Err)
		}
		docs[i], anchors[i], fields[i] = doc, found, fds
		if r.memo != nil {
			prints[i] = kept.print
			r.memo.Put(p, kept)
		}
	})
	r.docs = make(map[*site.Page]*markdown.Doc, len(pages))
	r.printed = make(map[*site.Page]*printed, len(pages))
	r.fields = make(map[*site.Page][]fieldDoc)
	for i, p := range pages {
		r.docs[p] = docs[i]
		r.printed[p] = prints[i]
		if fields[i] != nil {
			r.fields[p] = fields[i]
		}
	}
	var all diag.List
	for i, p := range pages {
		all.Merge(errs[i])
		for _, a := range anchors[i] {
			if !r.hasAnchor(a.Target, a.ID) {
				all.Addf(p.File, a.Line, "link to a missing heading #%s in %s; its headings are: %s", a.ID, a.Target.File, r.headingIDs(a.Target))
			}
		}
	}
	return all.Err()
}

// Doc is the rendered Markdown of page p (after Markdown ran).
func (r *Renderer) Doc(p *site.Page) *markdown.Doc { return r.docs[p] }

// TermLabel is the label of a taxonomy term for readers of l.
func (r *Renderer) TermLabel(tax, id string, l *site.Lang) string { return r.terms.label(tax, id, l) }

// Title is page p's title as its own language shows it; generated pages
// take theirs from the strings and the vocabularies.
func (r *Renderer) Title(p *site.Page) string { return r.view(p).Title() }

// T is the interface string key in language l.
func (r *Renderer) T(l *site.Lang, key string) string { return r.strings.T(l.Code, key) }

// TermDescription is the description of a taxonomy term for readers of l.
func (r *Renderer) TermDescription(tax, id string, l *site.Lang) string {
	return r.terms.description(tax, id, l)
}

// Pages executes the layout of every page and writes it to w (the
// search pages aside, with WithSearchIndex). When w and the memo keep
// nothing, each page's buffer is reused for a later page (on 10,000
// pages, 430 MB less to allocate and collect).
func (r *Renderer) Pages(w output.Writer) error {
	pages := r.site.Pages
	errs := make([]error, len(pages))
	reuse := r.memo == nil && output.Reusable(w)
	var bufs sync.Pool
	parallel.For(len(pages), func(i int) {
		p := pages[i]
		if r.indexed && p.Kind == content.Search {
			return
		}
		if r.memo != nil {
			if html, ok := r.memo.Page(p); ok {
				errs[i] = w.Write(p.Output(), html)
				return
			}
		}
		v := r.view(p)
		buf, _ := bufs.Get().(*bytes.Buffer)
		if buf == nil {
			buf = new(bytes.Buffer)
		}
		buf.Reset()
		buf.Grow(r.sizes.hint(p.Kind))
		if err := r.execute(buf, v); err != nil {
			errs[i] = err
			return
		}
		if r.memo != nil {
			r.memo.PutPage(p, buf.Bytes(), v.others)
		}
		r.sizes.saw(p.Kind, buf.Len())
		errs[i] = w.Write(p.Output(), buf.Bytes())
		if reuse {
			bufs.Put(buf)
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// execute runs the layout of v's page into buf; an error names the page
// and its layout.
func (r *Renderer) execute(buf *bytes.Buffer, v *View) error {
	p := v.Page
	if err := r.tmpl[p.Kind].ExecuteTemplate(buf, "base.html", v); err != nil {
		return fmt.Errorf("%s: layout %s.html: %w", describe(p), p.Kind, err)
	}
	return nil
}

func describe(p *site.Page) string {
	if p.Generated {
		return "/" + p.URL
	}
	return p.File
}
