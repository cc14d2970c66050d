package serve

import (
	"errors"
	"html"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
)

// overlayText is the error overlay's fixed text in one language, from the
// interface strings (serve.error.*).
type overlayText struct {
	lang  string // the language's code, for lang=""
	title string // "Build failed"
	fix   string // what to do: fix the file and save it
}

// overlayText is the overlay's text in the language of the page at rel
// (a path below the base path).
func (u ui) overlayText(rel string) overlayText {
	lang := u.lang(rel)
	return overlayText{lang: lang, title: u.strs.T(lang, "serve.error.title"), fix: u.strs.T(lang, "serve.error.fix")}
}

// overlay is the box shown over a page after a failed build: its fixed
// text in t's language, and the build's problems as the build gives them
// (escaped).
func overlay(t overlayText, problem error) string {
	var b strings.Builder
	b.WriteString(`<div id="skupaj-error" role="alert" lang="` + html.EscapeString(t.lang) + `" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem">`)
	b.WriteString(`<h2 style="color:#ff9b8a;margin-top:0">` + html.EscapeString(t.title) + `</h2><ul style="padding-left:1.2rem">`)
	lines := []string{problem.Error()}
	var list diag.List
	if errors.As(problem, &list) {
		lines = nil
		for _, e := range list {
			lines = append(lines, e.Error())
		}
	}
	for _, l := range lines {
		b.WriteString(`<li lang="en">` + html.EscapeString(l) + "</li>")
	}
	b.WriteString(`</ul><p>` + html.EscapeString(t.fix) + `</p></div>`)
	return b.String()
}
