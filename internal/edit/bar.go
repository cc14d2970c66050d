package edit

import (
	"html/template"
	"net/url"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
)

// Labels are the interface strings of the preview's editing bar (an
// *i18n.Bundle).
type Labels interface {
	T(lang, key string) string
}

// barLink is one entry of the New menu.
type barLink struct{ Label, Href string }

var bar = template.Must(template.New("bar").Parse(`<nav id="skupaj-edit-bar" lang="{{.Lang}}" style="position:fixed;right:1rem;bottom:1rem;z-index:2147483646;display:flex;gap:.5rem;align-items:flex-start;font:15px/1.4 system-ui,sans-serif">` +
	`{{if .Edit}}<a rel="edit" href="{{.Edit}}" style="background:#1d4f91;color:#fff;padding:.4rem .8rem;border-radius:.3rem;text-decoration:none">{{.EditLabel}}</a>{{end}}` +
	`<details style="background:#fff;color:#111;border:1px solid #1d4f91;border-radius:.3rem;padding:.3rem .6rem"><summary>{{.NewLabel}}</summary><ul style="margin:.3rem 0;padding-left:1rem">` +
	`{{range .Kinds}}<li><a href="{{.Href}}">{{.Label}}</a></li>{{end}}` +
	`{{if .Terms}}<li>{{.TermLabel}}<ul style="padding-left:1rem">{{range .Terms}}<li><a href="{{.Href}}">{{.Label}}</a></li>{{end}}</ul></li>{{end}}` +
	`</ul></details></nav>`))

// Bar is what the preview puts into a page in language lang: a link
// rel="edit" to the form of file (the page's source; none when "") and
// the New menu: a page of each kind the form makes, and a term of each
// vocabulary.
func (s *Server) Bar(file, lang string, cfg *config.Config, strs Labels) string {
	base := s.opts.BasePath + Path
	data := struct {
		Lang, Edit, EditLabel, NewLabel, TermLabel string
		Kinds, Terms                               []barLink
	}{Lang: lang, EditLabel: strs.T(lang, "serve.edit.link"), NewLabel: strs.T(lang, "serve.edit.new"), TermLabel: strs.T(lang, "serve.edit.term")}
	if file != "" {
		data.Edit = base + "?" + url.Values{"file": {file}}.Encode()
	}
	for _, k := range editable {
		data.Kinds = append(data.Kinds, barLink{strs.T(lang, "kind."+string(k)), base + "?" + url.Values{"new": {string(k)}, "lang": {lang}}.Encode()})
	}
	for _, t := range cfg.Taxonomies {
		data.Terms = append(data.Terms, barLink{strs.T(lang, "taxonomy."+t), base + "?" + url.Values{"new": {"term"}, "taxonomy": {t}, "lang": {lang}}.Encode()})
	}
	var b strings.Builder
	if err := bar.Execute(&b, data); err != nil {
		panic(err) // the data always executes
	}
	return b.String()
}
