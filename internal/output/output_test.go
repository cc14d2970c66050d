package output

import (
	"os"
	"path/filepath"
	"testing"
)

func commit(t *testing.T, final string, files map[string]string) *Dir {
	t.Helper()
	d, err := Begin(final, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := d.Write(name, []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	return d
}

// tree is every file below dir with its text.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// withMarker is files plus the marker every output holds.
func withMarker(files map[string]string) map[string]string {
	out := map[string]string{Marker: string(markerText)}
	for k, v := range files {
		out[k] = v
	}
	return out
}

func sameTree(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	got := tree(t, dir)
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q; want %q", k, got[k], v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s is in the output; it is not a file of the build", k)
		}
	}
}

func TestRebuildWritesOnlyChangesAndRemovesWhatIsGone(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"index.html": "home", "a/index.html": "a", "b/index.html": "b", "b/c/index.html": "c", "e": "same size", "f/g/index.html": "folder becomes file"})
	before, _ := os.Stat(filepath.Join(final, "a/index.html"))

	files := map[string]string{"index.html": "home 2", "a/index.html": "a", "d": "d", "b/index.html/x": "file becomes folder", "e": "SAME SIZE", "f/g": "now a file"}
	d := commit(t, final, files)
	sameTree(t, final, withMarker(files))
	if d.written != 5 {
		t.Errorf("wrote %d files; only the 5 changed ones should be written", d.written)
	}
	after, _ := os.Stat(filepath.Join(final, "a/index.html"))
	if !os.SameFile(before, after) || !before.ModTime().Equal(after.ModTime()) {
		t.Error("an unchanged file was written again")
	}
	if _, err := os.Stat(filepath.Join(final, "b/c")); err == nil {
		t.Error("an emptied folder was left")
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		t.Errorf("left beside the output: %v", entries)
	}
}

func TestAbortLeavesOutputAlone(t *testing.T) {
	final := filepath.Join(t.TempDir(), "public")
	commit(t, final, map[string]string{"index.html": "old"})
	d, err := Begin(final, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	d.Write("index.html", []byte("new"))
	d.Write("other.html", []byte("new"))
	d.Abort()
	sameTree(t, final, withMarker(map[string]string{"index.html": "old"}))
	if err := d.Write("../escape", nil); err == nil {
		t.Error("a path outside the output was accepted")
	}
	entries, _ := os.ReadDir(filepath.Dir(final))
	if len(entries) != 1 {
		t.Errorf("left beside the output after Abort: %v", entries)
	}
}
