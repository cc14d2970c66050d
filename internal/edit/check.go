package edit

import (
	"net/http"

	"github.com/skupaj/skupaj/internal/diag"
)

// draftResult is what the site's checks say of a draft.
type draftResult struct {
	diagnostics []diagnostic
	errors      int               // how many of them are errors
	html        []byte            // the body as the site renders it
	fields      map[string][]byte // the Markdown fields that hold text, rendered
	url         string
}

// checkDraft runs every check of `skupaj check` on the site with the
// draft in place of its file.
func (s *Server) checkDraft(d *draft) (*draftResult, error) {
	res, err := s.opts.Session.CheckDraft(d.file(), d.src)
	if err != nil {
		return nil, err
	}
	out := &draftResult{diagnostics: d.diagnostics(res.Findings), html: res.HTML, fields: res.Fields, url: res.URL}
	for _, f := range out.diagnostics {
		if f.Severity == diag.SevError.String() {
			out.errors++
		}
	}
	return out, nil
}

// checked reads the request, makes its draft and checks it; on a problem
// it has answered the request.
func (s *Server) checked(w http.ResponseWriter, r *http.Request) (*draftResult, bool) {
	var req draftRequest
	cfg, ok := s.request(w, r, &req)
	if !ok {
		return nil, false
	}
	d, ok := s.prepared(w, cfg, &req)
	if !ok {
		return nil, false
	}
	res, err := s.checkDraft(d)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return nil, false
	}
	return res, true
}

// checkAnswer is the answer to POST api/check: the draft's errors and
// warnings, its body and its Markdown fields as the site renders them
// (html and fields are null when the Markdown could not be rendered).
type checkAnswer struct {
	Diagnostics []diagnostic      `json:"diagnostics"`
	HTML        *string           `json:"html"`
	Fields      map[string]string `json:"fields"`
}

// check answers POST api/check: everything the form shows of a draft,
// from one check of the site.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	res, ok := s.checked(w, r)
	if !ok {
		return
	}
	out := checkAnswer{Diagnostics: res.diagnostics}
	if res.fields != nil {
		html := string(res.html)
		out.HTML = &html
		out.Fields = make(map[string]string, len(res.fields))
		for name, b := range res.fields {
			out.Fields[name] = string(b)
		}
	}
	reply(w, http.StatusOK, out)
}
