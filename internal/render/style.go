package render

import (
	"bytes"
	"html/template"
	"io/fs"
	"sync"

	"github.com/skupaj/skupaj/internal/bundle"
)

// Stylesheet is the link to the one stylesheet that the page loads, its
// kind's (internal/bundle decides which), or "" when the page carries it
// inline (InlineStyle).
func (v *View) Stylesheet() string {
	out, inline := bundle.Stylesheet(v.Page.Kind)
	if inline && v.InlineStyle() != "" {
		return ""
	}
	return v.Asset(out)
}

// InlineStyle is the text of the page's stylesheet when its kind's pages
// carry it inline (bundle.Bundle.Inline) and the site's static files hold
// it, else "". A stylesheet that could end its <style> element early is
// linked instead.
func (v *View) InlineStyle() template.CSS {
	out, inline := bundle.Stylesheet(v.Page.Kind)
	if !inline {
		return ""
	}
	return v.r.styles.read(v.Site.Static, out)
}

// inlineStyles reads each stylesheet carried inline once.
type inlineStyles struct {
	mu   sync.Mutex
	text map[string]template.CSS
}

func (s *inlineStyles) read(static fs.FS, out string) template.CSS {
	s.mu.Lock()
	defer s.mu.Unlock()
	if css, ok := s.text[out]; ok {
		return css
	}
	var css template.CSS
	if static != nil {
		data, err := fs.ReadFile(static, out)
		if err == nil && !bytes.Contains(bytes.ToLower(data), []byte("</style")) {
			css = template.CSS(bytes.TrimSpace(data))
		}
	}
	if s.text == nil {
		s.text = map[string]template.CSS{}
	}
	s.text[out] = css
	return css
}
