package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// header is the site header of one language's pages of one kind, as the
// layout's "header" renders it, rendered once: its HTML, and where each
// of its parts (View.Part) goes, which every page renders for itself.
type header struct {
	page  *site.Page // the page whose view renders it: the first of its kind
	once  sync.Once
	html  string
	parts []headerPart
	err   error
}

// headerPart is where a part of the header goes, and its template.
type headerPart struct {
	at   int
	name string
}

// headers are the site headers by language and kind of page.
type headers map[*site.Lang]map[content.Kind]*header

// newHeaders prepares an empty header for each language and kind of page
// of s, rendered on first use with the view of its first page (in the
// site's order), so that the bytes are the same on every build.
func newHeaders(s *site.Site) headers {
	out := make(headers, len(s.Langs))
	for _, l := range s.Langs {
		out[l] = map[content.Kind]*header{}
	}
	for _, p := range s.Pages {
		if byKind := out[p.Lang]; byKind != nil && byKind[p.Kind] == nil {
			byKind[p.Kind] = &header{page: p}
		}
	}
	return out
}

// Header is the site header of the page, as the layout's "header"
// renders it. Outside its parts it depends on the language and the kind
// of page alone (layouts/partials/header.html), so a page renders only
// its parts (the language menu, the script switch, the main menu) into
// the rest, rendered once: on 10,000 pages, a fifth of the layouts' work.
func (v *View) Header() (template.HTML, error) {
	h := v.r.headers[v.Lang][v.Page.Kind]
	if h == nil { // a page the site did not list: no shared header
		return v.Part("header")
	}
	h.once.Do(func() { h.html, h.parts, h.err = v.r.recordHeader(h.page) })
	if h.err != nil {
		return "", h.err
	}
	var b strings.Builder // String gives its bytes, not a copy
	b.Grow(len(h.html) + 2048)
	from := 0
	for _, part := range h.parts {
		b.WriteString(h.html[from:part.at])
		if err := v.r.tmpl[v.Page.Kind].ExecuteTemplate(&b, part.name, v); err != nil {
			return "", err
		}
		from = part.at
	}
	b.WriteString(h.html[from:])
	return template.HTML(b.String()), nil
}

// recordHeader renders the header with the view of page p, its parts
// left out and their places noted.
func (r *Renderer) recordHeader(p *site.Page) (string, []headerPart, error) {
	var buf bytes.Buffer
	v := r.view(p)
	v.recording = &partRecorder{buf: &buf, tmpl: r.tmpl[p.Kind]}
	if err := r.tmpl[p.Kind].ExecuteTemplate(&buf, "header", v); err != nil {
		return "", nil, err
	}
	return buf.String(), v.recording.parts, nil
}

// partRecorder notes where the parts of a header being rendered go.
type partRecorder struct {
	buf   *bytes.Buffer // what the header wrote so far
	tmpl  *template.Template
	parts []headerPart
}

// Part renders the layout's template name with the page's view. While
// the header is rendered once for many pages (Header), it renders
// nothing: it notes the place, and each page renders the part there.
func (v *View) Part(name string) (template.HTML, error) {
	if rec := v.recording; rec != nil {
		if rec.tmpl.Lookup(name) == nil {
			return "", fmt.Errorf("no template %q in the layouts", name)
		}
		// html/template writes as it goes, so what it wrote ends here.
		rec.parts = append(rec.parts, headerPart{at: rec.buf.Len(), name: name})
		return "", nil
	}
	var b strings.Builder
	if err := v.r.tmpl[v.Page.Kind].ExecuteTemplate(&b, name, v); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}
