package render

import (
	"html/template"
	"regexp"
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

var (
	idAttr   = regexp.MustCompile(`\sid="([^"]*)"`)
	hrefAttr = regexp.MustCompile(`\shref="([^"]*)"`)
)

// PrintSections are the handbook's chapters in order and then its toolbox,
// as the page's language lists them, each body with its anchors made unique
// and its links to other chapters and worksheets turned into links within
// the printed page.
func (v *View) PrintSections() []PrintSection {
	var pages []*site.Page
	for _, k := range []content.Kind{content.Guideline, content.Tool} {
		for _, sec := range v.Lang.Sections {
			if sec.Kind == k {
				pages = append(pages, sec.Items...)
			}
		}
	}
	anchor := map[string]string{} // page URL as linked → its section's anchor
	for _, p := range pages {
		anchor[v.URL(p)] = sectionID(p)
	}
	var out []PrintSection
	for _, p := range pages {
		own := sectionID(p)
		body := ""
		if d := v.r.docs[p]; d != nil {
			body = string(d.HTML)
		}
		body = idAttr.ReplaceAllStringFunc(body, func(m string) string {
			id := idAttr.FindStringSubmatch(m)[1]
			return ` id="` + own + "--" + id + `"`
		})
		body = hrefAttr.ReplaceAllStringFunc(body, func(m string) string {
			href := hrefAttr.FindStringSubmatch(m)[1]
			target, frag, _ := strings.Cut(href, "#")
			switch {
			case target == "" && frag != "":
				return ` href="#` + own + "--" + frag + `"`
			case anchor[target] != "" && frag != "":
				return ` href="#` + anchor[target] + "--" + frag + `"`
			case anchor[target] != "":
				return ` href="#` + anchor[target] + `"`
			}
			return m
		})
		ps := PrintSection{ID: own, Title: v.TitleOf(p), Summary: p.Summary, Tool: p.Kind == content.Tool, HTML: template.HTML(body)}
		if p.Lang != v.Lang {
			ps.Lang = p.Lang.Code
		}
		out = append(out, ps)
	}
	return out
}

func sectionID(p *site.Page) string {
	if p.Kind == content.Tool {
		return "tool-" + p.ID
	}
	return "ch-" + p.ID
}
