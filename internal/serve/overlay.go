package serve

import (
	"errors"
	"html"
	"strings"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/i18n"
)

// overlayText is the error overlay's fixed text in one language, from the
// interface strings (serve.error.*).
type overlayText struct {
	lang  string // the language's code, for lang=""
	title string // "Build failed"
	fix   string // what to do: fix the file and save it
}

// overlayTextFor is the overlay's text in the language of the page at rel
// (a path below the base path).
func (s *Server) overlayTextFor(rel string) overlayText {
	lang, strs, _ := s.stringsFor(rel)
	return overlayText{lang: lang, title: strs.T(lang, "serve.error.title"), fix: strs.T(lang, "serve.error.fix")}
}

// stringsFor is the language of the page at rel (a path below the base
// path), the interface strings and the configuration: the language whose
// URL prefix rel starts with, else the default language. It reads the
// configuration and the interface strings again, since the build that
// failed may not have: with a configuration that does not load, the text
// is in English.
func (s *Server) stringsFor(rel string) (string, *i18n.Bundle, *config.Config) {
	cfg, err := config.Load(s.opts.Root)
	if err != nil {
		cfg = &config.Config{DefaultLanguage: "en", Languages: []config.Language{{Code: "en"}}}
	}
	lang := cfg.DefaultLanguage
	for _, l := range cfg.Languages {
		if p := cfg.Prefix(l.Code); p != "" && strings.HasPrefix(strings.ToLower(rel), p) {
			lang = l.Code
			break
		}
	}
	strs, err := i18n.Load(build.Layouts(s.opts.Root), cfg)
	if err != nil { // the site's own strings are broken: the theme's
		strs, _ = i18n.Load(skupaj.Layouts(), cfg)
	}
	return lang, strs, cfg
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
