package render

import (
	"sync"

	"github.com/skupaj/skupaj/internal/content"
)

// pageSizes remembers how long the last page of each kind was, so that
// the next one's buffer starts near its size instead of doubling its way
// up from nothing (on 10,000 pages that growth allocated twice the bytes
// written). The hint changes only allocations, never the output.
type pageSizes struct {
	mu   sync.Mutex
	last map[content.Kind]int
}

// hint is the size to reserve for a page of kind k.
func (s *pageSizes) hint(k content.Kind) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.last[k]
	return n + n/8
}

// saw records that a page of kind k was n bytes long.
func (s *pageSizes) saw(k content.Kind, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil {
		s.last = map[content.Kind]int{}
	}
	s.last[k] = n
}
