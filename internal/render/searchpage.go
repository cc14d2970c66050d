package render

import (
	"bytes"
	"encoding/json"

	"github.com/skupaj/skupaj/internal/output"
)

// WithSearchIndex makes Pages leave out the search pages: SearchPages
// renders them once the search index is exported, each carrying its
// language's view manifest.
func (r *Renderer) WithSearchIndex() { r.indexed = true }

// SearchPages renders the search page of every language to w, each with
// the manifest of its language's view of the search index (views, by
// language; static.Stats.Views) inside it, so that its first search
// fetches no manifest (docs/search-format.md, "First search"). They are
// made afresh every time (never from the memo): the index changes when
// pages do.
func (r *Renderer) SearchPages(w output.Writer, views map[string]json.RawMessage) error {
	for _, l := range r.site.Langs {
		p := l.Search
		if p == nil {
			continue
		}
		v := r.view(p)
		v.searchIndex = views[l.Code]
		var buf bytes.Buffer
		if err := r.execute(&buf, v); err != nil {
			return err
		}
		if err := w.Write(p.Output(), buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
