package lint

import (
	"fmt"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// maxQuoted is how much of a piece of raw HTML a warning quotes, in
// characters.
const maxQuoted = 40

// rawHTML warns, once per line, about the raw HTML of page p that the
// renderer left out (markdown.unsafe_html is off), saying how to write it
// instead.
func rawHTML(p *site.Page, d *markdown.Doc) diag.List {
	var out diag.List
	last := 0
	for _, h := range d.RawHTML {
		if h.Line == last {
			continue
		}
		last = h.Line
		instead := "write it in Markdown"
		if h.Img != nil {
			src := h.Img.Dest
			if src == "" {
				src = "/img/x.png"
			}
			instead = fmt.Sprintf("write the image as ![alt text](%s)", src)
		}
		out.Warnf(p.File, h.Line, "raw HTML (%s) is left out of the page: %s, or turn on markdown.unsafe_html in %s", quote(h.HTML), instead, config.File)
	}
	return out
}

// quote shortens raw HTML for a message: its first maxQuoted characters,
// and "…" when there is more.
func quote(html string) string {
	r := []rune(html)
	if len(r) <= maxQuoted {
		return html
	}
	return strings.TrimSpace(string(r[:maxQuoted-1])) + "…"
}
