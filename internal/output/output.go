// Package output writes a build so that a failed or stopped build never
// touches the previous output. The whole new output is made in a folder
// beside the target, the spare that holds the output before last, and
// swapped in at once when the build succeeded (see StageInSpare); files
// whose bytes did not change are linked, not written again.
// The output folder is the build's own: Guard keeps it away from the
// site's sources, and a folder the build did not make is never cleared.
// Memory keeps a build in memory instead, for the live preview.
package output

import "io/fs"

// Writer receives the files of a build, by slash-separated path. Write
// may keep data (Memory does): the caller hands the slice over and never
// changes it afterwards.
type Writer interface {
	Write(rel string, data []byte) error
}

// Copier is a Writer that is done with data when Write returns (it writes
// or hashes it and keeps nothing), when Copies says so: the caller may
// reuse the slice.
type Copier interface {
	Writer
	Copies() bool
}

// Reusable reports whether w is done with data when Write returns.
func Reusable(w Writer) bool {
	c, ok := w.(Copier)
	return ok && c.Copies()
}

// CopyFS writes every file of fsys to w, by its path. Files are read with
// fs.ReadFile, so that an fsys with limits (sitefs) applies them.
func CopyFS(w Writer, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return w.Write(p, data)
	})
}

// Discard is a Writer that keeps nothing (for checks without output).
type Discard struct{}

// Write does nothing.
func (Discard) Write(string, []byte) error { return nil }

// Copies is true: Discard keeps nothing.
func (Discard) Copies() bool { return true }
