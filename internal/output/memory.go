package output

import (
	"io/fs"
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

// CopyFS keeps every file of fsys.
func (m *Memory) CopyFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return m.Write(p, data)
	})
}
