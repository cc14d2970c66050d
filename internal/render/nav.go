package render

import (
	"bytes"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
)

// NavItem is one entry of the chapter list: a page as lists show it, and
// whether it is the page that shows the list.
type NavItem struct {
	Item
	Current bool
}

// ChapterNav is the list beside the text of chapters and worksheets: the
// chapters in handbook order (weight, then title), then the worksheets,
// each list its entries as the layout's "chapternav-item" renders them.
type ChapterNav struct {
	Chapters, Worksheets template.HTML
	ChaptersTitle        string // the headings of the two lists
	WorksheetsTitle      string
}

// ChapterNav is the chapter list of a chapter or worksheet page, in the
// page's language (chapters not translated yet in another's); nil on
// pages of other kinds.
//
// Every chapter and worksheet page of a language shows the same lists but
// for the entry of the page itself, so the lists are rendered once per
// language (navLists) and each page renders only its own entry again, as
// the current one.
func (v *View) ChapterNav() (*ChapterNav, error) {
	if v.Page.Kind != content.Guideline && v.Page.Kind != content.Tool {
		return nil, nil
	}
	l, err := v.r.navs[v.Lang].get(v)
	if err != nil {
		return nil, err
	}
	nav := &ChapterNav{ChaptersTitle: l.chaptersTitle, WorksheetsTitle: l.worksheetsTitle}
	if nav.Chapters, err = l.chapters.with(v); err != nil {
		return nil, err
	}
	if nav.Worksheets, err = l.worksheets.with(v); err != nil {
		return nil, err
	}
	return nav, nil
}

// navLists are one language's chapter and worksheet lists, made once for
// all its pages by the first of them that asks.
type navLists struct {
	once                           sync.Once
	err                            error
	chaptersTitle, worksheetsTitle string
	chapters, worksheets           navList
}

// navList is one list of the chapter nav: its entries' HTML as a page that
// is none of them shows it, and where each entry's HTML is.
type navList struct {
	html string
	at   map[*site.Page][2]int
}

// newNavs prepares an empty entry per language, filled on first use.
func newNavs(s *site.Site) map[*site.Lang]*navLists {
	out := make(map[*site.Lang]*navLists, len(s.Langs))
	for _, l := range s.Langs {
		out[l] = &navLists{}
	}
	return out
}

// get renders the lists of v's language once: what they hold depends on
// the language alone, not on the page v shows.
func (n *navLists) get(v *View) (*navLists, error) {
	n.once.Do(func() {
		for _, s := range v.Lang.Sections {
			var list *navList
			switch s.Kind {
			case content.Guideline:
				list, n.chaptersTitle = &n.chapters, v.T("section."+s.Dir)
			case content.Tool:
				list, n.worksheetsTitle = &n.worksheets, v.T("section."+s.Dir)
			default:
				continue
			}
			if n.err = list.add(v, s.Items); n.err != nil {
				return
			}
		}
	})
	return n, n.err
}

// add appends the entries of pages to the list.
func (l *navList) add(v *View, pages []*site.Page) error {
	var buf bytes.Buffer
	buf.WriteString(l.html)
	if l.at == nil {
		l.at = make(map[*site.Page][2]int, len(pages))
	}
	for _, p := range pages {
		start := buf.Len()
		if err := v.navItem(&buf, NavItem{Item: v.Item(p)}); err != nil {
			return err
		}
		l.at[p] = [2]int{start, buf.Len()}
	}
	l.html = buf.String()
	return nil
}

// with is the list as v's page shows it: its own entry, if it has one,
// marked as the current page.
func (l *navList) with(v *View) (template.HTML, error) {
	at, ok := l.at[v.Page]
	if !ok {
		return template.HTML(l.html), nil
	}
	var b strings.Builder    // String gives its bytes, not a copy
	b.Grow(len(l.html) + 64) // the current entry adds aria-current
	b.WriteString(l.html[:at[0]])
	if err := v.navItem(&b, NavItem{Item: v.Item(v.Page), Current: true}); err != nil {
		return "", err
	}
	b.WriteString(l.html[at[1]:])
	return template.HTML(b.String()), nil
}

// navItem renders one entry of the chapter nav through the layouts.
func (v *View) navItem(buf io.Writer, it NavItem) error {
	return v.r.tmpl[v.Page.Kind].ExecuteTemplate(buf, "chapternav-item", it)
}
