package render

import (
	"sync"

	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// Memo keeps pages' rendered Markdown between builds of a live preview.
// Its owner decides when an entry may be reused: Get must find nothing
// once anything the page's Markdown is rendered from changed (its source,
// the configuration, the URL of any page it may link to), and Page nothing
// once anything its HTML is made from changed.
//
// A page's HTML is kept too. It is made from the site's model, the layouts
// and strings, and page bodies: its own, and, when others is true, those
// of the pages it shows (the print edition). A layout reaches other pages'
// bodies only through View, which tells.
type Memo interface {
	Get(p *site.Page) (Rendered, bool)
	Put(p *site.Page, r Rendered)
	Page(p *site.Page) (html []byte, ok bool)
	PutPage(p *site.Page, html []byte, others bool)
}

// Rendered is one page's rendered Markdown, valid across builds: the links
// to headings it holds name their target by file, to be found again in
// the site of a later build and checked against its headings.
type Rendered struct {
	doc     *markdown.Doc
	anchors []anchorRef
	print   *printed // the body as the print edition shows it
	fields  []fieldDoc
}

// problems are the broken links of the body and of the Markdown fields.
func (d Rendered) problems() []markdown.Problem {
	out := d.doc.Problems
	for _, f := range d.fields {
		out = append(out[:len(out):len(out)], f.doc.Problems...)
	}
	return out
}

// printed is a page's body as the print edition last showed it: printLinks
// of its HTML with the arguments that key names.
type printed struct {
	mu   sync.Mutex
	key  string
	html string
}

// anchorRef is an Anchor with its target by file and language.
type anchorRef struct {
	file, lang, id string
	line           int
}

func rendered(doc *markdown.Doc, anchors []site.Anchor, fields []fieldDoc) Rendered {
	refs := make([]anchorRef, len(anchors))
	for i, a := range anchors {
		refs[i] = anchorRef{file: a.Target.File, lang: a.Target.Lang.Code, id: a.ID, line: a.Line}
	}
	return Rendered{doc, refs, &printed{}, fields}
}

// targets finds the anchors' target pages in the current site.
func (d Rendered) targets(pages map[[2]string]*site.Page) []site.Anchor {
	var out []site.Anchor
	for _, a := range d.anchors {
		if p := pages[[2]string{a.file, a.lang}]; p != nil {
			out = append(out, site.Anchor{Target: p, ID: a.id, Line: a.line})
		}
	}
	return out
}

// byFileLang indexes the site's pages by source file and language.
func (r *Renderer) byFileLang() map[[2]string]*site.Page {
	if r.memo == nil {
		return nil
	}
	m := make(map[[2]string]*site.Page, len(r.site.Pages))
	for _, p := range r.site.Pages {
		if p.File != "" {
			m[[2]string{p.File, p.Lang.Code}] = p
		}
	}
	return m
}
