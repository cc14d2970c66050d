package edit

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// termRequest is a new term of a vocabulary as the form sends it: its
// fields are "label.<lang>" and "description.<lang>".
type termRequest struct {
	Kind     string            `json:"kind"` // "term"
	Taxonomy string            `json:"taxonomy"`
	ID       string            `json:"id"`
	Fields   map[string]string `json:"fields"`
}

// termFields are the fields of a new term in a form in lang: a label and
// a description in the site's default language and in lang.
func termFields(cfg *config.Config, lang string) []string {
	langs := []string{cfg.DefaultLanguage}
	if lang != cfg.DefaultLanguage && cfg.Language(lang) != nil {
		langs = append(langs, lang)
	}
	var out []string
	for _, f := range []string{"label", "description"} {
		for _, l := range langs {
			out = append(out, f+"."+l)
		}
	}
	return out
}

// saveTerm answers POST api/save for a new term: it is appended to its
// vocabulary file, whose bytes stay as they were, once the vocabulary's
// own check passes.
func (s *Server) saveTerm(w http.ResponseWriter, cfg *config.Config, req *termRequest) {
	if !cfg.IsTaxonomy(req.Taxonomy) {
		fail(w, http.StatusBadRequest, fmt.Sprintf("%q is not a taxonomy of the site; declared in %s: %s", req.Taxonomy, config.File, strings.Join(cfg.Taxonomies, ", ")))
		return
	}
	if !content.IsID(req.ID) {
		fail(w, http.StatusBadRequest, fmt.Sprintf("term id %q: use lowercase letters a-z, digits and single hyphens", req.ID))
		return
	}
	file := path.Join(taxonomy.Dir, req.Taxonomy+".yaml")
	s.save.Lock()
	defer s.save.Unlock()
	disk, err := local(s.opts.Root, file)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	old, err := os.ReadFile(disk)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	if v, _ := taxonomy.Parse(req.Taxonomy, file, old, cfg); v != nil && v.Term(req.ID) != nil {
		reply(w, http.StatusConflict, map[string]any{"conflict": true, "version": version(old), "text": string(old)})
		return
	}
	src, err := appendTerm(old, req.ID, req.Fields, cfg)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	src = lineEndsOf(old, src)
	if _, found := taxonomy.Parse(req.Taxonomy, file, src, cfg); len(found) > 0 {
		out := []diagnostic{}
		for _, f := range found {
			out = append(out, diagnostic{Field: termField(f, cfg), Line: f.Line, Severity: f.Severity.String(), Message: f.Msg})
		}
		reply(w, http.StatusUnprocessableEntity, map[string]any{"diagnostics": out})
		return
	}
	if err := writeFile(disk, src); err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	reply(w, http.StatusOK, map[string]string{"file": file, "url": "", "version": version(src)})
}

// termField is the form's field a vocabulary's finding is about.
func termField(f *diag.Error, cfg *config.Config) string {
	if strings.Contains(f.Msg, "needs a label") {
		return "label." + cfg.DefaultLanguage
	}
	return ""
}

// appendTerm adds the term id to the vocabulary text old, indented as its
// terms are, with its labels and descriptions in the site's languages'
// order.
func appendTerm(old []byte, id string, fields map[string]string, cfg *config.Config) ([]byte, error) {
	indent := 2
	var doc yaml.Node
	if err := yaml.Unmarshal(old, &doc); err != nil {
		return nil, fmt.Errorf("the vocabulary file is not valid YAML: fix it in a text editor first")
	}
	bare := len(doc.Content) == 0
	if !bare {
		top := doc.Content[0]
		n := len(top.Content)
		if top.Kind != yaml.MappingNode || n < 2 || top.Content[n-2].Value != "terms" ||
			top.Content[n-1].Kind == yaml.MappingNode && top.Content[n-1].Style&yaml.FlowStyle != 0 {
			return nil, fmt.Errorf("the vocabulary file does not end with its terms, one per line: add the term in a text editor")
		}
		if terms := top.Content[n-1]; len(terms.Content) > 0 {
			indent = terms.Content[0].Column - 1
		}
	}
	for name := range fields {
		part, lang, ok := strings.Cut(name, ".")
		if !ok || part != "label" && part != "description" || cfg.Language(lang) == nil {
			return nil, fmt.Errorf("unknown field %q: a term has label.<language> and description.<language>", name)
		}
	}
	var b bytes.Buffer
	b.Write(old)
	if len(old) > 0 && old[len(old)-1] != '\n' {
		b.WriteByte('\n')
	}
	if bare {
		b.WriteString("terms:\n")
	}
	pad := strings.Repeat(" ", indent)
	b.WriteString(pad + id + ":\n")
	for _, part := range []string{"label", "description"} {
		var items []string
		for _, l := range cfg.Languages {
			if v := strings.TrimSpace(fields[part+"."+l.Code]); v != "" {
				items = append(items, l.Code+": "+item(v, plain))
			}
		}
		if len(items) > 0 {
			b.WriteString(pad + pad + part + ": {" + strings.Join(items, ", ") + "}\n")
		}
	}
	return b.Bytes(), nil
}
