// Package offline makes the service worker that keeps a language's
// handbook in the reader's browser, for rooms where the network drops:
// sw.js at the site's root, the worker's code (js/offline.js of the static
// files) after a line that names what to keep and the cache to keep it in.
// The cache's name comes from the bytes of everything kept, so a build
// that changes any of it replaces the cache, and the same input gives the
// same sw.js.
package offline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/site"
)

// File is where the worker is written, at the site's root, so that its
// scope is the whole site (under a GitHub Pages project path too).
const File = "sw.js"

// Code is the static file that holds the worker's code.
const Code = "js/offline.js"

// WholeIndex is the size of the exported search index (bytes as written,
// before compression), its languages' views aside, up to which the worker
// keeps all of it on a reader's first visit, with her language's view, so
// that every search works offline. The bundled handbook's is 3.4 MB
// (1.2 MB gzipped); its ten views add 2.6 MB (0.9 MB gzipped), of which a
// reader keeps her own, 0.2 to 0.3 MB. A larger index (the 10,000-page
// benchmark site's is about 78 MB, 112 MB with its views, in 19,000 files)
// is kept as the reader's searches fetch it: the worker keeps the
// manifests up front and each other file of the index when a page first
// fetches it, so that a search made once works offline, and a first visit
// does not download what the reader may never search for while she types
// her first search.
const WholeIndex = 8 << 20

// Recorder is an output.Writer that passes every file on to its writer and
// keeps the SHA-256 and the size of each, for the cache's name and for
// WholeIndex.
type Recorder struct {
	w     output.Writer
	mu    sync.Mutex
	files map[string]recorded
	whole int // the index size up to which the worker keeps all of it
}

type recorded struct {
	sum  [sha256.Size]byte
	size int
}

// Record returns a Recorder writing to w.
func Record(w output.Writer) *Recorder {
	return &Recorder{w: w, files: map[string]recorded{}, whole: WholeIndex}
}

// KeepWholeUpTo sets the size of index up to which the worker keeps all
// of it (WholeIndex unless set; a test of a small site sets 1 to see what
// a large site's readers get).
func (r *Recorder) KeepWholeUpTo(size int) {
	r.whole = size
}

// Write writes the file to the recorder's writer and keeps its sum.
func (r *Recorder) Write(rel string, data []byte) error {
	f := recorded{sha256.Sum256(data), len(data)}
	r.mu.Lock()
	r.files[rel] = f
	r.mu.Unlock()
	return r.w.Write(rel, data)
}

// Copies tells whether the writer that r writes to keeps nothing: r
// itself keeps only each file's hash and size.
func (r *Recorder) Copies() bool { return output.Reusable(r.w) }

// kept is the line of sw.js before the worker's code: paths relative to
// the site's root, which the worker resolves against its scope.
type kept struct {
	Cache  string              `json:"cache"`
	Shared []string            `json:"shared"` // the static files and the whole search index (its manifest alone when AsFetched is set)
	Langs  map[string][]string `json:"langs"`  // language code → its pages, then its view of the index (its manifest alone when AsFetched is set)
	// AsFetched is the folder (search.Dir) whose hashed files the worker
	// keeps as pages fetch them; empty when Shared and Langs hold them all.
	AsFetched string `json:"asFetched,omitempty"`
}

// Keep lists, by language, the pages the worker keeps for a reader of
// that language: the home page, the chapters, tools (worksheets) and
// cases with their lists, and the search page. A page not yet translated
// is kept in the language that the list shows.
func Keep(s *site.Site) map[string][]string {
	out := map[string][]string{}
	for _, l := range s.Langs {
		pages := []*site.Page{l.Home, l.Search}
		for _, sec := range l.Sections {
			switch sec.Kind {
			case content.Guideline, content.Tool, content.Case:
				pages = append(pages, sec.Index)
				pages = append(pages, sec.Items...)
			}
		}
		var paths []string
		for _, p := range pages {
			if p != nil {
				paths = append(paths, p.Output())
			}
		}
		out[l.Code] = paths
	}
	return out
}

