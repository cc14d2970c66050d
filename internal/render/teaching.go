package render

import (
	"html/template"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// fieldDoc is one Markdown field of a page (a case's need, results ...),
// rendered like the body.
type fieldDoc struct {
	name string
	doc  *markdown.Doc
	html string // doc.HTML with its ids and links to them under the section's id
}

// Teaching is one teaching field of a case as its page shows it: a section
// with a heading in the reader's language.
type Teaching struct {
	Name  string // the field: "need", "results" ...
	ID    string // the section's id on the case page: "_need"
	Label string // its heading, the interface string "case.<name>"
	HTML  template.HTML
}

// TeachingText is one teaching field of a case as search reads it: the
// section's id on the page, its heading and its plain text.
type TeachingText struct {
	ID    string // "_need"
	Label string // the heading, in the reader's language
	Text  string // the field's headings and text, in order
}

// markdownFields are the fields written in Markdown of each kind of page,
// in the order of the field table: made once, when the Renderer is.
func markdownFields(taxonomies []string) map[content.Kind][]content.Field {
	out := map[content.Kind][]content.Field{}
	for _, f := range content.Fields(taxonomies) {
		if f.Type != content.Markdown {
			continue
		}
		for k := range f.Kinds {
			out[k] = append(out[k], f)
		}
	}
	return out
}

// renderFields renders the Markdown fields that page p gives, with the
// body's options: its links resolved by resolve, its headings' ids (and
// the links to them) under the section's id so that they are unique on
// the page.
func (r *Renderer) renderFields(p *site.Page, in markdown.Input) ([]fieldDoc, error) {
	var out []fieldDoc
	for _, f := range r.mdFields[p.Kind] {
		v := p.Text(f.Name)
		if strings.TrimSpace(v) == "" {
			continue
		}
		// Written as a YAML block (|), as the README asks: the text starts
		// on the line below the key. (A value on the key's own line is
		// placed one line low.)
		in.Src, in.FirstLine = []byte(v), p.Line(f.Name)+1
		doc, err := r.md.Render(in)
		if err != nil {
			return nil, err
		}
		out = append(out, fieldDoc{name: f.Name, doc: doc, html: printLinks(doc.HTML, teachingID(f.Name), nil)})
	}
	return out, nil
}

func teachingID(field string) string { return layoutPrefix + field }

// Teaching is the teaching sections of page p, labelled in the language
// of readers of l (which may not be p's: a case not translated yet).
func (r *Renderer) Teaching(p *site.Page, l *site.Lang) []Teaching {
	var out []Teaching
	for _, fd := range r.fields[p] {
		out = append(out, Teaching{Name: fd.name, ID: teachingID(fd.name), Label: r.teachingLabel(fd.name, l), HTML: template.HTML(fd.html)})
	}
	return out
}

// TeachingText is the plain text of page p's teaching sections, for
// search, labelled in the language of readers of l.
func (r *Renderer) TeachingText(p *site.Page, l *site.Lang) []TeachingText {
	var out []TeachingText
	for _, fd := range r.fields[p] {
		var text []string
		for _, s := range fd.doc.Sections {
			if s.Heading != "" {
				text = append(text, s.Heading)
			}
			if s.Text != "" {
				text = append(text, s.Text)
			}
		}
		out = append(out, TeachingText{ID: teachingID(fd.name), Label: r.teachingLabel(fd.name, l), Text: strings.Join(text, " ")})
	}
	return out
}

// teachingLabel is the name of a case's teaching field in l, wherever a
// page names one: its section's heading, its search text, the case's list
// of what was not reported.
func (r *Renderer) teachingLabel(field string, l *site.Lang) string {
	return r.strings.T(l.Code, "case."+field)
}

// Written is what page p's editor wrote in Markdown, for the editor's
// checks: the body's Doc with the images and the raw HTML left out of its
// Markdown fields too (their lines are the file's), or nil before Markdown
// ran.
func (r *Renderer) Written(p *site.Page) *markdown.Doc {
	d := r.docs[p]
	if d == nil || len(r.fields[p]) == 0 {
		return d
	}
	all := *d
	for _, fd := range r.fields[p] {
		all.Images = append(all.Images[:len(all.Images):len(all.Images)], fd.doc.Images...)
		all.RawHTML = append(all.RawHTML[:len(all.RawHTML):len(all.RawHTML)], fd.doc.RawHTML...)
	}
	return &all
}
