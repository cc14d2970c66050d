package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/skupaj/skupaj/internal/site"
)

// footer is one language's site footer, rendered once.
type footer struct {
	once sync.Once
	html template.HTML
	err  error
}

// newFooters prepares an empty footer per language, rendered on first use.
func newFooters(s *site.Site) map[*site.Lang]*footer {
	out := make(map[*site.Lang]*footer, len(s.Langs))
	for _, l := range s.Langs {
		out[l] = &footer{}
	}
	return out
}

// Footer is the site footer of the page's language, as the layout's
// "footer" renders it. Every page of a language shows the same footer, so
// it is rendered once per language, with the view of the language's home
// page whichever page asks first: the same bytes on every build.
func (v *View) Footer() (template.HTML, error) {
	f := v.r.footers[v.Lang]
	f.once.Do(func() {
		home := v
		if v.Lang.Home != nil {
			home = v.r.view(v.Lang.Home)
		}
		var buf bytes.Buffer
		f.err = v.r.tmpl[home.Page.Kind].ExecuteTemplate(&buf, "footer", home)
		f.html = template.HTML(buf.String())
	})
	return f.html, f.err
}
