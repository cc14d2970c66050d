// Package output writes a build into a fresh folder beside the target and
// swaps it in only when the whole build succeeded, so a failed build never
// touches the previous output.
package output

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

// Dir is a build in progress, written to a temporary folder.
type Dir struct {
	final string
	tmp   string
	mu    sync.Mutex
	dirs  map[string]bool
}

// Begin starts a build whose output will replace the folder final.
func Begin(final string) (*Dir, error) {
	final = filepath.Clean(final)
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(final)+".new-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	return &Dir{final: final, tmp: tmp, dirs: map[string]bool{}}, nil
}

// Write writes one file of the output; it is safe for concurrent use.
func (d *Dir) Write(rel string, data []byte) error {
	p, err := d.path(rel)
	if err != nil {
		return err
	}
	if err := d.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func (d *Dir) path(rel string) (string, error) {
	clean := filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("output path %q leaves the output folder", rel)
	}
	return filepath.Join(d.tmp, clean), nil
}

func (d *Dir) mkdir(dir string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dirs[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	d.dirs[dir] = true
	return nil
}

// CopyFS copies every file of fsys into the output.
func (d *Dir) CopyFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		data, err := io.ReadAll(f)
		if err != nil {
			return err
		}
		return d.Write(p, data)
	})
}

// Commit replaces the final folder with the new output.
func (d *Dir) Commit() error {
	old := ""
	if _, err := os.Stat(d.final); err == nil {
		old = d.tmp + ".old"
		if err := os.Rename(d.final, old); err != nil {
			return fmt.Errorf("cannot move the previous output aside: %w", err)
		}
	}
	if err := os.Rename(d.tmp, d.final); err != nil {
		if old != "" {
			_ = os.Rename(old, d.final)
		}
		return fmt.Errorf("cannot put the new output in place: %w", err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort throws the new output away.
func (d *Dir) Abort() { _ = os.RemoveAll(d.tmp) }
