package edit

import (
	"embed"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
)

//go:embed assets
var assets embed.FS

// serveAsset serves a file of the form's script and style, built into
// the binary (never part of the site's static/).
func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	data, err := fs.ReadFile(assets, path.Join("assets", name))
	if err != nil || name == "" {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.Write(data)
}

// shell is the page of a form: the form's script builds it from the API.
var shell = template.Must(template.New("shell").Parse(`<!doctype html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="skupaj-edit-token" content="{{.Token}}">
<meta name="skupaj-edit-base" content="{{.Base}}">
<title>skupaj</title>
<link rel="stylesheet" href="{{.Base}}assets/edit.css">
</head>
<body>
<main id="skupaj-edit" data-file="{{.File}}" data-new="{{.New}}" data-taxonomy="{{.Taxonomy}}" data-lang="{{.Lang}}" data-translate="{{.Translate}}" data-site="{{.Site}}"></main>
<script type="module" src="{{.Base}}assets/edit.js"></script>
</body>
</html>
`))

// form answers GET Path: ?file=… (an existing page), ?new=<kind>&lang=…
// (a new page; a term also names its taxonomy=…), ?file=…&translate=<lang>.
func (s *Server) form(w http.ResponseWriter, r *http.Request) {
	cfg, err := s.config()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	q := r.URL.Query()
	data := struct{ Token, Base, Site, File, New, Taxonomy, Lang, Translate string }{
		Token: s.token, Base: s.opts.BasePath + Path, Site: s.opts.BasePath,
		File: q.Get("file"), New: q.Get("new"), Taxonomy: q.Get("taxonomy"), Lang: q.Get("lang"), Translate: q.Get("translate"),
	}
	switch {
	case data.File != "":
		p, err := placeOf(cfg, data.File)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		data.Lang = p.lang
		if data.Translate != "" {
			if l := cfg.Language(data.Translate); l == nil || l.Code != data.Translate {
				http.Error(w, "translate: not a language of the site", http.StatusBadRequest)
				return
			}
			data.Lang = data.Translate
		}
	case data.New == "term":
		if !cfg.IsTaxonomy(data.Taxonomy) {
			http.Error(w, "taxonomy: not a taxonomy of the site", http.StatusBadRequest)
			return
		}
	case data.New != "":
		if !slices.Contains(kindNames(), data.New) {
			http.Error(w, "new: the form makes pages of the kinds case, partner, guideline, tool and term", http.StatusBadRequest)
			return
		}
	default:
		http.Error(w, "say which page: ?file=content/… or ?new=case", http.StatusBadRequest)
		return
	}
	if l := cfg.Language(data.Lang); l == nil || l.Code != data.Lang {
		data.Lang = cfg.DefaultLanguage
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_ = shell.Execute(w, data)
}
