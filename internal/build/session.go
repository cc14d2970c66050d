package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/theme"
)

// Session builds one site again and again, for the live preview: the
// output stays in memory, and pages and Markdown that did not change since
// the previous build are reused. Not safe for concurrent use.
type Session struct {
	opts   Options
	caches caches
}

// NewSession starts a session for the site of o.
func NewSession(o Options) *Session {
	return &Session{opts: o, caches: caches{content: content.NewCache(), markdown: render.NewCache()}}
}

// Build builds the whole site into memory. withSearch adds the search
// index (slower: the preview runs it after showing the pages).
func (s *Session) Build(withSearch bool) (*Result, *output.Memory, error) {
	mem := output.NewMemory()
	o := s.opts
	res, err := run(o, mem, withSearch, &s.caches)
	if err != nil {
		return nil, nil, err
	}
	if err := mem.CopyFS(theme.Overlay(dirFS(o.Root, "static"), skupaj.Static())); err != nil {
		return nil, nil, err
	}
	return res, mem, nil
}

// siteKey hashes everything a page may show of the rest of the site: the
// configuration, the vocabularies, every page's front matter, and the
// layouts with their strings. Bodies are left out: only the print edition
// shows other pages' bodies, and render never caches it.
func siteKey(root string, cfg any, pages []*content.Page, layouts fs.FS) string {
	h := sha256.New()
	fmt.Fprintf(h, "%+v\x00", cfg)
	var metas []string
	for _, p := range pages {
		metas = append(metas, p.File+"\x00"+p.Meta)
	}
	sort.Strings(metas)
	for _, m := range metas {
		h.Write([]byte(m))
		h.Write([]byte{0})
	}
	hashTree := func(fsys fs.FS) {
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(fsys, p)
			h.Write([]byte(p))
			h.Write([]byte{0})
			h.Write(data)
			return err
		})
	}
	hashTree(layouts)
	if vocab := dirFS(root, "content/taxonomies"); vocab != nil {
		hashTree(vocab)
	}
	return hex.EncodeToString(h.Sum(nil))
}
