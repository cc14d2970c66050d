// Package edit is the editor of `skupaj serve`: forms for the pages of the
// site, made from the field table of package content, that check a page
// as `skupaj check` does while it is written and save it as a minimal
// change of its file. It serves below Path of the preview, and writes
// only pages into content/, terms into content/taxonomies/ and images
// into static/images/. docs/edit-api.md is its HTTP API, the contract
// with the form's script.
package edit

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
)

// Path is where the editor lives, below the site's base path.
const Path = "__skupaj/edit/"

// Options configure an editor.
type Options struct {
	Root     string // the site's folder
	BasePath string // the path the site lives below, "/" or "/handbook/"
	// Session is the preview's build session: checks of drafts reuse
	// what its builds parsed and rendered, and the pickers offer what its
	// last good build read. nil: the editor keeps a session of its own.
	Session *build.Session
}

// Server answers the editor's requests.
type Server struct {
	opts  Options
	token string     // random for each run of the server
	save  sync.Mutex // one save at a time: a check of the disk and the write that follows
}

// New makes an editor with a new token.
func New(o Options) *Server {
	if o.BasePath == "" {
		o.BasePath = "/"
	}
	if o.Session == nil {
		o.Session = build.NewSession(build.Options{Root: o.Root, BaseURL: o.BasePath})
	}
	return &Server{opts: o, token: newToken()}
}

// Token is the token requests that write must carry.
func (s *Server) Token() string { return s.token }

// ServeHTTP answers a request whose path is below the base path and Path.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Another site may not show the editor in a frame, to trick a click
	// on Save.
	w.Header().Set("X-Frame-Options", "SAMEORIGIN")
	w.Header().Set("Content-Security-Policy", "frame-ancestors 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if why := s.refused(r); why != "" {
		http.Error(w, why, http.StatusForbidden)
		return
	}
	rel := strings.TrimPrefix(r.URL.Path, s.opts.BasePath+Path)
	get := r.Method == http.MethodGet || r.Method == http.MethodHead
	post := r.Method == http.MethodPost
	switch {
	case rel == "" && get:
		s.form(w, r)
	case strings.HasPrefix(rel, "assets/") && get:
		serveAsset(w, r, strings.TrimPrefix(rel, "assets/"))
	case rel == "api/schema" && get:
		s.schema(w, r)
	case rel == "api/page" && get:
		s.page(w, r)
	case rel == "api/check" && post:
		s.check(w, r)
	case rel == "api/save" && post:
		s.saveHandler(w, r)
	case rel == "api/upload" && post:
		s.upload(w, r)
	default:
		http.NotFound(w, r)
	}
}

// config reads the site's configuration afresh: it may change while the
// preview runs.
func (s *Server) config() (*config.Config, error) { return config.Load(s.opts.Root) }

// reply writes v as JSON with status code.
func reply(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// fail answers a request the editor cannot do, saying why.
func fail(w http.ResponseWriter, code int, msg string) {
	reply(w, code, map[string]string{"error": msg})
}

// request reads the JSON request into v and the site's configuration; on
// a problem it has answered the request.
func (s *Server) request(w http.ResponseWriter, r *http.Request, v any) (*config.Config, bool) {
	if !readJSON(w, r, v) {
		return nil, false
	}
	cfg, err := s.config()
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return nil, false
	}
	return cfg, true
}

// maxRequest is the largest JSON request: a page's text with room to spare.
const maxRequest = 4 << 20

// readJSON decodes the request's JSON body into v (a *json.RawMessage
// keeps it as it is).
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRequest))
	if err := dec.Decode(v); err != nil {
		fail(w, http.StatusBadRequest, "the request is not the JSON the editor sends: "+err.Error())
		return false
	}
	return true
}
