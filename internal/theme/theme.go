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
// may be nil. A file of top that exists but cannot be read (a link out of
// the site, say) is an error, never replaced by base's file.
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
	for _, l := range o.layers() {
		f, err := l.Open(name)
		if !errors.Is(err, fs.ErrNotExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadFile reads name from the first layer that has it, so that the top
// layer's own checks (size limits) apply.
func (o overlay) ReadFile(name string) ([]byte, error) {
	for _, l := range o.layers() {
		data, err := fs.ReadFile(l, name)
		if !errors.Is(err, fs.ErrNotExist) {
			return data, err
		}
	}
	return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrNotExist}
}

// ReadDir merges the entries of both layers, the top one winning.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, l := range o.layers() {
		entries, err := fs.ReadDir(l, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
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
