// Package sitefs reads a site's own files (content/, layouts/, static/)
// and refuses what a build must never publish or wait on: a link that
// leads out of the site folder or into its .git, a special file (pipe,
// device, socket) and a file larger than its limit. Every loader reads
// the site through it; problems are diag errors that name the file.
package sitefs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/diag"
)

// Limits in bytes: a file of static/ may be an image or a PDF; every other
// file (a page, the configuration, a vocabulary, a layout) is text.
const (
	MaxStatic = 50 << 20
	MaxText   = 10 << 20
)

// limit is the size limit of the file rel (slash path from the site root).
func limit(rel string) int64 {
	if rel == "static" || strings.HasPrefix(rel, "static/") {
		return MaxStatic
	}
	return MaxText
}

// ReadFile reads the file rel (slash path from the site root). A missing
// file is an error that matches fs.ErrNotExist.
func ReadFile(root, rel string) ([]byte, error) {
	s, err := newSite(root)
	if err != nil {
		return nil, err
	}
	return s.readFile(rel)
}

// Problem is err, met reading file, as a diag error naming file.
func Problem(file string, err error) *diag.Error {
	var d *diag.Error
	if errors.As(err, &d) {
		return d
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return diag.Errorf(file, 0, "cannot read: %v", err)
}

// site is a site folder, with its path as the file system sees it once
// every link is followed.
type site struct {
	root, real string
	dirs       sync.Map // slash path of a folder from the root → its real path, or the error resolving it
}

func newSite(root string) (*site, error) {
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, fmt.Errorf("site folder %s: %w", root, err)
	}
	if real, err = filepath.Abs(real); err != nil {
		return nil, err
	}
	return &site{root: root, real: real}, nil
}

// realDir resolves the folder dir (slash path from the root) once per site:
// every file of a folder shares the links on the way to it.
func (s *site) realDir(dir string) (string, error) {
	if v, ok := s.dirs.Load(dir); ok {
		if err, bad := v.(error); bad {
			return "", err
		}
		return v.(string), nil
	}
	p, err := filepath.EvalSymlinks(filepath.Join(s.root, filepath.FromSlash(dir)))
	if err == nil {
		p, err = filepath.Abs(p)
	}
	if err != nil {
		s.dirs.Store(dir, err)
		return "", err
	}
	s.dirs.Store(dir, p)
	return p, nil
}

// check finds the file rel: where it really is and what it is. It opens
// nothing, so that a pipe is refused before anyone waits on it.
func (s *site) check(rel string) (string, fs.FileInfo, error) {
	p, st, err := s.resolve(rel)
	if err != nil {
		return "", nil, err
	}
	if p != filepath.Join(s.real, filepath.FromSlash(rel)) { // a link on the way
		in, err := filepath.Rel(s.real, p)
		if err != nil || in == ".." || strings.HasPrefix(in, ".."+string(filepath.Separator)) {
			return "", nil, diag.Errorf(rel, 0, "is a link to %s, outside the site folder %s: a build reads only the site's own files; copy the file into the site instead", p, s.real)
		}
		if in == ".git" || strings.HasPrefix(in, ".git"+string(filepath.Separator)) {
			return "", nil, diag.Errorf(rel, 0, "is a link into the site's Git repository (%s), which is never published", p)
		}
	}
	if st == nil {
		if st, err = os.Stat(p); err != nil {
			return "", nil, err
		}
	}
	switch m := st.Mode(); {
	case m.IsDir():
	case !m.IsRegular():
		return "", nil, diag.Errorf(rel, 0, "is a %s, not a regular file: a site holds only files and folders; remove it", kind(m))
	case st.Size() > limit(rel):
		return "", nil, diag.Errorf(rel, 0, "is %s; a file here may have at most %s", size(st.Size()), size(limit(rel)))
	}
	return p, st, nil
}

// resolve is where rel really is, every link on the way followed: its
// folder as realDir resolved it, then rel itself when it is a link. When
// rel is not a link it also gives what rel is (nil for a link).
func (s *site) resolve(rel string) (string, fs.FileInfo, error) {
	dir, base := path.Split(rel)
	realDir, err := s.realDir(strings.TrimSuffix(dir, "/"))
	if err != nil {
		return "", nil, err
	}
	p := filepath.Join(realDir, base)
	st, err := os.Lstat(p)
	if err != nil {
		return "", nil, err
	}
	if st.Mode()&fs.ModeSymlink == 0 {
		return p, st, nil
	}
	if p, err = filepath.EvalSymlinks(p); err != nil {
		return "", nil, err
	}
	p, err = filepath.Abs(p)
	return p, nil, err
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

func size(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func (s *site) readFile(rel string) ([]byte, error) {
	p, st, err := s.check(rel)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, diag.Errorf(rel, 0, "is a folder where a file was expected")
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The size was checked; the read is bounded too, for a file that grows.
	max := limit(rel)
	data, err := readUpTo(f, min(st.Size(), max), max+1)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, diag.Errorf(rel, 0, "grew past %s while it was read; a file here may have at most %s", size(max), size(max))
	}
	return data, nil
}

// readUpTo reads r to its end, or to limit bytes, into a slice made for
// size bytes (the file's size when it was checked): as os.ReadFile does,
// one allocation for a file that did not grow, where io.ReadAll makes a
// few of growing size (on 10,000 pages of 5 KB, 110 MB).
func readUpTo(r io.Reader, size, limit int64) ([]byte, error) {
	data := make([]byte, 0, size+1) // the byte more sees the end of the file
	r = io.LimitReader(r, limit)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // the file grew: room for more
			data = append(data, 0)[:len(data)]
		}
	}
}

// Dir is the folder name (slash path from the site root) as an fs.FS whose
// files are checked and read as ReadFile does; nil when the site has no
// such folder. A link to a folder is refused like a link to a file.
func Dir(root, name string) fs.FS {
	s, err := newSite(root)
	if err != nil {
		return nil
	}
	_, st, err := s.check(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return broken{err}
	case !st.IsDir():
		return nil
	}
	return dirFS{s, name}
}

type dirFS struct {
	s    *site
	name string
}

func (d dirFS) rel(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return path.Join(d.name, name), nil
}

// Open opens a file or a folder of the site.
func (d dirFS) Open(name string) (fs.File, error) {
	rel, err := d.rel("open", name)
	if err != nil {
		return nil, err
	}
	p, _, err := d.s.check(rel)
	if err != nil {
		return nil, err
	}
	return os.Open(p)
}

// ReadFile reads a file of the site within its size limit.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	rel, err := d.rel("readfile", name)
	if err != nil {
		return nil, err
	}
	return d.s.readFile(rel)
}

// ReadDir lists a folder of the site; its entries are checked when they
// are opened.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	rel, err := d.rel("readdir", name)
	if err != nil {
		return nil, err
	}
	p, _, err := d.s.check(rel)
	if err != nil {
		return nil, err
	}
	return os.ReadDir(p)
}

// Stat describes a file of the site, after the checks of Open.
func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	rel, err := d.rel("stat", name)
	if err != nil {
		return nil, err
	}
	_, st, err := d.s.check(rel)
	return st, err
}

// broken is a folder that cannot be read at all (a link out of the site).
type broken struct{ err error }

func (b broken) Open(string) (fs.File, error) { return nil, b.err }
