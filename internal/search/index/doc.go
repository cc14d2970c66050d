// Package index is a site's pages as Bleve indexes them: the mapping (one
// document type per language, analysed with that language's analyzer),
// the documents, and their analysis, the terms a Bleve index of the
// mapping would hold, from which the static export (package static) is
// made without writing a Bleve index.
package index

// Doc is one page as search sees it.
type Doc struct {
	ID       string   // stable and unique: the page's URL below the base path
	URL      string   // link, with the base path
	Lang     string   // the language it is written in, whose analysis it gets
	Shown    []string // the languages whose lists show it: Lang, then those that lack a translation of it
	Kind     string
	Title    string
	Summary  string
	Headings []string
	Terms    string              // taxonomy labels and partner names, space separated
	Facets   map[string][]string // facet (a taxonomy) → term ids, for filters
	Sections []Section           // the body's text, by heading: for excerpts that link to one
}

// Section is the text under one heading of a page.
type Section struct {
	ID      string // heading id, "" before the first heading
	Heading string
	Text    string
}

// Fields are the text fields of the index, with their weights in scores.
var Fields = [...]struct {
	Name   string
	Weight float64
}{
	{"title", 5}, {"headings", 3}, {"summary", 2}, {"terms", 2}, {"body", 1},
}

// Text is the text of field, as Bleve takes it.
func (d *Doc) Text(field string) []byte {
	switch field {
	case "title":
		return []byte(d.Title)
	case "summary":
		return []byte(d.Summary)
	case "headings":
		return lines(len(d.Headings), func(i int) string { return d.Headings[i] })
	case "terms":
		return []byte(d.Terms)
	}
	// The body: the plain text of the page's Markdown, its sections' texts.
	return lines(len(d.Sections), func(i int) string { return d.Sections[i].Text })
}

// lines joins n lines, line(i) each, into one text, a line break after
// each (built when indexed, not kept).
func lines(n int, line func(i int) string) []byte {
	size := 0
	for i := range n {
		size += len(line(i)) + 1
	}
	b := make([]byte, 0, size)
	for i := range n {
		b = append(b, line(i)...)
		b = append(b, '\n')
	}
	return b
}
