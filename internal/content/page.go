// Package content loads the Markdown pages of a site from content/<lang>/,
// decodes their front matter and checks it against the schema of each page
// kind. It knows nothing of other pages: references between pages are
// checked by package site.
package content

import "github.com/skupaj/skupaj/internal/diag"

// Kind is what a page is; it follows from where the file lives.
type Kind string

// The page kinds. Guideline, Case, Partner and Tool live in their section
// folders; Home is content/<lang>/_index.md; Section is the optional
// _index.md of a section folder; Plain is any other page at the language root.
const (
	Home      Kind = "home"
	Section   Kind = "section"
	Guideline Kind = "guideline"
	Case      Kind = "case"
	Partner   Kind = "partner"
	Tool      Kind = "tool"
	Plain     Kind = "page"
)

// Kinds of pages the build generates from the taxonomies; they have no
// source file.
const (
	Taxonomy  Kind = "taxonomy"  // every term of one taxonomy, with counts
	Term      Kind = "term"      // the cases and partners of one term
	Catalogue Kind = "catalogue" // the partnership type × sector matrix and the country view
	Cell      Kind = "cell"      // the cases of one cell of the matrix
	Map       Kind = "map"       // the countries of the cases on a map, with a table
	Search    Kind = "search"    // the search page of a language
	Print     Kind = "print"     // the whole handbook on one page, for printing
	News      Kind = "news"      // what's new: pages by date
	Compare   Kind = "compare"   // cases side by side, chosen in the address
	// Bibliography is the sources of the site, with the pages that draw on each.
	Bibliography Kind = "sources"
	NotFound     Kind = "404" // the page GitHub Pages shows for a missing path
	// Directory is every case, or every partner, of a language with
	// filters by the taxonomies (the faceted catalogue).
	Directory Kind = "directory"
)

// Sections maps each section folder to the kind of the pages in it, in the
// order the site shows them.
var Sections = []struct {
	Dir  string
	Kind Kind
}{
	{"guidelines", Guideline},
	{"cases", Case},
	{"partners", Partner},
	{"tools", Tool},
}

// SectionOf returns the section folder of kind k, or "".
func SectionOf(k Kind) string {
	for _, s := range Sections {
		if s.Kind == k {
			return s.Dir
		}
	}
	return ""
}

// Page is one source file, decoded and checked.
type Page struct {
	Kind    Kind
	Lang    string // language code as in the configuration
	ID      string // file name without .md; the section folder for a Section page; "" for Home
	Section string // section folder, "" for Home and Plain pages
	File    string // path from the site root, with forward slashes
	// Warnings are what the page's file says that is probably not what the
	// editor meant, though the page is valid (skupaj check reports them).
	Warnings diag.List

	Title          string
	Summary        string
	Weight         int
	TranslationKey string // pages of one key in several languages are translations

	// Cases and partners.
	Library   string              // a case's lead library (a partner id)
	Partners  []string            // a case's partner ids
	Terms     map[string][]string // taxonomy field → term ids
	Place     string
	Programme string
	Website   string
	Year      int
	Start     string // YYYY, YYYY-MM or YYYY-MM-DD
	End       string
	Sources   []string
	Published string // YYYY-MM-DD (or shorter): when the page was added to the handbook
	Updated   string // when it last changed in substance

	// What a case teaches (Markdown), and about it: see the field table.
	Need, Activities, Results, Lessons, Transferability string
	Funding, Stage, ContactOrganisation, Licence        string
	LastReviewed                                        string    // YYYY-MM-DD
	NotReported                                         []string  // teaching fields the sources say nothing of
	Coordinates                                         []float64 // latitude, longitude; nil when not given
	Precision                                           string    // of Coordinates: exact, town, region or country

	// References between pages, by id.
	Guidelines []string
	Cases      []string
	Tools      []string

	Lines     map[string]int // line of each front matter key
	FirstLine int            // line of the front matter's opening
	Meta      string         // a hash of the front matter text: what other pages may show of this one
	Body      []byte         // the Markdown after the front matter
	BodyLine  int            // line of the file the body starts on
}

// Line returns the line of front matter key, or of the front matter itself.
func (p *Page) Line(key string) int {
	if l, ok := p.Lines[key]; ok {
		return l
	}
	return p.FirstLine
}
