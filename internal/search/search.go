// Package search is the site's search, a façade over its parts as bleve's
// root package is over its own: Run analyses a site's pages as Bleve
// indexes them (package index) and exports from the analysis the static
// index the browser queries (package static, the Go side of
// docs/search-format.md); Search queries that export as the search page
// does (skupaj search).
package search

import (
	"os"

	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
)

// Dir is where the static index goes in the output.
const Dir = static.Dir

// Doc is one page as search sees it.
type Doc = index.Doc

// Section is the text under one heading of a page.
type Section = index.Section

// Facet is a taxonomy that search filters by.
type Facet = static.Facet

// Stats tell what an export wrote.
type Stats = static.Stats

// Run analyses docs, written in langs, and exports the static index to w
// below Dir, with filters by kind, language and facets, in that order.
func Run(langs []string, docs []*Doc, facets []Facet, w output.Writer) (*Stats, error) {
	return static.Export(langs, docs, facets, w)
}

// Search opens the static index in dir (an output's search/ folder) and
// finds the documents that match q with filters (static.Find). It returns
// the reader too, for the documents' records and facet values.
func Search(dir, q string, filters map[string][]string) (*static.Static, []static.Result, error) {
	st, err := static.Open(os.DirFS(dir))
	if err != nil {
		return nil, nil, err
	}
	hits, err := st.Find(q, filters)
	return st, hits, err
}
