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

// Dir is a build in progress: its files go to a folder beside the output,
// the spare or an empty one (see StageInSpare), which Commit swaps in whole.
type Dir struct {
	final string // the output folder
	stage *Staged
	old   string // the previous output, when there is one

	mu      sync.Mutex
	dirs    map[string]*dirOnce // staged folders, made or checked once each
	all     map[string]bool     // every staged file of the build
	written int                 // files written (the others are linked)
}

// Begin starts a build whose output will replace the folder final, after
// g allowed it.
func Begin(final string, g Guard) (*Dir, error) {
	final = realPath(final)
	if err := g.check(final); err != nil {
		return nil, err
	}
	stage, err := StageInSpare(final)
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
// In the spare, a file already linked so stays; any other entry at its
// path is removed first, so that nothing is ever written through a link
// into the previous output.
func (d *Dir) Write(rel string, data []byte) error {
	clean := filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(clean) || clean == "." || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return fmt.Errorf("output path %q leaves the output folder", rel)
	}
	p := filepath.Join(d.stage.Path, clean)
	d.mu.Lock()
	dup := d.all[p]
	_, folder := d.dirs[p]
	d.all[p] = true
	d.mu.Unlock()
	if dup {
		return fmt.Errorf("two files of the build are written to %s", filepath.ToSlash(clean))
	}
	if folder {
		return fmt.Errorf("%s is both a file and a folder of the build", filepath.ToSlash(clean))
	}
	if err := d.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	defer pause.At("write")
	var old string
	var same fs.FileInfo // the previous output's file, when it holds data
	if d.old != "" {
		old = filepath.Join(d.old, clean)
		same = sameFile(old, data)
	}
	if d.stage.Reused {
		if st, err := os.Lstat(p); err == nil {
			if same != nil && os.SameFile(st, same) {
				return nil
			}
			if err := removeEntry(p, st); err != nil {
				return err
			}
		}
	}
	if same != nil && os.Link(old, p) == nil {
		return nil
	}
	if err := writeNew(p, data); err != nil {
		return err
	}
	d.mu.Lock()
	d.written++
	d.mu.Unlock()
	return nil
}

// Copies is true: Write writes data to a file and keeps nothing.
func (d *Dir) Copies() bool { return true }

// writeNew writes data to a new file p; it never opens a file that exists.
func writeNew(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// removeEntry removes p, whose Lstat is st: a folder with all it holds.
func removeEntry(p string, st fs.FileInfo) error {
	if st.IsDir() {
		return removeAll(p)
	}
	return os.Remove(p)
}

// readBufs are buffers for reading the previous output's files.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// sameFile returns the Lstat of path when it is a regular file holding
// data, else nil: it compares the size first, then the bytes, read into a
// reused buffer (a rebuild of 10,000 pages compares 180 MB of files, which
// would otherwise all be garbage).
func sameFile(path string, data []byte) fs.FileInfo {
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	if cap(*bp) < len(data) {
		*bp = make([]byte, len(data))
	}
	buf := (*bp)[:len(data)]
	if _, err := io.ReadFull(f, buf); err != nil || !bytes.Equal(buf, data) {
		return nil
	}
	return st
}

// mkdir makes the staged folder dir and its parents, each once; in the
// spare it keeps a folder that is there, writable, and replaces anything
// else. The lock is not held while the system makes a folder, so that
// pages of different sections get their folders at the same time (a mkdir
// costs ten times a file on ext4).
func (d *Dir) mkdir(dir string) error {
	if dir == d.stage.Path {
		return nil
	}
	d.mu.Lock()
	if d.all[dir] {
		d.mu.Unlock()
		rel, _ := filepath.Rel(d.stage.Path, dir)
		return fmt.Errorf("%s is both a file and a folder of the build", filepath.ToSlash(rel))
	}
	once := d.dirs[dir]
	if once == nil {
		once = &dirOnce{}
		d.dirs[dir] = once
	}
	d.mu.Unlock()
	once.Do(func() {
		if once.err = d.mkdir(filepath.Dir(dir)); once.err != nil {
			return
		}
		if d.stage.Reused {
			if st, err := os.Lstat(dir); err == nil {
				if st.IsDir() {
					if st.Mode().Perm()&0o700 != 0o700 {
						once.err = os.Chmod(dir, 0o755)
					}
					return
				}
				if once.err = removeEntry(dir, st); once.err != nil {
					return
				}
			}
		}
		once.err = os.Mkdir(dir, 0o755)
	})
	return once.err
}

type dirOnce struct {
	sync.Once
	err error
}

// Commit puts the whole build in place of the previous output, in one
// step, after removing from the spare what the build did not write.
func (d *Dir) Commit() error {
	if d.stage.Reused {
		if err := d.prune(); err != nil {
			return err
		}
	}
	pause.At("commit")
	return d.stage.Swap()
}

// prune removes every file and folder of the spare that the build did not
// write or need.
func (d *Dir) prune() error {
	root := d.stage.Path
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case p == root:
			return nil
		case e.IsDir():
			if _, ok := d.dirs[p]; ok {
				return nil
			}
			if err := removeAll(p); err != nil {
				return err
			}
			return filepath.SkipDir
		case !d.all[p]:
			return os.Remove(p)
		}
		return nil
	})
}

// Abort gives up the build; the output stays as it was (the spare stays
// too, for the next build).
func (d *Dir) Abort() { d.stage.Abort() }
