package content

import (
	"os"
	"path"
	"reflect"
	"sync"
	"time"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
)

// Cache remembers parsed pages between builds of a running preview, so a
// rebuild parses only the files that changed. Safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	cfg   *config.Config
	files map[string]cached
}

type cached struct {
	size  int64
	mod   time.Time
	page  *Page
	probs diag.List
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{files: map[string]cached{}} }

// load returns the page of file p (relative to content/), from the cache
// when the file is unchanged. A nil cache always reads the file.
func (c *Cache) load(root, p string, cfg *config.Config) (*Page, diag.List) {
	if c == nil {
		return loadFile(root, p, cfg)
	}
	st, err := os.Stat(path.Join(root, "content", p))
	c.mu.Lock()
	if !reflect.DeepEqual(c.cfg, cfg) {
		c.cfg, c.files = cfg, map[string]cached{} // a new configuration: pages may check differently
	}
	hit, ok := c.files[p]
	c.mu.Unlock()
	if err == nil && ok && hit.size == st.Size() && hit.mod.Equal(st.ModTime()) {
		return copyPage(hit.page), hit.probs
	}
	page, probs := loadFile(root, p, cfg)
	if err == nil {
		c.mu.Lock()
		c.files[p] = cached{st.Size(), st.ModTime(), copyPage(page), probs}
		c.mu.Unlock()
	}
	return page, probs
}

// copyPage is a shallow copy, so that later stages may set fields on the
// page they get without changing the cached one.
func copyPage(p *Page) *Page {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}
