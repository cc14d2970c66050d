package render

import (
	"fmt"
	"html/template"
	"io/fs"

	"github.com/skupaj/skupaj/internal/content"
)

// kinds whose pages each have a layout of the same name: layouts/<kind>.html,
// executed inside layouts/base.html with the partials of layouts/partials/.
var kinds = []content.Kind{content.Home, content.Section, content.Guideline, content.Case, content.Partner, content.Tool, content.Plain,
	content.Taxonomy, content.Term, content.Catalogue, content.Cell, content.Map, content.Search,
	content.Print, content.News, content.Compare, content.NotFound, content.Bibliography, content.Directory}

func parseTemplates(layouts fs.FS) (map[content.Kind]*template.Template, error) {
	partials, err := fs.Glob(layouts, "partials/*.html")
	if err != nil {
		return nil, err
	}
	out := map[content.Kind]*template.Template{}
	for _, k := range kinds {
		files := append([]string{"base.html", string(k) + ".html"}, partials...)
		t, err := template.New("base.html").ParseFS(layouts, files...)
		if err != nil {
			return nil, fmt.Errorf("layouts: %w", err)
		}
		out[k] = t
	}
	return out, nil
}
