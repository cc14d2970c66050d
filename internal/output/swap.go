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
// each whole:
//
//   - the new version is made in .<name>.new-XXXX beside the folder, which
//     the process holds locked while it works there;
//   - Swap exchanges the two in one step (Linux renameat2
//     RENAME_EXCHANGE); the staging name then holds the previous version,
//     which is removed;
//   - where the file system cannot exchange, the folder is renamed to
//     .<name>.old and the new version to the folder's name. Between the two
//     renames the folder does not exist and .<name>.old holds the previous
//     version whole;
//   - Stage, before anything else, renames .<name>.old back when the folder
//     does not exist, then removes every .<name>.old and every unlocked
//     .<name>.new-* that a stopped run left.

// Staged is a new version of a folder, made beside it.
type Staged struct {
	Path  string // the folder to fill
	final string
	lock  *os.File // held while Path is in use; nil after Swap or Abort
	// exchange swaps two folders in one step, or fails where the system
	// cannot (then Swap renames twice).
	exchange func(a, b string) error
}

// Stage prepares a new version of the folder final: it recovers from a run
// that was stopped, then makes an empty folder beside final to fill.
func Stage(final string) (*Staged, error) {
	parent, base := filepath.Split(filepath.Clean(final))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	aside := filepath.Join(parent, "."+base+".old")
	if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Lstat(aside); err == nil {
			if err := os.Rename(aside, final); err != nil {
				return nil, fmt.Errorf("cannot put back %s, the previous %s: %w", aside, final, err)
			}
		}
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if name != "."+base+".old" && !strings.HasPrefix(name, "."+base+".new-") {
			continue
		}
		p := filepath.Join(parent, name)
		if inUse(p) {
			continue // another build is making it now
		}
		if err := removeAll(p); err != nil {
			return nil, fmt.Errorf("cannot remove %s, left by a build that was stopped: %w", p, err)
		}
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return nil, err
	}
	s := &Staged{Path: tmp, final: final, exchange: exchange}
	if err := os.Chmod(tmp, 0o755); err != nil {
		s.Abort()
		return nil, err
	}
	if s.lock, err = lock(tmp); err != nil {
		s.Abort()
		return nil, err
	}
	pause.At("stage:" + base)
	return s, nil
}

// Swap puts the staged folder in place of final, in one step where the
// file system can, and removes the previous version.
func (s *Staged) Swap() error {
	defer s.unlock()
	base := filepath.Base(s.final)
	pause.At("swap:" + base)
	if _, err := os.Lstat(s.final); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(s.Path, s.final)
	}
	old := s.Path // after the exchange it holds the previous version
	if err := s.exchange(s.Path, s.final); err != nil {
		old = filepath.Join(filepath.Dir(s.final), "."+base+".old")
		if err := os.Rename(s.final, old); err != nil {
			return err
		}
		pause.At("aside:" + base)
		if err := os.Rename(s.Path, s.final); err != nil {
			if rerr := os.Rename(old, s.final); rerr != nil {
				return fmt.Errorf("%w; the previous version is kept in %s (the next build puts it back)", err, old)
			}
			return err
		}
	}
	pause.At("swapped:" + base)
	_ = removeAll(old) // a later Stage removes what is left
	return nil
}

// Abort removes the staged folder; final stays as it was.
func (s *Staged) Abort() {
	if s.lock == nil {
		return
	}
	_ = removeAll(s.Path)
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
