package render

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"sync"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

// Cache keeps rendered Markdown between builds of a running preview. An
// entry is reused while the page's body, language and script are the same
// and no page was added, removed or moved (links resolve to the same URLs).
// Safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	m     map[string]cachedDoc
	pages map[string]cachedPage // output path → the page written there
}

// cachedPage is a page's output and what it was made from: the site's
// metadata (every page's front matter, the layouts, strings and
// configuration) and the page's own body.
type cachedPage struct {
	key  string
	html []byte
}

type cachedDoc struct {
	doc     *markdown.Doc
	anchors []anchorRef // links to headings, to be checked again on every build
}

// anchorRef is an Anchor with its target by file, valid across builds.
type anchorRef struct {
	file, lang, id string
	line           int
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{m: map[string]cachedDoc{}, pages: map[string]cachedPage{}} }

// pageKey identifies what page p's output is made of, given siteKey: the
// site's metadata. Only the print edition shows other pages' bodies; it
// has no key and is rendered every time, so that a change to a body
// re-renders that page and the print edition.
func (c *Cache) pageKey(siteKey string, p *site.Page) string {
	if c == nil || siteKey == "" || p.Kind == content.Print {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(siteKey))
	h.Write([]byte{0})
	h.Write([]byte(p.Lang.Code + "\x00" + p.ToLatin + "\x00" + p.URL + "\x00"))
	h.Write(p.Body)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) page(path, key string) ([]byte, bool) {
	if c == nil || key == "" {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.pages[path]
	return e.html, ok && e.key == key
}

func (c *Cache) putPage(path, key string, html []byte) {
	if c == nil || key == "" {
		return
	}
	c.mu.Lock()
	c.pages[path] = cachedPage{key, html}
	c.mu.Unlock()
}

func (c *Cache) key(r *Renderer, p *site.Page, structure string) string {
	if c == nil {
		return ""
	}
	h := sha256.New()
	for _, s := range []string{structure, p.File, p.Lang.Code, p.ToLatin, strconv.Itoa(p.BodyLine), strconv.FormatBool(r.sections)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(p.Body)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) get(key string) (cachedDoc, bool) {
	if c == nil {
		return cachedDoc{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.m[key]
	return d, ok
}

func (c *Cache) put(key string, doc *markdown.Doc, anchors []site.Anchor) {
	if c == nil || doc == nil {
		return
	}
	refs := make([]anchorRef, len(anchors))
	for i, a := range anchors {
		refs[i] = anchorRef{file: a.Target.File, lang: a.Target.Lang.Code, id: a.ID, line: a.Line}
	}
	c.mu.Lock()
	c.m[key] = cachedDoc{doc, refs}
	c.mu.Unlock()
}

// targets finds the cached anchors' target pages in the current site.
func (d cachedDoc) targets(pages map[[2]string]*site.Page) []site.Anchor {
	var out []site.Anchor
	for _, a := range d.anchors {
		if p := pages[[2]string{a.file, a.lang}]; p != nil {
			out = append(out, site.Anchor{Target: p, ID: a.id, Line: a.line})
		}
	}
	return out
}

// byFileLang indexes the site's pages by source file and language.
func (r *Renderer) byFileLang() map[[2]string]*site.Page {
	if r.cache == nil {
		return nil
	}
	m := make(map[[2]string]*site.Page, len(r.site.Pages))
	for _, p := range r.site.Pages {
		if p.File != "" {
			m[[2]string{p.File, p.Lang.Code}] = p
		}
	}
	return m
}

// structure identifies what link resolution depends on: every page's file,
// language and URL, and the base path.
func (r *Renderer) structure() string {
	if r.cache == nil {
		return ""
	}
	var lines []string
	for _, p := range r.site.Pages {
		lines = append(lines, p.File+"\x00"+p.Lang.Code+"\x00"+p.URL)
	}
	sort.Strings(lines)
	h := sha256.New()
	h.Write([]byte(r.site.Config.BasePath()))
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
