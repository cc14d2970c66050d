// Package output writes a build so that a failed or stopped build never
// touches the previous output. The whole new output is made in a folder
// beside the target and swapped in at once when the build succeeded (see
// Stage); files whose bytes did not change are linked, not written again.
// The output folder is the build's own: Guard keeps it away from the
// site's sources, and a folder the build did not make is never cleared.
package output

import (
	"io/fs"
	"sync"
)

// Writer receives the files of a build, by slash-separated path.
type Writer interface {
	Write(rel string, data []byte) error
}

// Discard is a Writer that keeps nothing (for checks without output).
type Discard struct{}

// Write does nothing.
func (Discard) Write(string, []byte) error { return nil }

// Memory is a Writer that keeps the files in memory (for the live preview).
type Memory struct {
	mu    sync.Mutex
	Files map[string][]byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{Files: map[string][]byte{}} }

// Write keeps one file; it is safe for concurrent use.
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
