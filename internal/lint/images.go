package lint

import (
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// images warns about each image of page p without alt text, at its line,
// from what the Markdown renderer recorded in d: Markdown images, and <img>
// tags of raw HTML when the site lets raw HTML through.
func images(p *site.Page, d *markdown.Doc) diag.List {
	var out diag.List
	for _, img := range d.Images {
		if img.Alt != "" {
			continue
		}
		dest := img.Dest
		if dest == "" {
			dest = "(no src)"
		}
		out.Warnf(p.File, img.Line, "image %s has no alt text: describe what it shows, ![what it shows](%s), for readers who cannot see it", dest, dest)
	}
	return out
}
