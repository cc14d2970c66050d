// Package serve is the live preview: it builds the site into memory, serves
// it on localhost, rebuilds when a file of the site changes, and tells open
// pages to reload. A build error is shown over the page, never as a crash.
// With Options.Edit, package edit answers below edit.Path and every page
// links to its form.
package serve

import (
	"context"
	"errors"
	"fmt"
	"html"
	"html/template"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/edit"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search"
)

// Options configure a preview server.
type Options struct {
	Root     string // the site's folder
	Addr     string // host:port to listen on, e.g. "localhost:1313"
	BasePath string // the path the site lives below, "/" or "/handbook/"
	// Edit turns on the editor below edit.Path (forms that write pages
	// into content/ and images into static/) and the Edit links.
	Edit bool
	Log  func(format string, args ...any)
}

// Server is a running preview.
type Server struct {
	opts    Options
	session *build.Session
	edit    *edit.Server // nil when editing is off

	mu       sync.RWMutex
	files    map[string][]byte // the last good build
	sources  map[string]string // output path → page file, of the last good build
	problem  error             // the last build's error, nil when it succeeded
	builds   int               // finished builds, good or bad
	searched chan struct{}     // closed when the first build with search ended
	indexed  bool              // a build with search succeeded
	ui       ui                // the configuration and interface strings as the last build began

	clients   map[chan event]bool
	clientsMu sync.Mutex
}

// EventsPath is where open pages listen for reloads, below the base path.
const EventsPath = "__skupaj/events"

// New prepares a server; Run starts it.
func New(o Options) *Server {
	if o.BasePath == "" {
		o.BasePath = "/"
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
	s := &Server{
		opts:     o,
		session:  build.NewSession(build.Options{Root: o.Root, BaseURL: o.BasePath}),
		clients:  map[chan event]bool{},
		searched: make(chan struct{}),
	}
	if o.Edit {
		s.edit = edit.New(edit.Options{Root: o.Root, BasePath: o.BasePath, Session: s.session})
	}
	return s
}

// Run builds the site, serves it on ln and rebuilds on changes until ctx
// ends; then it stops cleanly.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	w, err := newWatcher(s.opts.Root)
	if err != nil {
		return err
	}
	defer w.close()
	s.rebuild(false)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	// The loop may be in a build, writing the search index below the
	// root: Run returns only once it has stopped.
	ctx, stop := context.WithCancel(ctx)
	looped := make(chan struct{})
	go func() { defer close(looped); s.loop(ctx, w) }()
	defer func() { stop(); <-looped }()
	select {
	case <-ctx.Done():
	case err := <-done:
		return err
	}
	s.closeClients()
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loop rebuilds after each burst of changes, and builds the search index
// again a moment after the last change, so that pages show up first (the
// builds in between serve the previous search index).
func (s *Server) loop(ctx context.Context, w *watcher) {
	var searchAt <-chan time.Time
	s.rebuild(true) // the first search index, right after the pages
	close(s.searched)
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.changes:
			s.rebuild(false)
			searchAt = time.After(time.Second)
		case <-searchAt:
			s.rebuild(true)
		}
	}
}

// rebuild builds the site; a good build replaces what is served, whole
// (pages and a search index), a bad one is shown over the last good pages.
// Then open pages hear of it: "reload" after a build that follows a change
// (its pages are new), and "search" after the timed build that renews the
// search index of pages already served (search pages reload).
// A build that fails in any way, a panic included, leaves the server
// ready for the next one.
func (s *Server) rebuild(withSearch bool) {
	start := time.Now()
	s.mu.RLock()
	first, indexed := s.builds == 0, s.indexed
	s.mu.RUnlock()
	searchOnly := withSearch // the pages served are this build's already
	if !first && !indexed {
		// No search index yet to serve with the pages (the first one
		// failed): this build makes both, and the pages are new.
		withSearch, searchOnly = true, false
	}
	res, mem, err := s.build(withSearch)
	u := loadUI(s.opts.Root)
	s.mu.Lock()
	s.ui = u
	s.builds++
	n := s.builds
	if err != nil {
		s.problem = err
	} else {
		s.files, s.sources, s.problem = mem.Files, res.Files, nil
		s.indexed = s.indexed || withSearch
	}
	s.mu.Unlock()
	ev := event{"reload", n}
	switch {
	case err != nil:
		s.opts.Log("build failed:\n%v", err)
	case withSearch:
		s.opts.Log("built %d pages and the search index in %v", res.Pages, time.Since(start).Round(time.Millisecond))
		if searchOnly {
			ev.name = "search"
		}
	default:
		s.opts.Log("built %d pages in %v", res.Pages, time.Since(start).Round(time.Millisecond))
	}
	s.broadcast(ev)
}

