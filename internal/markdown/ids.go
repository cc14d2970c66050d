package markdown

import (
	"strconv"

	"github.com/yuin/goldmark/ast"

	"github.com/skupaj/skupaj/internal/slug"
)

// ids makes heading IDs for one page: ASCII slugs of the heading text,
// made unique within the page by a numeric suffix.
type ids struct {
	lang string
	seen map[string]bool
}

func newIDs(lang string) *ids { return &ids{lang: lang, seen: map[string]bool{}} }

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slug.Make(s.lang, string(value))
	if base == "" {
		base = "section"
	}
	id := base
	for i := 1; s.seen[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.seen[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.seen[string(value)] = true }
