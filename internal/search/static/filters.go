package static

import (
	"encoding/json"
	"fmt"
	"slices"
)

// facetDocs is one facet of the filters, decoded: its values and, for
// each document, the indexes of its values; nil for a document a view's
// filters leave out.
type facetDocs struct {
	values []string
	docs   [][]int
}

// ReadFilters decodes the filters into v: from the manifest on a small
// site, else from the file it names.
func (s *Static) ReadFilters(v any) error {
	var file string
	if json.Unmarshal(s.Manifest.Filters, &file) != nil {
		return json.Unmarshal(s.Manifest.Filters, v)
	}
	return s.read(file, v)
}

// facets loads the facets of the filters, of the whole index's form or
// of a view's (viewFacet).
func (s *Static) facets() (map[string]facetDocs, error) {
	if s.facetData != nil {
		return s.facetData, nil
	}
	var f struct {
		Facets map[string]struct {
			Values []string          `json:"values"`
			Docs   []json.RawMessage `json:"docs"`
			In     [][]int           `json:"in"`
		} `json:"facets"`
	}
	if err := s.ReadFilters(&f); err != nil {
		return nil, err
	}
	out := map[string]facetDocs{}
	for name, raw := range f.Facets {
		fd := facetDocs{values: raw.Values, docs: make([][]int, s.Manifest.Docs)}
		if s.Manifest.View != "" {
			fd.docs = viewDocs(raw.In, len(fd.docs))
		} else if len(raw.Docs) != s.Manifest.Docs {
			return nil, fmt.Errorf("search filters: facet %q lists %d documents of %d", name, len(raw.Docs), s.Manifest.Docs)
		}
		for d, v := range raw.Docs {
			if json.Unmarshal(v, &fd.docs[d]) != nil {
				var one int
				if err := json.Unmarshal(v, &one); err != nil {
					return nil, fmt.Errorf("search filters: facet %q of document %d: %v", name, d, err)
				}
				fd.docs[d] = []int{one}
			}
		}
		if err := fd.check(name); err != nil {
			return nil, err
		}
		out[name] = fd
	}
	// A view's lang facet lists each document under its own language
	// only: every document of the view is the view's language's too.
	if lang, ok := out["lang"]; ok && s.Manifest.View != "" {
		view := slices.Index(lang.values, s.Manifest.View)
		for d, ls := range lang.docs {
			if ls != nil && view >= 0 && ls[0] != view {
				lang.docs[d] = append(ls, view)
			}
		}
	}
	s.facetData = out
	return out, nil
}

// viewDocs is each of n documents' values from a view's facet (in: for
// each value its documents, as differences, see viewFacet).
func viewDocs(in [][]int, n int) [][]int {
	docs := make([][]int, n)
	for i, list := range in {
		d := 0
		for _, gap := range list {
			d += gap
			if d >= 0 && d < n {
				docs[d] = append(docs[d], i)
			}
		}
	}
	return docs
}

// check tells whether every value index of f is one of its values.
func (f facetDocs) check(name string) error {
	for d, vs := range f.docs {
		for _, i := range vs {
			if i < 0 || i >= len(f.values) {
				return fmt.Errorf("search filters: facet %q of document %d: no value %d of %d", name, d, i, len(f.values))
			}
		}
	}
	return nil
}

// Values returns the values of facet that document doc has: none for a
// document a view's filters leave out.
func (s *Static) Values(facet string, doc int) ([]string, error) {
	fs, err := s.facets()
	if err != nil {
		return nil, err
	}
	f, ok := fs[facet]
	if !ok || doc < 0 || doc >= len(f.docs) {
		return nil, fmt.Errorf("no facet %q of document %d", facet, doc)
	}
	out := make([]string, 0, len(f.docs[doc]))
	for _, i := range f.docs[doc] {
		out = append(out, f.values[i])
	}
	return out, nil
}

// Keep reports whether document doc passes filters (facet → values, as the
// search page's filters: the values of one facet ORed, facets ANDed).
func (s *Static) Keep(doc int, filters map[string][]string) (bool, error) {
	for facet, want := range filters {
		if len(want) == 0 {
			continue
		}
		has, err := s.Values(facet, doc)
		if err != nil {
			return false, err
		}
		if !slices.ContainsFunc(has, func(v string) bool { return slices.Contains(want, v) }) {
			return false, nil
		}
	}
	return true, nil
}
