package render

import (
	"encoding/json"
	"html/template"
	"strconv"
	"strings"

	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/offline"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/site"
)

// View is what a layout sees: the page, its rendered body, and helpers for
// URLs and interface strings. Layouts hold presentation only; anything
// computed lives here or in package site.
type View struct {
	Page     *site.Page
	Lang     *site.Lang
	Site     *site.Site
	Section  *site.Section // on a section page, what it lists
	Content  template.HTML // the rendered Markdown body
	Headings []markdown.Heading
	r        *Renderer
	others   bool // the page showed other pages' bodies
	// searchIndex is, on a search page, the manifest of its language's
	// view of the search index (SearchPages); nil without search.
	searchIndex json.RawMessage
	// recording is set while the site header is rendered once for
	// every page of its language and kind (Header, Part).
	recording *partRecorder
}

func (r *Renderer) view(p *site.Page) *View {
	v := &View{Page: p, Lang: p.Lang, Site: r.site, r: r}
	if d := r.docs[p]; d != nil {
		v.Content = template.HTML(d.HTML)
		v.Headings = d.Headings
	}
	if p.Kind == content.Section {
		for _, s := range p.Lang.Sections {
			if s.Dir == p.Section {
				v.Section = s
			}
		}
	}
	return v
}

// T is the interface string key in the page's language.
func (v *View) T(key string) string { return v.r.strings.T(v.Lang.Code, key) }

// N is the plural interface string key for n in the page's language.
func (v *View) N(key string, n int) string { return v.r.strings.N(v.Lang.Code, key, n) }

// URL is the link to page p from any page of the site.
func (v *View) URL(p *site.Page) string { return v.Site.Config.URL(p.URL) }

// Rel is the link to path below the page's language root ("guidelines/").
func (v *View) Rel(path string) string {
	return v.Site.Config.URL(v.Lang.Prefix + strings.TrimPrefix(path, "/"))
}

// Asset is the link to a file of static/ ("css/base.css").
func (v *View) Asset(path string) string { return v.Site.Config.URL(path) }

// SearchManifest is the link to the manifest of the search index's view
// of the page's language, which its search page reads
// (docs/search-format.md, "Views").
func (v *View) SearchManifest() string {
	return v.Asset(static.Dir + static.ViewManifest(v.Lang.Code))
}

// SearchIndex is the manifest of the search index's view of the page's
// language, which its search page carries (SearchPages), or nil: the
// page then fetches it from SearchManifest.
func (v *View) SearchIndex() json.RawMessage { return v.searchIndex }

// CatalogueCSV and CatalogueJSON are the links to the catalogue's files
// for spreadsheets and other systems (internal/catalogue names them).
func (v *View) CatalogueCSV() string  { return v.Asset(catalogue.CSVFile) }
func (v *View) CatalogueJSON() string { return v.Asset(catalogue.File) }

// ServiceWorker is the link to the site's service worker when the build
// writes one, else "" (the preview).
func (v *View) ServiceWorker() string {
	if !v.r.offline {
		return ""
	}
	return v.Asset(offline.File)
}

// Canonical is the absolute URL of the page when the base URL names a host,
// else its path.
func (v *View) Canonical(p *site.Page) string { return v.Site.Config.AbsURL(p.URL) }

// Title is the page's title; generated pages take theirs from the strings.
func (v *View) Title() string { return v.TitleOf(v.Page) }

// TitleOf is the title of any page as shown in this page's language.
func (v *View) TitleOf(p *site.Page) string {
	switch {
	case p.Title != "":
		return p.Title
	case p.Kind == content.Section:
		return v.r.strings.T(p.Lang.Code, "section."+p.Section)
	case p.Kind == content.Home:
		return p.Lang.Conf.Title
	case p.Kind == content.Taxonomy:
		return v.TaxonomyName(p.Taxonomy)
	case p.Kind == content.Term:
		return v.TermLabel(p.Taxonomy, p.TermID)
	case p.Kind == content.Catalogue:
		return v.T("catalogue.title")
	case p.Kind == content.Map:
		return v.T("map.title")
	case p.Kind == content.Directory:
		return v.T("directory.title." + string(p.Lists))
	case p.Kind == content.Search:
		return v.T("search.title")
	case p.Kind == content.Print:
		return v.T("print.title")
	case p.Kind == content.News:
		return v.T("news.title")
	case p.Kind == content.Compare:
		return v.T("compare.title")
	case p.Kind == content.Bibliography:
		return v.T("sources.title")
	case p.Kind == content.NotFound:
		return v.T("notfound.title")
	case p.Kind == content.Cell:
		return v.TermLabel(site.RowTaxonomy, p.Cell[0]) + " × " + v.TermLabel(site.ColTaxonomy, p.Cell[1])
	}
	return p.ID
}

// Foreign reports whether p is shown here in another language (a page not
// translated yet into this page's language).
func (v *View) Foreign(p *site.Page) bool { return p.Lang != v.Lang }

// MenuItem is one link of the main menu.
type MenuItem struct {
	Label   string
	URL     string
	Current bool
}

// Menu is the main menu of the page's language, from the configuration.
func (v *View) Menu() []MenuItem {
	var out []MenuItem
	for _, m := range v.Site.Config.Menus["main"] {
		u := v.Rel(m.URL)
		out = append(out, MenuItem{Label: v.T(m.Key), URL: u, Current: strings.HasPrefix(v.URL(v.Page), u) && (m.URL != "" || v.Page.Kind == content.Home)})
	}
	return out
}

