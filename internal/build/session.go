package build

import (
	"maps"
	"sync"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/theme"
)

// Session builds one site again and again, for the live preview: the
// output stays in memory, and it is the output of a clean build of the
// same files. Not safe for concurrent use.
//
// What a session reuses between builds, and what each reuse depends on
// (every other stage runs whole on every build, so pages that show other
// pages — the print edition, lists, term and catalogue pages, related
// cases, backlinks, feeds — are always made from the current site):
//   - a parsed page: its file's path and bytes, and site.yaml;
//   - a page's rendered Markdown: the same, plus its language and script,
//     and the file, language and URL of every page and of its translations
//     (what its links resolve to);
//   - the search index: rebuilt only when asked for (Build(true)); the
//     builds in between serve the last one, whole.
type Session struct {
	opts   Options
	pages  memo[parsed]
	docs   memo[render.Rendered]
	search map[string][]byte // the files of the last search export
}

type parsed struct {
	page  *content.Page
	probs diag.List
}

// NewSession starts a session for the site of o.
func NewSession(o Options) *Session { return &Session{opts: o} }

// Build builds the whole site into memory. withSearch builds the search
// index again (slower: the preview runs it after showing the pages);
// without it the output holds the last search index built.
func (s *Session) Build(withSearch bool) (*Result, *output.Memory, error) {
	mem := output.NewMemory()
	var found *output.Memory
	var searchTo output.Writer // nil: no search
	if withSearch {
		found = output.NewMemory()
		searchTo = found
	}
	o := s.opts
	res, err := run(o, mem, searchTo, s)
	if err == nil {
		err = mem.CopyFS(theme.Overlay(dirFS(o.Root, "static"), skupaj.Static()))
	}
	if err != nil {
		return nil, nil, err
	}
	s.pages.next()
	s.docs.next()
	if found != nil {
		s.search = found.Files
	}
	maps.Copy(mem.Files, s.search)
	return res, mem, nil
}

// inputs are the fingerprints of one build's inputs that reused values
// depend on.
type inputs struct {
	config  fingerprint // site.yaml, and the options that change it
	links   fingerprint // every page's file, language and URL, and its translations'
	mu      sync.Mutex
	sources map[string]fingerprint // page file → its bytes
}

func (in *inputs) source(file string) fingerprint {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.sources[file]
}

// parser parses page files, reusing the pages of bytes parsed before
// under the same configuration. A nil session parses every file.
func (s *Session) parser(cfg *config.Config, in *inputs) content.Parser {
	if s == nil {
		return nil
	}
	return func(file string, src []byte) (*content.Page, diag.List) {
		fp := fingerprintOf(src)
		in.mu.Lock()
		if in.sources == nil {
			in.sources = map[string]fingerprint{}
		}
		in.sources[file] = fp
		in.mu.Unlock()
		key := newHasher().fp(in.config).str(file).fp(fp).sum()
		if hit, ok := s.pages.get(key); ok {
			return copyPage(hit.page), hit.probs
		}
		p, probs := content.Parse(file, src, cfg)
		s.pages.set(key, parsed{copyPage(p), probs})
		return p, probs
	}
}

// copyPage is a shallow copy, so that later stages may set fields on the
// page they get without changing the kept one.
func copyPage(p *content.Page) *content.Page {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// linksOf fingerprints what links written in pages resolve to.
func linksOf(s *site.Site) fingerprint {
	h := newHasher().str(s.Config.BasePath())
	for _, p := range s.Pages {
		h.str(p.File).str(p.Lang.Code).str(p.URL).str(p.ToLatin)
		for _, t := range p.Translations {
			h.str(t.Lang.Code).str(t.URL)
		}
		h.str("")
	}
	return h.sum()
}

// docMemo is the session's rendered Markdown for the renderer.
type docMemo struct {
	s  *Session
	in *inputs
}

func (s *Session) docMemo(in *inputs) render.Memo {
	if s == nil {
		return nil
	}
	return docMemo{s, in}
}

func (d docMemo) key(p *site.Page) fingerprint {
	return newHasher().fp(d.in.config).fp(d.in.links).str(p.File).fp(d.in.source(p.File)).
		str(p.Lang.Code).str(p.ToLatin).sum()
}

func (d docMemo) Get(p *site.Page) (render.Rendered, bool) { return d.s.docs.get(d.key(p)) }
func (d docMemo) Put(p *site.Page, r render.Rendered)      { d.s.docs.set(d.key(p), r) }
