package render

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/markdown"
)

// scriptIDs are the ids the search script (static/js/results.js,
// filters.js) gives the elements it makes: the list of results, and its
// filters by prefix.
var scriptIDs = markdown.Reserved{IDs: []string{"search-list"}, Prefixes: []string{"search-f-"}}

var idAttr = regexp.MustCompile(`(?:^|\s)id="([^"]*)"`)

// layoutPrefix starts the ids the default layouts give their own
// headings ("_toc", "_cases", "_chapter-nav"): reserved as a whole, so that
// a layout may add one without a page's heading having taken it first.
const layoutPrefix = "_"

// reservedIDs are the ids of the layouts' own elements, which no heading
// may take: every id starting with layoutPrefix, every id="…" of every layout, exactly when it is literal
// ("main"), by its literal start when it is computed ("_{{.Dir}}",
// "nf-q-{{.Code}}"), and not at all when nothing of it is literal (the
// printed handbook's "{{.ID}}", whose headings it prefixes itself). They are
// read from the layouts in use, so a site's own layouts are covered too.
func reservedIDs(layouts fs.FS) (markdown.Reserved, error) {
	r := markdown.Reserved{IDs: slices.Clone(scriptIDs.IDs), Prefixes: append(slices.Clone(scriptIDs.Prefixes), layoutPrefix)}
	err := fs.WalkDir(layouts, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		b, err := fs.ReadFile(layouts, p)
		if err != nil {
			return err
		}
		for _, m := range idAttr.FindAllSubmatch(b, -1) {
			id := string(m[1])
			if i := strings.Index(id, "{{"); i >= 0 {
				if i > 0 {
					r.Prefixes = append(r.Prefixes, id[:i])
				}
				continue
			}
			r.IDs = append(r.IDs, id)
		}
		return nil
	})
	slices.Sort(r.IDs)
	slices.Sort(r.Prefixes)
	r.IDs, r.Prefixes = slices.Compact(r.IDs), slices.Compact(r.Prefixes)
	return r, err
}
