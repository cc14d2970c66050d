// Package lint finds what makes a page worse without making the site wrong:
// images without alt text, missing or long summaries, pages not translated
// yet, and missing interface strings. `skupaj check` reports these; a build
// does not fail on them.
//
// Intended wiring: build.Check calls Check after render.Markdown and
// render.Pages have run (Renderer.Doc gives docOf; Bundle.Missing, as
// build.Result.Missing, gives the interface strings), and returns the
// findings in its Result. `skupaj check` prints them with Write: as
// "path:line: severity: message" lines (without ":line" when Line is 0), a
// JSON array of Findings, or GitHub workflow commands; it still exits 0
// when there are findings and no errors. The interface-string warning replaces the one
// build.run adds to Result.Warnings, so it is not reported twice.
package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// Severities of findings.
const (
	Warning = "warning" // worth fixing before publishing
	Note    = "note"    // information: work still to do
)

// Finding is one thing worth fixing, in one file.
type Finding struct {
	File     string `json:"file"`           // path from the site root, with forward slashes
	Line     int    `json:"line,omitempty"` // 1-based; 0 when it concerns the whole file
	Severity string `json:"severity"`       // Error, Warning or Note
	Msg      string `json:"message"`
}

func (f Finding) String() string {
	return diag.Place(f.File, f.Line) + ": " + f.Severity + ": " + f.Msg
}

// MissingStrings maps a language code to the interface-string keys its
// bundle lacks (build.Result.Missing).
type MissingStrings map[string][]string

// Check runs every check on the site s, whose pages' Markdown has been
// rendered (docOf returns a page's rendered body, or nil). It returns the
// findings sorted by file, line and message.
func Check(s *site.Site, docOf func(*site.Page) *markdown.Doc, missing MissingStrings) []Finding {
	var out []Finding
	md := newParser()
	for _, p := range sourcePages(s) {
		for _, w := range p.Warnings {
			out = append(out, Finding{File: w.File, Line: w.Line, Severity: Warning, Msg: w.Msg})
		}
		out = append(out, images(s, p, md, docOf)...)
		out = append(out, summary(p)...)
	}
	out = append(out, translations(s)...)
	out = append(out, interfaceStrings(missing)...)
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), strings.Compare(a.Msg, b.Msg))
	})
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
