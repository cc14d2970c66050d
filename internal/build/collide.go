package build

import (
	"io/fs"
	"sync"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/site"
)

// origins names what each file of the build is made from (a page's file,
// "the catalogue"), so that a static file that would be copied over one is
// reported with both before anything is copied. Pages are named by the
// site (site.Page.Output); the other stages write through writer.
type origins struct {
	mu sync.Mutex
	by map[string]string // output path → what makes it
}

func newOrigins(s *site.Site) *origins {
	src := &origins{by: map[string]string{}}
	for _, p := range s.Pages {
		src.by[p.Output()] = p.Source()
	}
	return src
}

// writer is w, recording that source makes each file written through it.
func (s *origins) writer(w output.Writer, source string) output.Writer {
	return recording{w: w, s: s, source: source}
}

type recording struct {
	w      output.Writer
	s      *origins
	source string
}

func (r recording) Write(rel string, data []byte) error {
	r.s.mu.Lock()
	r.s.by[rel] = r.source
	r.s.mu.Unlock()
	return r.w.Write(rel, data)
}

// checkStatic reports every file of static (the site's static/ over the
// theme's) that has the path of a file the build makes.
func (s *origins) checkStatic(static fs.FS) error {
	var errs diag.List
	err := fs.WalkDir(static, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		if src, ok := s.by[p]; ok {
			errs.Addf("static/"+p, 0, "this static file would be copied to %s, which the build makes from %s: move or rename the static file", p, src)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return errs.Err()
}
