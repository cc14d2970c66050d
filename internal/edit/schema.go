package edit

import (
	"net/http"
	"strings"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
)

// fieldNames are the front matter fields of kind k in the field table's
// order: the order of a new page and of fields added to a page.
func fieldNames(k content.Kind, cfg *config.Config) []string {
	var out []string
	for _, f := range content.FieldsOf(k, cfg.Taxonomies) {
		out = append(out, f.Name)
	}
	return out
}

// schemaField is one field of the form, from content.Fields.
type schemaField struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Required bool     `json:"required"`
	Label    string   `json:"label"`
	Help     string   `json:"help"`
	Multiple bool     `json:"multiple"`
	Ref      string   `json:"ref"`
	Choices  []choice `json:"choices"`
	Range    []int    `json:"range,omitempty"`
}

// schema answers GET api/schema?kind=…&lang=… (a term: &taxonomy=…): the
// form's fields, from the field table of package content, with their
// labels, help and the options of their pickers in lang, and the form's
// interface strings ("edit.*") in lang.
func (s *Server) schema(w http.ResponseWriter, r *http.Request) {
	cfg, err := s.config()
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	q := r.URL.Query()
	kind, lang := q.Get("kind"), q.Get("lang")
	if l := cfg.Language(lang); l == nil || l.Code != lang {
		lang = cfg.DefaultLanguage
	}
	strs, err := i18n.Load(build.Layouts(s.opts.Root), cfg)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	out := map[string]any{"kind": kind, "lang": lang, "strings": strs.Prefixed(lang, "edit."), "languages": languages(cfg)}
	if kind == "term" {
		if !cfg.IsTaxonomy(q.Get("taxonomy")) {
			fail(w, http.StatusBadRequest, "taxonomy: not a taxonomy of the site")
			return
		}
		fields := []schemaField{}
		for _, name := range termFields(cfg, lang) {
			part, in, _ := strings.Cut(name, ".")
			fields = append(fields, schemaField{Name: name, Type: string(content.Text), Required: name == "label."+cfg.DefaultLanguage,
				Label: strs.T(lang, "edit.term."+part) + " (" + cfg.Language(in).Name + ")", Choices: []choice{}})
		}
		out["taxonomy"], out["fields"] = q.Get("taxonomy"), fields
		reply(w, http.StatusOK, out)
		return
	}
	k := content.Kind(kind)
	if k == "" || !contains([]string{"home", "section", "page"}, kind) && !contains(kindNames(), kind) {
		fail(w, http.StatusBadRequest, "kind: one of case, partner, guideline, tool, term (home, section, page for existing pages)")
		return
	}
	st := s.loadSite(cfg)
	fields := []schemaField{}
	for _, f := range content.FieldsOf(k, cfg.Taxonomies) {
		sf := schemaField{Name: f.Name, Type: string(f.Type), Required: f.Required(k),
			Label: strs.T(lang, "field."+f.Name), Help: strs.T(lang, "field."+f.Name+".help"),
			Multiple: f.Type == content.List, Ref: f.Ref, Choices: []choice{}}
		switch {
		case f.IsTaxonomy():
			sf.Ref = "taxonomy:" + f.Name
			sf.Choices = st.terms(f.Name, lang)
		case f.Ref == content.RefSource:
			sf.Choices = st.sources(lang)
		case f.Ref != "":
			sf.Choices = st.pagesOf(content.Kind(f.Ref), lang)
		case f.Type == content.Choice:
			for _, c := range f.Choices {
				sf.Choices = append(sf.Choices, choice{ID: c, Label: strs.T(lang, "field."+f.Name+"."+c)})
			}
		}
		if f.Type == content.Int {
			sf.Range = f.Range[:]
		}
		fields = append(fields, sf)
	}
	out["fields"] = fields
	reply(w, http.StatusOK, out)
}
