package output

import (
	"os"
	"path/filepath"
	"testing"
)

func commit(t *testing.T, final string, files map[string]string) *Dir {
	t.Helper()
	d, err := Begin(final)
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

func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return err
	})
	return out
}

func TestRebuildWritesOnlyChangesAndRemovesWhatIsGone(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"index.html": "home", "a/index.html": "a", "b/index.html": "b", "b/c/index.html": "c", "e": "same size", "f/g/index.html": "folder becomes file"})
	before, _ := os.Stat(filepath.Join(final, "a/index.html"))

	files := map[string]string{"index.html": "home 2", "a/index.html": "a", "d": "d", "b/index.html/x": "file becomes folder", "e": "SAME SIZE", "f/g": "now a file"}
	d := commit(t, final, files)
	want := files
	got := tree(t, final)
	if len(got) != len(want) {
		t.Errorf("output %v; want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q; want %q", k, got[k], v)
		}
	}
	if len(d.staged) != 5 {
		t.Errorf("staged %v; the unchanged a/index.html must not be written", d.staged)
	}
	after, _ := os.Stat(filepath.Join(final, "a/index.html"))
	if !os.SameFile(before, after) {
		t.Error("an unchanged file was replaced")
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
	d, _ := Begin(final)
	d.Write("index.html", []byte("new"))
	d.Write("other.html", []byte("new"))
	d.Abort()
	if got := tree(t, final); len(got) != 1 || got["index.html"] != "old" {
		t.Errorf("output after abort: %v", got)
	}
	if err := d.Write("../escape", nil); err == nil {
		t.Error("a path outside the output was accepted")
	}
}
