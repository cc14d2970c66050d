// Package output writes a build so that a failed build never touches the
// previous output. Files are staged in a fresh folder beside the target;
// only when the whole build succeeded are they moved in. A file whose bytes
// did not change is not written again, and files the new build no longer
// makes are removed, so a rebuild costs the file system only what changed.
package output

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Writer receives the files of a build, by slash-separated path. Write
// may keep data (Memory does): the caller hands the slice over and never
// changes it afterwards.
type Writer interface {
	Write(rel string, data []byte) error
}

// Discard is a Writer that keeps nothing (for checks without output).
type Discard struct{}

// Write does nothing.
func (Discard) Write(string, []byte) error { return nil }

// Dir is a build in progress.
type Dir struct {
	final string // the output folder
	tmp   string // where changed files are staged
	fresh bool   // final did not exist: the staged folder becomes it whole

	mu     sync.Mutex
	dirs   map[string]bool // staged folders made so far
	staged []string        // files written to tmp
	all    map[string]bool // every file of the build
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
	st, err := os.Stat(final)
	fresh := err != nil
	if err == nil && !st.IsDir() {
		os.Remove(tmp)
		return nil, fmt.Errorf("output %s is a file, not a folder", final)
	}
	return &Dir{final: final, tmp: tmp, fresh: fresh, dirs: map[string]bool{}, all: map[string]bool{}}, nil
}

// Write adds one file to the build; it is safe for concurrent use.
func (d *Dir) Write(rel string, data []byte) error {
	clean := filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(clean) || clean == "." || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return fmt.Errorf("output path %q leaves the output folder", rel)
	}
	d.mu.Lock()
	dup := d.all[clean]
	d.all[clean] = true
	d.mu.Unlock()
	if dup {
		return fmt.Errorf("two files of the build are written to %s", filepath.ToSlash(clean))
	}
	if !d.fresh && sameFile(filepath.Join(d.final, clean), data) {
		return nil
	}
	p := filepath.Join(d.tmp, clean)
	if err := d.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	d.mu.Lock()
	d.staged = append(d.staged, clean)
	d.mu.Unlock()
	return nil
}

// readBufs are buffers for reading the previous output's files.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// sameFile reports whether the file at path holds data: its size first,
// then its bytes, read into a reused buffer (a rebuild of 10,000 pages
// compares 180 MB of files, which would otherwise all be garbage).
func sameFile(path string, data []byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	if cap(*bp) < len(data) {
		*bp = make([]byte, len(data))
	}
	buf := (*bp)[:len(data)]
	if _, err := io.ReadFull(f, buf); err != nil {
		return false
	}
	return bytes.Equal(buf, data)
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

// CopyFS adds every file of fsys to the build.
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

// Commit puts the build in place: the staged folder becomes the output when
// there was none; otherwise changed files are moved in and files the build
// no longer makes are removed.
func (d *Dir) Commit() error {
	if d.fresh {
		return os.Rename(d.tmp, d.final)
	}
	sort.Strings(d.staged)
	for _, rel := range d.staged {
		dst := filepath.Join(d.final, rel)
		if err := makeDirs(d.final, filepath.Dir(rel)); err != nil {
			return err
		}
		if st, err := os.Lstat(dst); err == nil && st.IsDir() {
			if err := os.RemoveAll(dst); err != nil {
				return err
			}
		}
		if err := os.Rename(filepath.Join(d.tmp, rel), dst); err != nil {
			return err
		}
	}
	if err := d.prune(); err != nil {
		return err
	}
	return os.RemoveAll(d.tmp)
}

// makeDirs creates rel below root, replacing any file that stands where a
// folder must be.
func makeDirs(root, rel string) error {
	if rel == "." {
		return nil
	}
	if err := os.MkdirAll(filepath.Join(root, rel), 0o755); err == nil {
		return nil
	}
	p := root
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		p = filepath.Join(p, part)
		if st, err := os.Lstat(p); err == nil && !st.IsDir() {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return os.MkdirAll(filepath.Join(root, rel), 0o755)
}

// prune removes the files of the output that this build did not make, and
// folders left empty, in one walk: a folder is empty when it keeps no
// file and none of its folders is kept (rmdir refuses any other).
func (d *Dir) prune() error {
	var dirs []string
	kept := map[string]bool{} // folders that keep something
	err := filepath.WalkDir(d.final, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(d.final, p)
		if e.IsDir() {
			if rel != "." {
				dirs = append(dirs, p)
			}
			return nil
		}
		if !d.all[rel] {
			return os.Remove(p)
		}
		kept[filepath.Dir(p)] = true
		return nil
	})
	if err != nil {
		return err
	}
	for i := len(dirs) - 1; i >= 0; i-- { // deepest first
		if kept[dirs[i]] || os.Remove(dirs[i]) != nil {
			kept[filepath.Dir(dirs[i])] = true
		}
	}
	return nil
}

// Abort throws the staged files away; the output stays as it was.
func (d *Dir) Abort() { _ = os.RemoveAll(d.tmp) }
