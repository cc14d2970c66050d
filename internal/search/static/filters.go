package static

import (
	"encoding/json"
	"fmt"
	"slices"
)

// staticFacet is one facet of the filters: its values and, for each
// document, the index of its value (kind, lang) or the indexes of its
// values (the taxonomies).
type staticFacet struct {
	Values []string          `json:"values"`
	Docs   []json.RawMessage `json:"docs"`
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

// facets loads the facets of the filters.
func (s *Static) facets() (map[string]staticFacet, error) {
	if s.facetData != nil {
		return s.facetData, nil
	}
	var f struct {
		Facets map[string]staticFacet `json:"facets"`
	}
	if err := s.ReadFilters(&f); err != nil {
		return nil, err
	}
	s.facetData = f.Facets
	return f.Facets, nil
}

// Values returns the values of facet that document doc has.
func (s *Static) Values(facet string, doc int) ([]string, error) {
	fs, err := s.facets()
	if err != nil {
		return nil, err
	}
	f, ok := fs[facet]
	if !ok || doc < 0 || doc >= len(f.Docs) {
		return nil, fmt.Errorf("no facet %q of document %d", facet, doc)
	}
	var list []int
	if err := json.Unmarshal(f.Docs[doc], &list); err != nil {
		var one int
		if err := json.Unmarshal(f.Docs[doc], &one); err != nil {
			return nil, fmt.Errorf("facet %q of document %d: %v", facet, doc, err)
		}
		list = []int{one}
	}
	out := make([]string, 0, len(list))
	for _, i := range list {
		out = append(out, f.Values[i])
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
