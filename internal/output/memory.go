package output

import (
	"sync"
)

// Memory is a Writer that keeps the files in memory (for the live preview).
type Memory struct {
	mu    sync.Mutex
	Files map[string][]byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{Files: map[string][]byte{}} }

// Write keeps one file, data itself; it is safe for concurrent use.
func (m *Memory) Write(rel string, data []byte) error {
	m.mu.Lock()
	m.Files[rel] = data
	m.mu.Unlock()
	return nil
}
