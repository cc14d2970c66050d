package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/skupaj/skupaj/internal/pause"
)

// A folder (the output, the search index) is replaced so that, wherever
// the process stops, the folder holds its previous version or its new one,
// each whole. Beside the folder <name> lie only these, each a folder:
//
//   - .<name>.new-XXXX: a new version being made from nothing; the process
//     holds it locked while it works there.
//   - .<name>.spare: a previous version kept by StageInSpare's Swap, or a
//     new version half made in it. It is never taken for a whole version:
//     it only lends its files and folders to the next new version, which
//     is made in it (the process holds it locked meanwhile) and checked
//     file by file against what the build writes.
//   - .<name>.old: the folder set aside by a Swap that cannot exchange
//     (below); the one leftover that is ever put back.
//
// Swap exchanges the new version and the folder in one step (Linux
// renameat2 RENAME_EXCHANGE); the new version's name then holds the
// previous version, which Swap keeps as the spare. Where the file system cannot exchange, the folder is
// renamed to .<name>.old and the new version to the folder's name: between
// the two renames the folder does not exist and .<name>.old holds the
// previous version whole.
//
// Before anything else StageInSpare puts .<name>.old back when the folder
// does not exist. Then it takes one unlocked leftover (the spare first,
// else a .old or .new-* one, renamed to the spare) to make the new version
// in, and removes the other unlocked leftovers.

// Staged is a new version of a folder, made beside it.
type Staged struct {
	Path string // the folder to fill
	// Reused says that Path is the spare: it holds files and folders of
	// an earlier version, which the caller replaces or removes.
	Reused bool
	final  string
	lock   *os.File // held while Path is in use; nil after Swap or Abort
	// exchange swaps two folders in one step, or fails where the system
	// cannot (then Swap renames twice).
	exchange func(a, b string) error
}

// StageInSpare prepares a new version of the folder final in its spare,
// when it has one that no other process uses (see Staged.Reused), else in
// an empty folder; Swap keeps the previous version as the next spare.
func StageInSpare(final string) (*Staged, error) {
	n := siblingsOf(final)
	if err := os.MkdirAll(n.parent, 0o755); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Lstat(n.old); err == nil {
			if err := os.Rename(n.old, final); err != nil {
				return nil, fmt.Errorf("cannot put back %s, the previous %s: %w", n.old, final, err)
			}
		}
	}
	entries, err := os.ReadDir(n.parent)
	if err != nil {
		return nil, err
	}
	s := &Staged{final: final, exchange: exchange}
	s.adopt(n, n.spare)
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(n.parent, name)
		if !n.leftover(name) || p == s.Path {
			continue
		}
		if s.Path == "" && e.IsDir() && s.adopt(n, p) {
			continue
		}
		if inUse(p) {
			continue // another build is making it now
		}
		if err := removeAll(p); err != nil {
			s.Abort()
			return nil, fmt.Errorf("cannot remove %s, left by a build that was stopped: %w", p, err)
		}
	}
	if s.Path == "" {
		tmp, err := os.MkdirTemp(n.parent, n.prefix)
		if err != nil {
			return nil, err
		}
		s.Path = tmp
		if s.lock, err = lock(tmp); err != nil {
			_ = removeAll(tmp)
			return nil, err
		}
	}
	if err := os.Chmod(s.Path, 0o755); err != nil {
		s.Abort()
		return nil, err
	}
	pause.At("stage:" + n.base)
	return s, nil
}

// siblings are the names a Staged uses beside the folder final.
type siblings struct {
	parent, base       string
	old, spare, prefix string // .old and .spare paths, the .new- name prefix
}

func siblingsOf(final string) siblings {
	parent, base := filepath.Split(filepath.Clean(final))
	if parent == "" {
		parent = "."
	}
	return siblings{
		parent: parent,
		base:   base,
		old:    filepath.Join(parent, "."+base+".old"),
		spare:  filepath.Join(parent, "."+base+".spare"),
		prefix: "." + base + ".new-",
	}
}

// leftover reports whether name, beside the folder, is one of its stages.
func (n siblings) leftover(name string) bool {
	p := filepath.Join(n.parent, name)
	return p == n.old || p == n.spare || strings.HasPrefix(name, n.prefix)
}

// stagedFor returns the name of the folder that a folder named name
// stages versions of (its spare, a new or a set-aside version), or "".
func stagedFor(name string) string {
	if !strings.HasPrefix(name, ".") {
		return ""
	}
	rest, _, _ := strings.Cut(name[1:], ".new-")
	for _, suffix := range []string{".spare", ".old"} {
		rest = strings.TrimSuffix(rest, suffix)
	}
	if rest == name[1:] {
		return ""
	}
	return rest
}

// adopt locks the leftover folder p and makes it the spare to stage in,
// unless another process holds it or it cannot be renamed to the spare.
func (s *Staged) adopt(n siblings, p string) bool {
	if st, err := os.Lstat(p); err != nil || !st.IsDir() {
		return false
	}
	f, err := lock(p)
	if err != nil {
		return false
	}
	if p != n.spare {
		if err := os.Rename(p, n.spare); err != nil {
			f.Close()
			return false
		}
	}
	s.Path, s.Reused, s.lock = n.spare, true, f
	return true
}

// Swap puts the staged folder in place of final, in one step where the
// file system can; the previous version is removed, or kept as the spare.
func (s *Staged) Swap() error {
	defer s.unlock()
	n := siblingsOf(s.final)
	pause.At("swap:" + n.base)
	if _, err := os.Lstat(s.final); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(s.Path, s.final)
	}
	prev := s.Path // after the exchange it holds the previous version
	if err := s.exchange(s.Path, s.final); err != nil {
		prev = n.old
		if err := os.Rename(s.final, prev); err != nil {
			return err
		}
		pause.At("aside:" + n.base)
		if err := os.Rename(s.Path, s.final); err != nil {
			if rerr := os.Rename(prev, s.final); rerr != nil {
				return fmt.Errorf("%w; the previous version is kept in %s (the next build puts it back)", err, prev)
			}
			return err
		}
	}
	pause.At("swapped:" + n.base)
	if prev == n.spare || os.Rename(prev, n.spare) == nil {
		return nil
	}
	_ = removeAll(prev) // a later StageInSpare removes what is left
	return nil
}

// Abort gives up the new version; final stays as it was. A spare stays
// for the next build; an empty folder's stage is removed.
func (s *Staged) Abort() {
	if s.lock == nil {
		return
	}
	if !s.Reused {
		_ = removeAll(s.Path)
	}
	s.unlock()
}

func (s *Staged) unlock() {
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
}

// removeAll removes the folder p, making its folders writable when a
// first attempt fails (a read-only folder keeps its files otherwise).
func removeAll(p string) error {
	if os.RemoveAll(p) == nil {
		return nil
	}
	_ = filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
		if err == nil && e.IsDir() {
			_ = os.Chmod(q, 0o755)
		}
		return nil
	})
	return os.RemoveAll(p)
}
