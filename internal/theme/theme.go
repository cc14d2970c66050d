// Package theme lays a site's own layouts/ and static/ over the defaults
// built into skupaj: a file the site has replaces the default file of the
// same path; every other default stays.
package theme

import (
	"errors"
	"io/fs"
	"sort"
)

// Overlay returns an FS that reads from top and falls back to base. Either
// may be nil.
func Overlay(top, base fs.FS) fs.FS { return overlay{top, base} }

type overlay struct{ top, base fs.FS }

func (o overlay) layers() []fs.FS {
	var ls []fs.FS
	for _, l := range []fs.FS{o.top, o.base} {
		if l != nil {
			ls = append(ls, l)
		}
	}
	return ls
}

func (o overlay) Open(name string) (fs.File, error) {
	var firstErr error
	for _, l := range o.layers() {
		f, err := l.Open(name)
		if err == nil {
			return f, nil
		}
		if firstErr == nil || !errors.Is(err, fs.ErrNotExist) {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return nil, firstErr
}

// ReadDir merges the entries of both layers, the top one winning.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, l := range o.layers() {
		entries, err := fs.ReadDir(l, name)
		if err != nil {
			continue
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}