// build runs one build of the session, a panic turned into its error.
func (s *Server) build(withSearch bool) (res *build.Result, mem *output.Memory, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, mem, err = nil, nil, fmt.Errorf("the build stopped: %v", v)
		}
	}()
	return s.session.Build(withSearch)
}

// Builds returns how many builds finished and the last one's error.
func (s *Server) Builds() (int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.builds, s.problem
}

// ServeHTTP serves the last good build from memory, with the reload script
// (and the error overlay after a failed build) in every HTML page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			http.Error(w, "bad path", http.StatusBadRequest)
			return
		}
	}
	if !strings.HasPrefix(p, s.opts.BasePath) {
		http.NotFound(w, r)
		return
	}
	rel := strings.TrimPrefix(p, s.opts.BasePath)
	if rel == EventsPath {
		s.events(w, r)
		return
	}
	if strings.HasPrefix(rel, edit.Path) || rel+"/" == edit.Path {
		if s.edit == nil {
			http.NotFound(w, r)
			return
		}
		s.edit.ServeHTTP(w, r)
		return
	}
	if strings.HasPrefix(rel, search.Dir) {
		// The search index comes a moment after the first pages.
		select {
		case <-s.searched:
		case <-r.Context().Done():
			return
		}
	}
	s.mu.RLock()
	files, sources, problem, u := s.files, s.sources, s.problem, s.ui
	s.mu.RUnlock()
	name := rel
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	data, ok := files[name]
	if !ok && !strings.HasSuffix(rel, "/") {
		if _, dir := files[rel+"/index.html"]; dir {
			http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
			return
		}
	}
	if !ok {
		if problem == nil {
			data, ok = files["404.html"]
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if problem != nil {
			w.WriteHeader(http.StatusInternalServerError)
			t := u.overlayText(rel)
			fmt.Fprintf(w, "<!doctype html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>",
				html.EscapeString(t.lang), html.EscapeString(t.title), s.inject(u, rel, problem))
			return
		}
		w.WriteHeader(http.StatusNotFound)
		if ok {
			w.Write(s.withScript(u, data, rel, "", nil))
		} else {
			fmt.Fprint(w, "<!doctype html><title>Not found</title><p>Not found.</p>")
		}
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasSuffix(name, ".html") {
		data = s.withScript(u, data, rel, sources[name], problem)
	}
	w.Write(data)
}

// withScript puts the reload script, the editing bar (a link to the form
// of file, the page's source, when there is one) and the overlay of
// problem before </body> of the page at rel, in u's words.
func (s *Server) withScript(u ui, page []byte, rel, file string, problem error) []byte {
	tail := s.inject(u, rel, problem)
	if s.edit != nil {
		tail = s.edit.Bar(file, u.lang(rel), u.cfg, u.strs) + tail
	}
	i := strings.LastIndex(string(page), "</body>")
	if i < 0 {
		return append(append([]byte(nil), page...), tail...)
	}
	out := make([]byte, 0, len(page)+len(tail))
	out = append(out, page[:i]...)
	out = append(out, tail...)
	return append(out, page[i:]...)
}

// inject is the reload script and, after a failed build, the overlay that
// lists its problems, in the language of the page at rel.
func (s *Server) inject(u ui, rel string, problem error) string {
	var b strings.Builder
	if problem != nil {
		b.WriteString(overlay(u.overlayText(rel), problem))
	}
	if err := reloadScript.Execute(&b, s.opts.BasePath+EventsPath); err != nil {
		panic(err) // a string always executes
	}
	return b.String()
}

// reloadScript reloads the page when the server has built again, keeping
// the scroll position; a search page (one whose search box names the
// index's manifest) reloads when the search index was built again too. The
// events URL is escaped for JavaScript by html/template.
var reloadScript = template.Must(template.New("reload").Parse(reloadSource))

const reloadSource = `<script>(()=>{const k="skupaj-scroll:"+location.pathname;const y=sessionStorage.getItem(k);` +
	`if(y!==null){sessionStorage.removeItem(k);addEventListener("load",()=>scrollTo(0,+y));}` +
	`const reload=()=>{sessionStorage.setItem(k,String(scrollY));location.reload();};` +
	`const es=new EventSource({{.}});es.addEventListener("reload",reload);` +
	`es.addEventListener("search",()=>{if(document.querySelector("[data-manifest]"))reload();});})();</script>`
