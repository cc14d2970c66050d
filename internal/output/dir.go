package output

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/pause"
)

// Dir is a build in progress: its files go to a staged folder beside the
// output, which Commit swaps in whole (see Stage).
type Dir struct {
	final string // the output folder
	stage *Staged
	old   string // the previous output, when there is one

	mu      sync.Mutex
	dirs    map[string]*dirOnce // staged folders, made once each
	all     map[string]bool     // every file of the build
	written int                 // files written (the others are linked)
}

// Begin starts a build whose output will replace the folder final, after
// g allowed it.
func Begin(final string, g Guard) (*Dir, error) {
	final = realPath(final)
	if err := g.check(final); err != nil {
		return nil, err
	}
	stage, err := Stage(final)
	if err != nil {
		return nil, err
	}
	if err := g.owned(final); err != nil {
		stage.Abort()
		return nil, err
	}
	d := &Dir{final: final, stage: stage, dirs: map[string]*dirOnce{}, all: map[string]bool{}}
	if _, err := os.Stat(final); err == nil {
		d.old = final
	}
	if err := d.Write(Marker, markerText); err != nil {
		stage.Abort()
		return nil, err
	}
	return d, nil
}

// Write adds one file to the build; it is safe for concurrent use. A file
// whose bytes the previous output holds already is linked to it, not
// written again: its modification time stays, and the disk holds it once.
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
	p := filepath.Join(d.stage.Path, clean)
	if err := d.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	defer pause.At("write")
	if d.old != "" {
		if old := filepath.Join(d.old, clean); sameFile(old, data) && os.Link(old, p) == nil {
			return nil
		}
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	d.mu.Lock()
	d.written++
	d.mu.Unlock()
	return nil
}

// readBufs are buffers for reading the previous output's files.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// sameFile reports whether path is a regular file holding data: its size
// first, then its bytes, read into a reused buffer (a rebuild of 10,000
// pages compares 180 MB of files, which would otherwise all be garbage).
func sameFile(path string, data []byte) bool {
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
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

// mkdir makes the staged folder dir and its parents, each once. The
// lock is not held while the system makes a folder, so that pages of
// different sections get their folders at the same time (a mkdir costs
// ten times a file on ext4).
func (d *Dir) mkdir(dir string) error {
	if dir == d.stage.Path {
		return nil
	}
	d.mu.Lock()
	once := d.dirs[dir]
	if once == nil {
		once = &dirOnce{}
		d.dirs[dir] = once
	}
	d.mu.Unlock()
	once.Do(func() {
		if once.err = d.mkdir(filepath.Dir(dir)); once.err == nil {
			once.err = os.Mkdir(dir, 0o755)
		}
	})
	return once.err
}

type dirOnce struct {
	sync.Once
	err error
}

// CopyFS adds every file of fsys to the build. Files are read with
// fs.ReadFile, so that an fsys with limits (sitefs) applies them.
func (d *Dir) CopyFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return d.Write(p, data)
	})
}

// Commit puts the whole build in place of the previous output, in one step.
func (d *Dir) Commit() error {
	pause.At("commit")
	return d.stage.Swap()
}

// Abort throws the staged files away; the output stays as it was.
func (d *Dir) Abort() { d.stage.Abort() }
