package edit

import (
	"net/http"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
)

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
	// Translate is what a translation of the page starts with in the
	// field: "copy" (the source page's value) or "empty" (text in the
	// source's language, to be written anew).
	Translate string `json:"translate"`
}

// slugFrom is the field whose value proposes a new page's id.
const slugFrom = "title"

// translate is schemaField.Translate of f: text written in the page's
// language starts empty, except translation_key, which ties the
// translations together; ids, terms, numbers and dates are copied.
func translate(f content.Field) string {
	if (f.Type == content.Text || f.Type == content.Markdown) && f.Ref == "" && f.Name != "translation_key" {
		return "empty"
	}
	return "copy"
}

// schema answers GET api/schema?kind=…&lang=… (a term: &taxonomy=…): the
// form's fields, from the field table of package content, with their
// labels, help and the options of their pickers in lang, and the form's
// interface strings ("edit.*") in lang.
func (s *Server) schema(w http.ResponseWriter, r *http.Request) {
	st, err := s.loadSite()
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	cfg, strs := st.cfg, st.strs
	q := r.URL.Query()
	kind, lang := q.Get("kind"), q.Get("lang")
	if l := cfg.Language(lang); l == nil || l.Code != lang {
		lang = cfg.DefaultLanguage
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
				Label: strs.T(lang, "edit.term."+part) + " (" + cfg.Language(in).Name + ")", Choices: []choice{}, Translate: "empty"})
		}
		tax := q.Get("taxonomy")
		out["taxonomy"], out["taxonomyLabel"], out["fields"] = tax, strs.T(lang, "taxonomy."+tax), fields
		reply(w, http.StatusOK, out)
		return
	}
	k := content.Kind(kind)
	if k == "" || !slices.Contains([]string{"home", "section", "page"}, kind) && !slices.Contains(kindNames(), kind) {
		fail(w, http.StatusBadRequest, "kind: one of case, partner, guideline, tool, term (home, section, page for existing pages)")
		return
	}
	fields := []schemaField{}
	for _, f := range content.FieldsOf(k, cfg.Taxonomies) {
		sf := schemaField{Name: f.Name, Type: string(f.Type), Required: f.Required(k),
			Label: strs.T(lang, "field."+f.Name), Help: strs.T(lang, "field."+f.Name+".help"),
			Multiple: f.Type == content.List, Ref: f.Ref, Choices: []choice{}, Translate: translate(f)}
		switch {
		case f.IsTaxonomy():
			sf.Ref = "taxonomy:" + f.Name
			sf.Choices = st.terms(f.Name, lang)
		case f.Ref == content.RefSource:
			sf.Choices = st.sources(lang)
		case f.Ref != "":
			sf.Choices = st.pagesOf(content.Kind(f.Ref), lang)
		default:
			for _, c := range f.Choices {
				sf.Choices = append(sf.Choices, choice{ID: c, Label: strs.T(lang, f.ChoiceLabel(c))})
			}
		}
		if f.Type == content.Int {
			sf.Range = f.Range[:]
		}
		fields = append(fields, sf)
	}
	out["fields"], out["slugFrom"] = fields, slugFrom
	reply(w, http.StatusOK, out)
}
