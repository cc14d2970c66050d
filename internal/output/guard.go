package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the file a build writes at the root of its output folder. A
// build replaces its output folder whole, so it takes over only a folder
// that does not exist, is empty, or holds the marker. The marker is
// published with the site (GitHub Pages serves dotfiles, as skupaj writes
// .nojekyll): its text is fixed and says no more than the pages' own
// generator tag, and keeping it in the output is what lets the next build
// recognise its folder wherever it is deployed from.
const Marker = ".skupaj-output"

var markerText = []byte("This folder is made by skupaj build, which replaces it whole on every build.\n")

// Guard says which folders a build's output must keep away from.
type Guard struct {
	// Site is the site's folder: the output may lie inside it, but may
	// be neither it nor a folder that holds it.
	Site string
	// Sources are folders the output may not be, hold or lie inside
	// (content/, layouts/, static/, the search index's folder).
	Sources []string
	// Adopt lets the build take over a non-empty folder without the
	// marker: the default <site>/public, made by earlier versions.
	Adopt bool
}

// check refuses an output folder final (an absolute path with its links
// followed) that would replace something the build does not own.
func (g Guard) check(final string) error {
	const why = "skupaj build replaces its output folder whole"
	suggest := ""
	if g.Site != "" {
		suggest = fmt.Sprintf("; build into a folder of its own, such as %s (the default)", filepath.Join(realPath(g.Site), "public"))
	}
	site := ""
	if g.Site != "" {
		site = realPath(g.Site)
		if within(site, final) {
			return fmt.Errorf("output folder %s %s the site folder %s: %s and would delete the site%s", final, relation(final, site), site, why, suggest)
		}
	}
	for _, src := range g.Sources {
		src = realPath(src)
		if !within(final, src) && !within(src, final) {
			continue
		}
		name := src
		if rel, err := filepath.Rel(site, src); site != "" && err == nil && within(src, site) {
			name = filepath.ToSlash(rel) + "/"
		}
		return fmt.Errorf("output folder %s %s the site's folder %s: %s and would delete the site's files there%s", final, relation(final, src), name, why, suggest)
	}
	if of := stagedFor(filepath.Base(final)); of != "" {
		return fmt.Errorf("output folder %s is where skupaj build makes the next version of %s, never a whole output%s", final, filepath.Join(filepath.Dir(final), of), suggest)
	}
	for _, part := range strings.Split(final, string(filepath.Separator)) {
		if part == ".git" {
			return fmt.Errorf("output folder %s lies inside a Git repository's .git folder; %s%s", final, why, suggest)
		}
	}
	if _, err := os.Lstat(filepath.Join(final, ".git")); err == nil {
		return fmt.Errorf("output folder %s holds a Git repository (.git): %s and would delete it; build into another folder and copy the result into the repository%s", final, why, suggest)
	}
	st, err := os.Lstat(final)
	if err == nil && !st.IsDir() {
		return fmt.Errorf("output folder %s is a file, not a folder", final)
	}
	return nil
}

// owned refuses an existing, non-empty output folder without the marker,
// unless the guard adopts it.
func (g Guard) owned(final string) error {
	if g.Adopt {
		return nil
	}
	if _, err := os.Lstat(filepath.Join(final, Marker)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(final)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	return fmt.Errorf("output folder %s is not empty and was not made by skupaj build (it has no %s file): skupaj build replaces its output folder whole, so it will not clear a folder it did not make; empty the folder, or choose a new one", final, Marker)
}

// relation says how the folder a stands to b, one of them holding the other.
func relation(a, b string) string {
	switch {
	case a == b:
		return "is"
	case within(a, b):
		return "lies inside"
	}
	return "holds"
}

// within reports whether the folder a is b or lies inside it.
func within(a, b string) bool {
	rel, err := filepath.Rel(b, a)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// realPath is p made absolute, with every link of its existing part
// followed, so that two names of one folder compare equal.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		if filepath.Dir(dir) == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}
