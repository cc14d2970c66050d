// Package lint finds what makes a page worse without making the site wrong:
// images without alt text, raw HTML left out of the page, missing or long
// summaries, pages not translated yet, missing interface strings, and
// countries the catalogue's map cannot draw.
// `skupaj check` reports these; a build does not fail on them.
//
// Wiring: build.Check calls Check after render.Markdown and render.Pages
// have run (Renderer.Written gives docOf: what the Markdown renderer
// recorded of each page's images and raw HTML, in its body and teaching
// fields; Bundle.Missing, as build.Result.Missing, gives the interface
// strings), and returns the findings, warnings and notes of a diag.List,
// in its Result. `skupaj check` prints them with diag.Write; it still
// exits 0 when there are findings and no errors.
package lint

import (
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// MissingStrings maps a language code to the interface-string keys its
// bundle lacks (build.Result.Missing).
type MissingStrings map[string][]string

// Check runs every check on the site s, whose pages' Markdown has been
// rendered (docOf returns a page's rendered body, or nil). It returns the
// findings (warnings and notes) sorted by file, line and message.
func Check(s *site.Site, docOf func(*site.Page) *markdown.Doc, missing MissingStrings) diag.List {
	var out diag.List
	for _, p := range sourcePages(s) {
		out.Merge(p.Warnings)
		if docOf != nil {
			if d := docOf(p); d != nil {
				out.Merge(images(p, d))
				out.Merge(rawHTML(p, d))
			}
		}
		out.Merge(summary(p))
	}
	out.Merge(translations(s))
	out.Merge(countries(s))
	out.Merge(interfaceStrings(missing))
	out.Sort()
	return out
}

// sourcePages are the pages written by an editor, each once: not the
// generated ones, nor the Latin copies of Cyrillic pages (their findings
// are the source page's).
func sourcePages(s *site.Site) []*site.Page {
	var out []*site.Page
	for _, p := range s.Pages {
		if !p.Generated && p.File != "" && p.ToLatin == "" {
			out = append(out, p)
		}
	}
	return out
}
