package static

import "encoding/json"

// A view's manifest (docs/search-format.md, "Views") holds what a search
// of the view reads, no more: its chunks, the filters of its documents
// and its language's records. Its search page carries it, so that each
// byte left out is one fewer of every first search: on the bundled
// handbook the whole index's filters are 1.30 KB gzipped and a view's
// 0.83–0.90, every language's records files 0.19 KB and a view's 0.03.

// viewFacet is a facet of a view's filters: its values, those of the
// whole index's facet in the same order (a filter panel serves both),
// and for each value the view's documents that have it, the first as its
// number and each next as its difference from the one before (fewer
// bytes than a value per document of the whole index, most of whose
// documents are not in the view).
type viewFacet struct {
	Values []string `json:"values"`
	In     [][]int  `json:"in"`
}

// viewFilters is the filters of the documents in (inView), in a view's
// form: in the lang facet, each document is listed under the language
// it is written in only (every document of a view is its language's too).
func viewFilters(fs filterSet, in []bool) map[string]any {
	facets := map[string]viewFacet{}
	for name, f := range fs.Facets {
		lists := make([][]int, len(f.Values))
		last := make([]int, len(f.Values))
		for d, v := range f.Docs {
			if !in[d] {
				continue
			}
			values, ok := v.([]int)
			if !ok {
				values = []int{v.(int)}
			}
			if name == "lang" {
				values = values[:1]
			}
			for _, i := range values {
				lists[i] = append(lists[i], d-last[i])
				last[i] = d
			}
		}
		for i := range lists {
			if lists[i] == nil {
				lists[i] = []int{}
			}
		}
		facets[name] = viewFacet{Values: f.Values, In: lists}
	}
	return map[string]any{"names": fs.Names, "facets": facets}
}

// viewManifest is the manifest of lang's view: the whole index's m with
// the view's chunks (found, from views), the filters of its documents
// (in, from the whole index's fs) and the records files of lang only.
func viewManifest(m Manifest, found *Manifest, fs filterSet, in []bool, lang string) (Manifest, error) {
	v := m
	v.View, v.Letters, v.Chunks = lang, found.Letters, found.Chunks
	v.Records = map[string][]string{lang: m.Records[lang]}
	var err error
	v.Filters, err = json.Marshal(viewFilters(fs, in))
	return v, err
}