// WriteWorker writes sw.js through r: the worker's code from assets, told
// to keep for every reader the files of assets and the exported search
// index but its languages' views, and for a reader of a language of langs
// its pages (files from Keep) and its view (all of the index up to
// WholeIndex, else its manifests and the files searches fetch), in a cache
// named by their bytes. It is called after everything else of the build
// was written through r.
func (r *Recorder) WriteWorker(assets fs.FS, langs map[string][]string) error {
	code, err := fs.ReadFile(assets, Code)
	if err != nil {
		return fmt.Errorf("the offline worker: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	k := kept{Langs: map[string][]string{}}
	views := r.views(langs)
	if r.indexSize(views) > r.whole {
		k.AsFetched = search.Dir
	}
	// all is what names the cache: what is kept up front, and every file
	// of the index, as a search may keep any of them.
	all := map[string]bool{}
	viewFiles := map[string][]string{}
	for rel := range r.files {
		if !isShared(assets, rel) {
			continue
		}
		all[rel] = true
		if k.AsFetched != "" && isIndex(rel) && !isManifest(rel) {
			continue
		}
		if lang, ok := views[rel]; ok {
			viewFiles[lang] = append(viewFiles[lang], rel)
		} else {
			k.Shared = append(k.Shared, rel)
		}
	}
	slices.Sort(k.Shared)
	for code, files := range langs {
		var paths []string
		for _, f := range files {
			if _, ok := r.files[f]; ok {
				paths = append(paths, strings.TrimSuffix(f, "index.html"))
				all[f] = true
			}
		}
		slices.Sort(viewFiles[code])
		k.Langs[code] = append(paths, viewFiles[code]...)
	}
	h := sha256.New()
	h.Write(code)
	for _, f := range slices.Sorted(maps.Keys(all)) {
		fmt.Fprintf(h, "\n%s %x", f, r.files[f].sum)
	}
	k.Cache = "skupaj-" + hex.EncodeToString(h.Sum(nil))[:16]
	head, err := json.Marshal(k) // map keys sorted: the same input, the same bytes
	if err != nil {
		return err
	}
	src := "const OFFLINE = " + string(head) + ";\n" + string(code)
	return r.w.Write(File, []byte(src))
}

// isManifest reports whether the written file rel is a manifest of the
// index (static.IsManifest), fetched fresh (a search page carries its
// view's, and fetches it when that copy fails or it carries none).
func isManifest(rel string) bool {
	name, ok := strings.CutPrefix(rel, search.Dir)
	return ok && static.IsManifest(name)
}

// views maps each written file of a language's view of the index
// (static.ViewFile) to that language, for the languages of langs.
func (r *Recorder) views(langs map[string][]string) map[string]string {
	out := map[string]string{}
	for rel := range r.files {
		name, ok := strings.CutPrefix(rel, search.Dir)
		if !ok || !isIndex(rel) {
			continue
		}
		for lang := range langs {
			if static.ViewFile(name, lang) {
				out[rel] = lang
				break
			}
		}
	}
	return out
}

// indexSize is the bytes of the exported search index written through r,
// the languages' views (views) aside: a reader keeps her own view only.
func (r *Recorder) indexSize(views map[string]string) int {
	n := 0
	for rel, f := range r.files {
		if _, ok := views[rel]; isIndex(rel) && !ok {
			n += f.size
		}
	}
	return n
}

// isShared reports whether the written file rel is kept for a reader
// whatever her language: a file of assets, the static files (the worker's
// own code aside), or a file of the search index (its page aside; a
// language's view goes with that language, see WriteWorker).
func isShared(assets fs.FS, rel string) bool {
	if rel == Code || rel == File {
		return false
	}
	if strings.HasPrefix(rel, search.Dir) {
		return isIndex(rel)
	}
	_, err := fs.Stat(assets, rel)
	return err == nil
}

// isIndex reports whether the written file rel is a file of the exported
// search index (not its page, search/index.html).
func isIndex(rel string) bool {
	return strings.HasPrefix(rel, search.Dir) && strings.HasSuffix(rel, ".json")
}
