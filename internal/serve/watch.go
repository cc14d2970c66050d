package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settle is how long the watcher waits after the last event of a burst
// (an editor's save is often several events: write a temporary file,
// rename it over the old one) before it asks for a rebuild.
const settle = 25 * time.Millisecond

// watcher reports changes anywhere below content/, layouts/ and static/ of
// a site, folders created later included.
type watcher struct {
	fs      *fsnotify.Watcher
	changes chan struct{}
	done    chan struct{}
}

func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, changes: make(chan struct{}, 1), done: make(chan struct{})}
	for _, dir := range []string{"content", "layouts", "static"} {
		w.addTree(filepath.Join(root, dir))
	}
	if err := fw.Add(root); err != nil { // to see content/, layouts/ or static/ appear
		fw.Close()
		return nil, err
	}
	go w.run(root)
	return w, nil
}

// addTree watches dir and every folder below it.
func (w *watcher) addTree(dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && p != dir {
				return filepath.SkipDir
			}
			_ = w.fs.Add(p)
		}
		return nil
	})
}

func (w *watcher) run(root string) {
	var timer <-chan time.Time
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if !w.relevant(root, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					w.addTree(ev.Name)
				}
			}
			timer = time.After(settle)
		case <-w.fs.Errors:
		case <-timer:
			timer = nil
			select {
			case w.changes <- struct{}{}:
			default: // a rebuild is already waiting
			}
		}
	}
}

// relevant reports whether a path is part of the site's sources (not an
// editor's swap file, not the output or the index).
func (w *watcher) relevant(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return false
	}
	top := strings.Split(filepath.ToSlash(rel), "/")[0]
	if top != "content" && top != "layouts" && top != "static" {
		return false
	}
	base := filepath.Base(p)
	return !strings.HasPrefix(base, ".#") && !strings.HasSuffix(base, "~") && !strings.HasSuffix(base, ".swp") && !strings.HasSuffix(base, ".swx")
}

func (w *watcher) close() {
	close(w.done)
	w.fs.Close()
}