// LangLink is one entry of the language menu.
type LangLink struct {
	Code    string
	Name    string
	URL     string
	Current bool
	Missing bool // the page is not translated into this language yet
}

// Languages lists every language of the site: the page's version in it, or,
// where there is none, that language's home page marked as missing.
func (v *View) Languages() []LangLink {
	var out []LangLink
	for _, l := range v.Site.Langs {
		ll := LangLink{Code: l.Code, Name: l.Conf.Name, Current: l == v.Lang}
		switch {
		case l == v.Lang:
			ll.URL = v.URL(v.Page)
		case v.translation(l) != nil:
			ll.URL = v.URL(v.translation(l))
		default:
			ll.URL, ll.Missing = v.URL(l.Home), true
		}
		out = append(out, ll)
	}
	return out
}

// ScriptSwitch lists the page in each script of its language (Serbian:
// Cyrillic and Latin), when the language is written in two; else nil.
// Each entry is named by its script, in that script ("Ћирилица",
// "Latinica"): the language's name is the language menu's.
func (v *View) ScriptSwitch() []LangLink {
	var out []LangLink
	for i, ll := range v.Languages() {
		if l := v.Site.Langs[i]; l == v.Lang || site.Siblings(l, v.Lang) {
			ll.Name = scriptName(l.Code, ll.Name)
			out = append(out, ll)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// Translations are the page's versions in other languages, for hreflang.
func (v *View) Translations() []*site.Page {
	var out []*site.Page
	for _, l := range v.Site.Langs {
		if t := v.translation(l); t != nil && l != v.Lang {
			out = append(out, t)
		}
	}
	return out
}

func (v *View) translation(l *site.Lang) *site.Page {
	for _, t := range v.Page.Translations {
		if t.Lang == l {
			return t
		}
	}
	return nil
}

// TermLabels is the comma-separated labels of a taxonomy field of page p.
func (v *View) TermLabels(p *site.Page, field string) string {
	var labels []string
	for _, id := range p.Terms[field] {
		labels = append(labels, v.TermLabel(field, id))
	}
	return strings.Join(labels, ", ")
}

// Item is a link to a page as lists show it.
type Item struct {
	Page     *site.Page
	URL      string
	Title    string
	Summary  string
	Lang     string
	LangName string
	Foreign  bool // in another language than the page that lists it
}

// Item describes page p for a list on this page.
func (v *View) Item(p *site.Page) Item {
	return Item{Page: p, URL: v.URL(p), Title: v.TitleOf(p), Summary: p.Summary,
		Lang: p.Lang.Code, LangName: p.Lang.Conf.Name, Foreign: v.Foreign(p)}
}

// Items describes pages for a list on this page.
func (v *View) Items(pages []*site.Page) []Item {
	out := make([]Item, len(pages))
	for i, p := range pages {
		out[i] = v.Item(p)
	}
	return out
}

// Contents are the second-level headings of the page, for its table of contents.
func (v *View) Contents() []markdown.Heading {
	var out []markdown.Heading
	for _, h := range v.Headings {
		if h.Level == 2 {
			out = append(out, h)
		}
	}
	return out
}

// Years is a case's time for readers of the page's language: "2011", or
// its start and end dates in the locale's format.
func (v *View) Years(p *site.Page) string {
	start, end := i18n.Date(v.Lang.Code, p.Start), i18n.Date(v.Lang.Code, p.End)
	switch {
	case p.Year != 0:
		return strconv.Itoa(p.Year)
	case start != "" && end != "":
		return start + " – " + end
	case start != "":
		return start + " –"
	}
	return end
}

// Strings returns interface strings for the browser: each key's text, or
// for a plural string its forms by CLDR category ("one", "few", ...), to be
// chosen with Intl.PluralRules. Layouts embed it as JSON.
func (v *View) Strings(keys ...string) map[string]any {
	out := map[string]any{}
	for _, k := range keys {
		if forms := v.r.strings.Forms(v.Lang.Code, k); forms != nil {
			out[k] = forms
		} else {
			out[k] = v.T(k)
		}
	}
	return out
}

// StringsAndTaxonomies is Strings of keys and of "taxonomy.<name>" for
// every taxonomy of the site (the search page's legend of each filter,
// whatever taxonomies site.yaml declares), with "term.<name>.<id>" for
// each of their terms: its label in the page's language (a filter's
// value), so that the search index carries no label of any language.
func (v *View) StringsAndTaxonomies(keys ...string) map[string]any {
	for _, t := range v.Site.Config.Taxonomies {
		keys = append(keys, "taxonomy."+t)
	}
	out := v.Strings(keys...)
	for _, t := range v.Site.Config.Taxonomies {
		if voc := v.Site.Vocab[t]; voc != nil {
			for _, term := range voc.Terms {
				out["term."+t+"."+term.ID] = v.TermLabel(t, term.ID)
			}
		}
	}
	return out
}

// OGType is the Open Graph type of the page: an article for content pages,
// a website for the rest.
func (v *View) OGType() string {
	switch v.Page.Kind {
	case content.Guideline, content.Case, content.Partner, content.Tool, content.Plain:
		return "article"
	}
	return "website"
}

// Locale is the page's language as Open Graph writes it: "sr_Latn", "sl".
func (v *View) Locale() string { return strings.ReplaceAll(v.Lang.Code, "-", "_") }
