package build

import (
	"errors"
	"strings"
	"testing/fstest"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/theme"
)

// draft is a page being edited in the preview: its file is read from src
// instead of from the disk (a new page is added to the site).
type draft struct {
	file string // path from the site root, "content/sl/cases/x.md"
	src  []byte
	out  Draft
}

// Draft is what a check of a page being edited found.
type Draft struct {
	// Findings are every finding of the site with the draft in it
	// (errors, warnings and notes, of all files: the caller keeps the
	// draft's).
	Findings diag.List
	HTML     []byte // the draft's body rendered as the site will have it; nil when the Markdown stage did not run
	// Fields are the draft's Markdown fields that hold text (a case's
	// need, activities …), by name, rendered as its page shows them;
	// nil when the Markdown stage did not run.
	Fields map[string][]byte
	URL    string // the draft's page's path below the base path, "sl/cases/x/"
}

// CheckDraft runs the checks of `skupaj check` on the site with file (a
// page's path from the site root) holding src instead of what the disk
// holds: loading, the site's references, the Markdown's links and the
// editor's checks; it renders no page and writes nothing. It reuses what
// the session's earlier checks parsed and rendered, so a session that
// checks drafts builds nothing else. err is a problem that is not a
// finding (the site cannot be read at all).
func (s *Session) CheckDraft(file string, src []byte) (*Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := &draft{file: file, src: src}
	o := s.opts
	o.draft = d
	s.trees = treesOf(o.Root)
	res, err := run(o, output.Discard{}, nil, s)
	if err == nil {
		d.out.Findings = res.Findings
	} else if !errors.As(err, &d.out.Findings) {
		return nil, err
	}
	s.pages.next()
	s.docs.next()
	return &d.out, nil
}

// loadPages loads the site's pages, the draft in place of its file.
func loadPages(o Options, cfg *config.Config, parse content.Parser) ([]*content.Page, error) {
	if o.draft == nil {
		return content.LoadWith(o.Root, cfg, parse)
	}
	top := fstest.MapFS{strings.TrimPrefix(o.draft.file, "content/"): {Data: o.draft.src, Mode: 0o644}}
	return content.LoadFS(theme.Overlay(top, sitefs.Dir(o.Root, "content")), cfg, parse)
}

// keepDraft records the draft's URL, rendered body and Markdown fields,
// once r's Markdown stage ran.
func keepDraft(o Options, s *site.Site, r *render.Renderer) {
	if o.draft == nil {
		return
	}
	for _, p := range s.Pages {
		if p.File == o.draft.file && p.ToLatin == "" && !p.Generated {
			o.draft.out.URL = p.URL
			if doc := r.Doc(p); doc != nil {
				o.draft.out.HTML = []byte(doc.HTML)
				o.draft.out.Fields = map[string][]byte{}
				for _, f := range r.Teaching(p, p.Lang) {
					o.draft.out.Fields[f.Name] = []byte(f.HTML)
				}
			}
			return
		}
	}
}

// pageFiles maps each page's output path to the file it is made from, for
// the pages that have one.
func pageFiles(s *site.Site) map[string]string {
	out := map[string]string{}
	for _, p := range s.Pages {
		if !p.Generated && p.File != "" {
			out[p.Output()] = p.File
		}
	}
	return out
}
