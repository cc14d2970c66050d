package render

import (
	"html/template"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// PrintSection is one chapter or worksheet of the printed handbook.
type PrintSection struct {
	ID      string // the section's anchor: "ch-<id>" or "tool-<id>"
	Title   string
	Summary string
	Lang    string // set when the section is in another language than the edition
	Tool    bool
	HTML    template.HTML
}

// PrintSections are the handbook's chapters in order and then its toolbox,
// as the page's language lists them, each body with its anchors made unique
// and its links to other chapters and worksheets turned into links within
// the printed page.
func (v *View) PrintSections() []PrintSection {
	v.others = true
	var pages []*site.Page
	for _, k := range []content.Kind{content.Guideline, content.Tool} {
		for _, sec := range v.Lang.Sections {
			if sec.Kind == k {
				pages = append(pages, sec.Items...)
			}
		}
	}
	anchor := map[string]string{} // page URL as linked → its section's anchor
	var key strings.Builder       // the same, for the print bodies kept
	for _, p := range pages {
		anchor[v.URL(p)] = sectionID(p)
		key.WriteString(v.URL(p) + "\x00" + sectionID(p) + "\x00")
	}
	var out []PrintSection
	for _, p := range pages {
		own := sectionID(p)
		body := v.r.printBody(p, own, anchor, key.String())
		ps := PrintSection{ID: own, Title: v.TitleOf(p), Summary: p.Summary, Tool: p.Kind == content.Tool, HTML: template.HTML(body)}
		if p.Lang != v.Lang {
			ps.Lang = p.Lang.Code
		}
		out = append(out, ps)
	}
	return out
}

// printBody is printLinks of page p's body, kept with its rendered
// Markdown while own and the anchors (named by key) stay the same.
func (r *Renderer) printBody(p *site.Page, own string, anchor map[string]string, key string) string {
	d := r.docs[p]
	if d == nil {
		return printLinks("", own, anchor)
	}
	c := r.printed[p]
	if c == nil {
		return printLinks(d.HTML, own, anchor)
	}
	key = own + "\x00" + key
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.key != key {
		c.key, c.html = key, printLinks(d.HTML, own, anchor)
	}
	return c.html
}

func sectionID(p *site.Page) string {
	if p.Kind == content.Tool {
		return "tool-" + p.ID
	}
	return "ch-" + p.ID
}

// printLinks makes the anchors of one section's HTML unique (prefixed with
// own) and turns its links to chapters and worksheets of the edition
// (anchor: page URL → section anchor) into links within the page. It scans
// the HTML that goldmark wrote, whose attributes are always double-quoted.
func printLinks(body, own string, anchor map[string]string) string {
	var b strings.Builder
	b.Grow(len(body) + len(body)/16)
	for {
		i, name := nextAttr(body)
		if i < 0 {
			b.WriteString(body)
			return b.String()
		}
		start := i + len(name)
		end := strings.IndexByte(body[start:], '"')
		if end < 0 {
			b.WriteString(body)
			return b.String()
		}
		value := body[start : start+end]
		b.WriteString(body[:i])
		b.WriteString(name)
		if name == ` id="` {
			b.WriteString(subID(own, value))
		} else {
			target, frag, _ := strings.Cut(value, "#")
			switch {
			case target == "" && frag != "":
				b.WriteString("#" + subID(own, frag))
			case anchor[target] != "" && frag != "":
				b.WriteString("#" + subID(anchor[target], frag))
			case anchor[target] != "":
				b.WriteString("#" + anchor[target])
			default:
				b.WriteString(value)
			}
		}
		b.WriteByte('"')
		body = body[start+end+1:]
	}
}

// nextAttr finds the next id or href attribute in HTML.
func nextAttr(html string) (int, string) {
	id, href := strings.Index(html, ` id="`), strings.Index(html, ` href="`)
	switch {
	case id < 0 && href < 0:
		return -1, ""
	case href < 0 || (id >= 0 && id < href):
		return id, ` id="`
	}
	return href, ` href="`
}
