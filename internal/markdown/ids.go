package markdown

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/skupaj/skupaj/internal/slug"
)

// Reserved are the ids the layouts give their own elements ("main",
// "search-q"), which no heading of a page may take: IDs exactly, and every
// id that starts with one of Prefixes (the layouts' computed ids, such as
// "_toc" or "nf-q-en").
type Reserved struct {
	IDs      []string
	Prefixes []string
}

// prefixOf is the reserved prefix id starts with, or "".
func (r Reserved) prefixOf(id string) string {
	for _, p := range r.Prefixes {
		if strings.HasPrefix(id, p) {
			return p
		}
	}
	return ""
}

// ids makes heading IDs for one page: ASCII slugs of the heading text,
// made unique within the page, and apart from the layouts' reserved ids,
// by a numeric suffix; a slug that starts with a reserved prefix gets
// sectionPrefix in front, since no suffix takes it out of the prefix. next
// remembers the next suffix to try for each base, so n headings with the
// same text take linear time.
type ids struct {
	lang     string
	reserved Reserved
	seen     map[string]bool
	next     map[string]int
	written  map[string]bool // ids written by the editor ({#id})
}

// sectionPrefix goes before a heading's slug that would start with a
// reserved prefix ("NF Q en" → "h-nf-q-en").
const sectionPrefix = "h-"

func newIDs(lang string, reserved Reserved) *ids {
	s := &ids{lang: lang, reserved: reserved, seen: map[string]bool{}, next: map[string]int{}, written: map[string]bool{}}
	for _, id := range reserved.IDs {
		s.seen[id] = true
	}
	return s
}

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slug.Make(s.lang, string(value))
	if base == "" {
		base = "section"
	}
	if s.reserved.prefixOf(base) != "" {
		base = sectionPrefix + base
	}
	id := base
	if s.seen[id] {
		i := max(s.next[base], 1)
		for id = base + "-" + strconv.Itoa(i); s.seen[id]; id = base + "-" + strconv.Itoa(i) {
			i++
		}
		s.next[base] = i + 1
	}
	s.seen[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) {
	s.seen[string(value)] = true
	s.written[string(value)] = true
}
