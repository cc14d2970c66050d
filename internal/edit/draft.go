package edit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
)

// draftRequest is a page as the form holds it: an existing page's file
// and the version it was opened on, or a new page's kind, language and id
// (or its file, when it has none yet: a translation of a home page, say,
// with version ""); its fields and body.
type draftRequest struct {
	File    string         `json:"file"`
	Kind    string         `json:"kind"`
	Lang    string         `json:"lang"`
	ID      string         `json:"id"`
	Version string         `json:"version"`
	Fields  map[string]any `json:"fields"`
	Body    *string        `json:"body"` // nil: the body as it is
}

// draft is the text the form's page would have on disk.
type draft struct {
	place
	disk   string // the file's path on disk
	exists bool   // the page has a file already (an edit, not a new page)
	old    []byte // the file's bytes when it exists
	src    []byte // the page as it would be saved
	order  []string
}

// errNoFile is the problem of an edit of a page that has no file.
var errNoFile = errors.New("the page has no file: it may have been renamed or deleted")

// draftOf makes the page's text from the request: the existing file
// changed as little as the fields and body need, or a new page.
func (s *Server) draftOf(cfg *config.Config, req *draftRequest) (*draft, error) {
	var d draft
	var err error
	if req.File != "" {
		d.place, err = placeOf(cfg, req.File)
	} else {
		d.place, err = newPlace(cfg, req.Kind, req.Lang, req.ID)
	}
	if err != nil {
		return nil, err
	}
	d.order = content.Names(content.FieldsOf(d.kind, cfg.Taxonomies))
	d.disk, err = local(s.opts.Root, d.file())
	if err != nil {
		return nil, err
	}
	d.old, err = os.ReadFile(d.disk)
	switch {
	case err == nil:
		d.exists = true
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	case req.Version != "": // the file the form was opened on is gone
		return nil, errNoFile
	}
	if req.File == "" || !d.exists { // a new page: fields in the table's order
		d.src, err = newPage(req.Fields, cleanBody(deref(req.Body)), d.order)
		return &d, err
	}
	m, err := splitPage(d.old)
	if err != nil {
		return nil, err
	}
	// A body sent back with other line ends (a text area gives LF) or
	// without its last one has not changed.
	body := string(m.body)
	if req.Body != nil && *req.Body != body && cleanBody(*req.Body) != cleanBody(body) {
		body = cleanBody(*req.Body)
	}
	d.src, err = update(d.old, req.Fields, body, d.order)
	d.src = lineEndsOf(d.old, d.src)
	return &d, err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// version identifies a file's bytes: the form sends it back on save, and
// a file whose bytes changed since is not overwritten.
func version(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// diagnostic is one finding of `skupaj check` about the page, with the
// field of the form it is about ("" for the body or the whole page).
type diagnostic struct {
	Field    string `json:"field"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// diagnostics are the errors and warnings among found that are about the
// draft, each given the field it is about.
func (d *draft) diagnostics(found diag.List) []diagnostic {
	out := []diagnostic{}
	m, _ := splitPage(d.src)
	for _, f := range found {
		if f.File != d.file() || f.Severity == diag.SevNote {
			continue
		}
		out = append(out, diagnostic{Field: fieldOf(m, f, d.order), Line: f.Line, Severity: f.Severity.String(), Message: f.Msg})
	}
	return out
}

// fieldOf is the front matter field finding f is about: the field on
// whose lines it stands, or, for a finding about the whole front matter
// (a required field missing, a field left empty), the field its message
// names in quotes or starts with.
func fieldOf(m *matter, f *diag.Error, order []string) string {
	if m == nil {
		return ""
	}
	base := bytes.Count(m.head, []byte("\n")) + 1 // the line of the text's first byte
	for _, e := range m.entries {
		first := base + bytes.Count(m.text[:e.start], []byte("\n"))
		last := base + bytes.Count(m.text[:max(e.end-1, e.start)], []byte("\n"))
		if f.Line >= first && f.Line <= last {
			return e.key
		}
	}
	if f.Line >= base+bytes.Count(m.text, []byte("\n")) { // the closing line or the body
		return ""
	}
	for _, name := range order {
		if strings.Contains(f.Msg, fmt.Sprintf("%q", name)) || strings.HasPrefix(f.Msg, name+" ") {
			return name
		}
	}
	return ""
}

// prepared makes the request's draft; on a problem it has answered the
// request.
func (s *Server) prepared(w http.ResponseWriter, cfg *config.Config, req *draftRequest) (*draft, bool) {
	d, err := s.draftOf(cfg, req)
	if err != nil {
		code := http.StatusBadRequest
		if errors.Is(err, errNoFile) {
			code = http.StatusNotFound
		}
		fail(w, code, err.Error())
		return nil, false
	}
	return d, true
}
