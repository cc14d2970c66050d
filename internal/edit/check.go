package edit

import (
	"net/http"

	"github.com/skupaj/skupaj/internal/diag"
)

// draftResult is what the site's checks say of a draft.
type draftResult struct {
	diagnostics []diagnostic
	errors      int // how many of them are errors
	html        []byte
	url         string
}

// checkDraft runs every check of `skupaj check` on the site with the
// draft in place of its file.
func (s *Server) checkDraft(d *draft) (*draftResult, error) {
	res, err := s.opts.Session.CheckDraft(d.file(), d.src)
	if err != nil {
		return nil, err
	}
	out := &draftResult{diagnostics: d.diagnostics(res.Findings), html: res.HTML, url: res.URL}
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

// check answers POST api/check: the draft's errors and warnings.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	if res, ok := s.checked(w, r); ok {
		reply(w, http.StatusOK, map[string]any{"diagnostics": res.diagnostics})
	}
}

// preview answers POST api/preview: the draft's body as the site renders it.
func (s *Server) preview(w http.ResponseWriter, r *http.Request) {
	if res, ok := s.checked(w, r); ok {
		reply(w, http.StatusOK, map[string]string{"html": string(res.html)})
	}
}
