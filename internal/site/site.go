// Package site assembles loaded pages into the site: languages, sections,
// URLs, translations, order, and the references between pages, which it
// checks. It also resolves the links written in pages to page URLs.
package site

import (
	"io/fs"
	"sort"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// Site is the whole site model.
type Site struct {
	Config *config.Config
	Vocab  taxonomy.Set // vocabularies of the taxonomies
	// Sources is the bibliography that pages cite by id.
	Sources *sources.List
	// NotFound is the one 404 page (GitHub Pages serves /404.html for any
	// missing path); it speaks every language.
	NotFound *Page
	Langs    []*Lang // in configuration order
	Pages    []*Page // every page of every language, stable order
	// Static is the files of static/ (the site's over the theme's) that a
	// link written as a path from the site root ("/img/logo.png") may name;
	// nil leaves such links unchecked.
	Static   fs.FS
	byFile   map[string]*Page
	byOutput map[string]*Page   // output path → page (checkURLs fills it)
	groups   map[string][]*Page // translation group → its pages, in configuration order
}

// Lang is the part of the site in one language.
type Lang struct {
	Conf     *config.Language
	Code     string
	Prefix   string // "" or "sl/"
	Default  bool
	Home     *Page
	Sections []*Section
	Pages    []*Page // the pages written in this language, generated ones included
	byID     map[content.Kind]map[string]*Page

	TaxonomyIndex map[string]*Page            // taxonomy → its index page
	Terms         map[string]map[string]*Page // taxonomy → term id → term page (terms with pages only)
	Catalogue     *Page                       // the catalogue page, when the site has both matrix taxonomies
	Map           *Page                       // the map of the cases' countries, when the site has the country taxonomy
	Search        *Page                       // the search page
	Print         *Page                       // the printable handbook
	News          *Page                       // what's new
	Compare       *Page                       // cases side by side
	Bibliography  *Page                       // every source, with the pages that draw on it
	Directory     map[content.Kind]*Page      // case, partner → the page listing them all with filters
	Matrix        *Matrix
}

// Section is a list page and what it lists.
type Section struct {
	Dir   string
	Kind  content.Kind
	Index *Page
	// Items holds one entry per translation group of the section: the page
	// in this language, or, while it is not translated, another language's.
	Items []*Page
}

// Page is a page of the site, from a file or generated.
type Page struct {
	*content.Page
	Site *Site
	Lang *Lang
	URL  string // path below the base path, with trailing slash: "", "sl/cases/x/"
	// Translations are the versions of this page in other languages, in
	// configuration order.
	Translations []*Page
	Generated    bool // no source file: a default home or section page
	Prev, Next   *Page
	Refs         Refs
	Related      []*Page // for a case: the most related cases, best first
	// ToLatin is set on a page published in Latin from another language's
	// Cyrillic page (sr-Latn from sr): the language of the source text.
	ToLatin string

	// Pages generated from the taxonomies.
	Taxonomy string       // the taxonomy of a taxonomy index or term page
	TermID   string       // the term of a term page
	Cell     [2]string    // a catalogue cell: partnership type and sector term ids
	Members  []*Page      // what a term or cell page lists
	Lists    content.Kind // what a directory page lists: content.Case or content.Partner
	group    string
}

// New assembles the site and checks references between pages.
func New(cfg *config.Config, vocab taxonomy.Set, bib *sources.List, pages []*content.Page) (*Site, error) {
	s := &Site{Config: cfg, Vocab: vocab, Sources: bib, byFile: map[string]*Page{}}
	var errs diag.List
	langs := map[string]*Lang{}
	for i := range cfg.Languages {
		c := &cfg.Languages[i]
		l := &Lang{Conf: c, Code: c.Code, Prefix: cfg.Prefix(c.Code), Default: strings.EqualFold(c.Code, cfg.DefaultLanguage), byID: map[content.Kind]map[string]*Page{}}
		s.Langs = append(s.Langs, l)
		langs[c.Code] = l
	}
	for _, cp := range pages {
		l := langs[cp.Lang]
		p := &Page{Page: cp, Site: s, Lang: l}
		s.add(p)
	}
	s.deriveTransliterated()
	for _, l := range s.Langs {
		s.generate(l)
	}
	s.linkTranslations()
	for _, l := range s.Langs {
		s.order(l)
	}
	s.checkTerms(&errs)
	s.generateTaxonomies()
	s.checkURLs(&errs)
	s.checkRefs(&errs)
	s.checkSources(&errs)
	s.relate()
	return s, errs.Err()
}

func (s *Site) add(p *Page) {
	l := p.Lang
	switch p.Kind {
	case content.Home:
		l.Home = p
		p.URL = l.Prefix
	case content.Section:
		p.URL = l.Prefix + p.ID + "/"
	case content.Plain:
		p.URL = l.Prefix + p.ID + "/"
	default:
		p.URL = l.Prefix + p.Section + "/" + p.ID + "/"
	}
	p.group = string(p.Kind) + ":" + p.ID
	if p.TranslationKey != "" {
		p.group = string(p.Kind) + ":key:" + p.TranslationKey
	}
	if l.byID[p.Kind] == nil {
		l.byID[p.Kind] = map[string]*Page{}
	}
	l.byID[p.Kind][p.ID] = p
	l.Pages = append(l.Pages, p)
	s.Pages = append(s.Pages, p)
	if p.File != "" && p.ToLatin == "" {
		s.byFile[p.File] = p
	}
}

// generate adds the home and section pages a language has no file for.
func (s *Site) generate(l *Lang) {
	if l.Home == nil {
		s.add(&Page{Page: &content.Page{Kind: content.Home, Lang: l.Code, Title: l.Conf.Title}, Site: s, Lang: l, Generated: true})
	}
	for _, sec := range content.Sections {
		idx := l.byID[content.Section][sec.Dir]
		if idx == nil {
			idx = &Page{Page: &content.Page{Kind: content.Section, Lang: l.Code, ID: sec.Dir, Section: sec.Dir}, Site: s, Lang: l, Generated: true}
			s.add(idx)
		}
		idx.Section = sec.Dir
		l.Sections = append(l.Sections, &Section{Dir: sec.Dir, Kind: sec.Kind, Index: idx})
	}
}

// checkURLs reports two pages that would be written to the same file, in
// one language or across languages (content/en/sl.md and the Slovenian
// home page are both sl/index.html), and two pages of one language that
// are translations of the same page.
func (s *Site) checkURLs(errs *diag.List) {
	byOutput := map[string]*Page{}
	s.byOutput = byOutput
	for _, l := range s.Langs {
		byGroup := map[string]*Page{}
		for _, p := range l.Pages {
			if q := byOutput[p.Output()]; q != nil {
				if p.Generated {
					p, q = q, p
				}
				errs.Addf(p.File, 0, "page URL /%s is taken by %s; rename one of the files", p.URL, describeFor(p, q))
				continue
			}
			byOutput[p.Output()] = p
			if q := byGroup[p.group]; q != nil && p.TranslationKey != "" {
				errs.Addf(p.File, p.Line("translation_key"), "translation_key %q is also used by %s in the same language", p.TranslationKey, describe(q))
			}
			byGroup[p.group] = p
		}
	}
}

func describe(p *Page) string {
	if p.Generated {
		return "the generated " + string(p.Kind) + " page"
	}
	return p.File
}

// describeFor is describe(q) for a message about page p: a generated page
// of another language says which.
func describeFor(p, q *Page) string {
	if q.Generated && q.Lang != p.Lang {
		return q.Source()
	}
	return describe(q)
}

// Source names what page p is made from, for messages: its file, or
// "the generated search page of language sl".
func (p *Page) Source() string {
	if p.Generated {
		return describe(p) + " of language " + p.Lang.Code
	}
	return p.File
}

// linkTranslations joins pages of one group across languages.
func (s *Site) linkTranslations() {
	s.groups = map[string][]*Page{}
	for _, l := range s.Langs {
		for _, p := range l.Pages {
			s.groups[p.group] = append(s.groups[p.group], p)
		}
	}
	for _, g := range s.groups {
		for _, p := range g {
			for _, q := range g {
				if q != p {
					p.Translations = append(p.Translations, q)
				}
			}
		}
	}
}

// order fills the sections of l, sorted for readers of l, and links
// guideline chapters in handbook order.
func (s *Site) order(l *Lang) {
	col := collate.New(language.Make(l.Code), collate.Loose)
	for _, sec := range l.Sections {
		seen := map[string]bool{}
		for _, p := range l.Pages {
			if p.Kind == sec.Kind {
				sec.Items = append(sec.Items, p)
				seen[p.group] = true
			}
		}
		for _, p := range s.Pages { // not translated yet: another language's version
			if p.Kind == sec.Kind && !seen[p.group] {
				sec.Items = append(sec.Items, s.fallback(p.group, l))
				seen[p.group] = true
			}
		}
		sort.SliceStable(sec.Items, func(i, j int) bool {
			a, b := sec.Items[i], sec.Items[j]
			if a.Weight != b.Weight {
				return a.Weight < b.Weight
			}
			if c := col.CompareString(a.Title, b.Title); c != 0 {
				return c < 0
			}
			return a.File < b.File
		})
		if sec.Kind == content.Guideline {
			var prev *Page
			for _, p := range sec.Items {
				if p.Lang != l {
					continue
				}
				if prev != nil {
					prev.Next, p.Prev = p, prev
				}
				prev = p
			}
		}
	}
}

// fallback is the version of group shown in language l, which lacks it:
// the same language's in its other script, else the default language's,
// else the first in configuration order.
func (s *Site) fallback(group string, l *Lang) *Page { return preferred(s.groups[group], l) }

// ByFile returns the page of a source file ("content/en/cases/x.md").
func (s *Site) ByFile(file string) *Page { return s.byFile[file] }

// Ref finds the page of kind k and id as seen from language l: l's own, or
// else another language's version (the default language first).
func (s *Site) Ref(l *Lang, k content.Kind, id string) *Page {
	if p := l.byID[k][id]; p != nil {
		return p
	}
	var found []*Page
	for _, o := range s.Langs {
		if p := o.byID[k][id]; p != nil {
			found = append(found, p)
		}
	}
	return preferred(found, l)
}

// preferred picks, among versions of one page, the one to show a reader of
// l: l's own, the same language in its other script, the default
// language's, or the first.
func preferred(versions []*Page, l *Lang) *Page {
	if len(versions) == 0 {
		return nil
	}
	for _, rank := range []func(*Page) bool{
		func(p *Page) bool { return p.Lang == l },
		func(p *Page) bool { return Siblings(p.Lang, l) },
		func(p *Page) bool { return p.Lang.Default },
	} {
		for _, p := range versions {
			if rank(p) {
				return p
			}
		}
	}
	return versions[0]
}

// IDs lists the ids of kind k in every language, sorted, for hints.
func (s *Site) IDs(k content.Kind) []string {
	set := map[string]bool{}
	for _, l := range s.Langs {
		for id := range l.byID[k] {
			set[id] = true
		}
	}
	var out []string
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Output is the file a page is written to: "cases/x/index.html", or the
// URL itself when it names a file ("404.html").
func (p *Page) Output() string {
	if strings.HasSuffix(p.URL, ".html") {
		return p.URL
	}
	return p.URL + "index.html"
}

// Dated returns the pages of language l that carry a date (published or
// updated), newest first: what feeds and "what's new" list.
func (l *Lang) Dated() []*Page {
	var out []*Page
	for _, sec := range l.Sections {
		for _, p := range sec.Items {
			if p.Lang == l && p.Date() != "" {
				out = append(out, p)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date() != out[j].Date() {
			return out[i].Date() > out[j].Date()
		}
		return out[i].URL < out[j].URL
	})
	return out
}

// Date is when the page last changed: updated, else published.
func (p *Page) Date() string {
	if p.Updated != "" {
		return p.Updated
	}
	return p.Published
}
