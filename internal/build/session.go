package build

import (
	"io/fs"
	"maps"
	"sync"
	"sync/atomic"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/sources"
)

// Session builds one site again and again, for the live preview: the
// output stays in memory, and it is the output of a clean build of the
// same files. It runs one build or check at a time: a caller waits for
// the one running.
//
// What a session reuses between builds, and what each reuse depends on
// (the catalogue, feeds and checks run whole on every build):
//   - a parsed page: its file's path and bytes, and site.yaml;
//   - a page's rendered Markdown: the same, plus its language and script,
//     and the file, language and URL of every page and of its translations
//     (what its links resolve to);
//   - a page's HTML: site.yaml, the bibliography, the vocabularies, the
//     layouts with their interface strings, every page's front matter
//     (lists, term and catalogue pages, related cases, backlinks and menus
//     show it), its own body, and, for a page that shows other pages'
//     bodies (the print edition), every page's body;
//   - the search index: rebuilt only when asked for (Build(true)); the
//     builds in between serve the last one, whole.
//
// Static files are copied on every build.
type Session struct {
	mu     sync.Mutex             // held by Build and CheckDraft
	loaded atomic.Pointer[Loaded] // what the last good Build read
	opts   Options
	pages  memo[fingerprint, parsed]
	docs   memo[fingerprint, render.Rendered]
	html   memo[string, keptPage] // by output path
	search map[string][]byte      // the files of the last search export
	trees  fingerprint            // treesOf the site as the running build began
}

// keptPage is a page's HTML and the fingerprint of what it was made from.
type keptPage struct {
	key    fingerprint
	others bool // made from other pages' bodies too
	html   []byte
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
	s.mu.Lock()
	defer s.mu.Unlock()
	mem := output.NewMemory()
	var found *output.Memory
	var searchTo output.Writer // nil: no search
	if withSearch {
		found = output.NewMemory()
		searchTo = found
	}
	o := s.opts
	s.trees = treesOf(o.Root)
	res, err := run(o, mem, searchTo, s)
	if s.trees != treesOf(o.Root) {
		// A layout or vocabulary changed while the build read them: the
		// HTML it made may be of either version.
		s.html = memo[string, keptPage]{}
	}
	if err == nil {
		err = output.CopyFS(mem, res.static)
	}
	if err != nil {
		return nil, nil, err
	}
	s.pages.next()
	s.docs.next()
	s.html.next()
	if found != nil {
		s.search = found.Files
	}
	s.loaded.Store(res.loaded)
	maps.Copy(mem.Files, s.search)
	return res, mem, nil
}

// inputs are the fingerprints of one build's inputs that reused values
// depend on.
type inputs struct {
	config  fingerprint // site.yaml, and the options that change it
	links   fingerprint // every page's file, language and URL, and its translations'
	site    fingerprint // config, vocabularies, layouts, every page's front matter
	bodies  fingerprint // every page file's bytes
	mu      sync.Mutex
	sources map[string]fingerprint // page file → its bytes
	fronts  map[string]fingerprint // page file → its front matter
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
		key := newHasher().fp(in.config).str(file).fp(fp).sum()
		hit, ok := s.pages.get(key)
		if !ok {
			hit.page, hit.probs = content.Parse(file, src, cfg)
			s.pages.set(key, parsed{copyPage(hit.page), hit.probs})
		}
		var front fingerprint
		if hit.page != nil {
			front = fingerprintOf(src[:len(src)-len(hit.page.Body)])
		}
		in.mu.Lock()
		if in.sources == nil {
			in.sources, in.fronts = map[string]fingerprint{}, map[string]fingerprint{}
		}
		in.sources[file], in.fronts[file] = fp, front
		in.mu.Unlock()
		return copyPage(hit.page), hit.probs
	}
}

// summarize fingerprints, once the pages are loaded, what pages' HTML is
// made from besides their own body: trees holds the bibliography, the
// vocabularies and the layouts.
func (in *inputs) summarize(pages []*content.Page, trees fingerprint) {
	site := newHasher().fp(in.config).fp(trees)
	bodies := newHasher()
	for _, p := range pages { // in file order
		site.str(p.File).fp(in.fronts[p.File])
		bodies.str(p.File).fp(in.sources[p.File])
	}
	in.site, in.bodies = site.sum(), bodies.sum()
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

// pageKey fingerprints what page p's HTML is made from; others adds
// every page's body.
func (d docMemo) pageKey(p *site.Page, others bool) fingerprint {
	h := newHasher().fp(d.in.site).str(p.Output()).str(p.File).fp(d.in.source(p.File))
	if others {
		h.fp(d.in.bodies)
	}
	return h.sum()
}

func (d docMemo) Page(p *site.Page) ([]byte, bool) {
	kept, ok := d.s.html.get(p.Output())
	if !ok || kept.key != d.pageKey(p, kept.others) {
		return nil, false
	}
	return kept.html, true
}

func (d docMemo) PutPage(p *site.Page, html []byte, others bool) {
	d.s.html.set(p.Output(), keptPage{d.pageKey(p, others), others, html})
}

// treesOf fingerprints the files read whole that pages' HTML is made
// from: the bibliography, the vocabularies, and the layouts with their
// interface strings (the site's over the bundled ones).
func treesOf(root string) fingerprint {
	h := newHasher()
	if data, err := sitefs.ReadFile(root, sources.File); err == nil {
		h.bytes(data)
	} else {
		h.str(err.Error())
	}
	for _, fsys := range []fs.FS{dirFS(root, "content/"+content.VocabularyDir), Layouts(root)} {
		if fsys == nil {
			h.str("")
			continue
		}
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				h.str(p).str(err.Error())
				return nil
			}
			if !d.IsDir() {
				data, err := fs.ReadFile(fsys, p)
				if err != nil {
					data = []byte(err.Error())
				}
				h.str(p).bytes(data)
			}
			return nil
		})
		h.str("")
	}
	return h.sum()
}
