package serve

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A build that fails does not stop later builds: each kind of failure is
// shown, then fixed, and the fix is served (issue 20, finding 8).
func TestRebuildsGoOnAfterFailedBuilds(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, s := running(t, root)
	servedIndex(t, base) // the first search index is done
	ev := events(t, base)
	failures := []struct {
		name, file, text string
		fifo             bool // make the file a named pipe, which a read would wait on forever
	}{
		{"a layout that does not parse", "layouts/partials/termlinks.html", `{{define "termlinks"}}{{range .}}{{end}`, false},
		{"a file that is not a page", "content/en/tools/notes.txt", "notes", false},
		{"a page that does not parse", "content/en/guidelines/third.md", "---\ntitle: [\n---\n", false},
		{"a named pipe in place of a page", "content/en/guidelines/pipe.md", "", true},
	}
	for _, f := range failures {
		if f.fifo {
			if err := syscall.Mkfifo(filepath.Join(root, filepath.FromSlash(f.file)), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			write(t, root, f.file, f.text)
		}
		waitFor(t, ev, "reload")
		if _, err := s.Builds(); err == nil {
			t.Fatalf("%s: the build did not fail", f.name)
		}
		if _, body := get(t, base+"tools/checklist/"); !strings.Contains(body, "skupaj-error") {
			t.Fatalf("%s: no error shown over the page", f.name)
		}
		os.Remove(filepath.Join(root, filepath.FromSlash(f.file)))
		waitFor(t, ev, "reload")
		if _, err := s.Builds(); err != nil {
			t.Fatalf("after %s was removed: %v", f.name, err)
		}
		if _, body := get(t, base+"tools/checklist/"); strings.Contains(body, "skupaj-error") || !strings.Contains(body, "<h1>Checklist</h1>") {
			t.Fatalf("after %s was removed, the page is not served whole", f.name)
		}
	}
}

// A site broken from the start has no search index; the build after the
// fix makes pages and index at once, and open pages must reload (the error
// page among them), not only search pages.
func TestFixOfASiteBrokenFromTheStartReloadsPages(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/third.md": "---\ntitle: [\n---\n",
	}))
	addr, s, logged := start(t, root, "/")
	for n, _ := s.Builds(); n < 2; n, _ = s.Builds() { // the first build and the first search build
		<-logged
	}
	if _, err := s.Builds(); err == nil {
		t.Fatal("the broken site built")
	}
	ev := events(t, "http://"+addr+"/")
	os.Remove(filepath.Join(root, "content/en/guidelines/third.md"))
	if e, open := <-ev; !open || e != "reload" {
		t.Fatalf("after the fix: event %q (stream open %v), want reload", e, open)
	}
	if _, err := s.Builds(); err != nil {
		t.Fatalf("after the fix: %v", err)
	}
}
