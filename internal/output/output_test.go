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

// Rebuilt in the spare (the output before last), the output holds the new
// files only, its unchanged files linked to the previous output's.
func TestRebuildWritesOnlyChangesAndRemovesWhatIsGone(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	first := map[string]string{"index.html": "home", "a/index.html": "a", "b/index.html": "b", "b/c/index.html": "c", "e": "same size", "f/g/index.html": "folder becomes file", "k/index.html": "k"}
	commit(t, final, first)
	kept, _ := os.Stat(filepath.Join(final, "k"))
	before, _ := os.Stat(filepath.Join(final, "a/index.html"))
	second := map[string]string{"index.html": "home 2", "a/index.html": "a", "e": "same size", "k/index.html": "k"}
	commit(t, final, second)
	home, _ := os.Stat(filepath.Join(final, "index.html"))

	files := map[string]string{"index.html": "home 2", "a/index.html": "a", "d": "d", "b/index.html/x": "file becomes folder", "e": "SAME SIZE", "f/g": "now a file", "k/index.html": "k"}
	d := commit(t, final, files)
	if !d.stage.Reused {
		t.Fatal("the third build did not stage in the spare")
	}
	sameTree(t, final, withMarker(files))
	sameTree(t, filepath.Join(parent, ".public.spare"), withMarker(second))
	if d.written != 4 {
		t.Errorf("wrote %d files; only the 4 changed ones should be written", d.written)
	}
	for name, want := range map[string]os.FileInfo{"a/index.html": before, "index.html": home, "k": kept} {
		got, _ := os.Stat(filepath.Join(final, name))
		if !os.SameFile(want, got) || !want.ModTime().Equal(got.ModTime()) {
			t.Errorf("%s was made again; the previous one should stay", name)
		}
	}
	if _, err := os.Stat(filepath.Join(final, "b/c")); err == nil {
		t.Error("an emptied folder was left")
	}
	if got := names(t, parent); len(got) != 2 || got[0] != ".public.spare" || got[1] != "public" {
		t.Errorf("beside the output: %v; want .public.spare and public", got)
	}
}

// The spare's files may be the output's own (hard links): a build
// replaces them and never writes through them.
func TestSpareNeverWritesIntoTheOutput(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"x.html": "one"})
	commit(t, final, map[string]string{"x.html": "one"})
	d, err := Begin(final, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Write("x.html", []byte("two")); err != nil {
		t.Fatal(err)
	}
	sameTree(t, final, withMarker(map[string]string{"x.html": "one"}))
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	sameTree(t, final, withMarker(map[string]string{"x.html": "two"}))
	sameTree(t, filepath.Join(parent, ".public.spare"), withMarker(map[string]string{"x.html": "one"}))
}

// A build stopped while it updated the spare leaves the output as it was;
// the next build makes its whole output in that half-updated spare.
func TestHalfUpdatedSpareIsReused(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"a.html": "a1", "b/index.html": "b1"})
	second := map[string]string{"a.html": "a2", "b/index.html": "b1", "c/index.html": "c2"}
	commit(t, final, second)
	d, err := Begin(final, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"a.html": "a3", "b/index.html/x": "b3", "n/index.html": "n3"} {
		if err := d.Write(name, []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	d.stage.unlock() // the process is killed: its lock goes, its files stay
	sameTree(t, final, withMarker(second))

	files := map[string]string{"a.html": "a2", "b/index.html": "b4", "d.html": "d4"}
	d = commit(t, final, files)
	if !d.stage.Reused {
		t.Error("the half-updated spare was not reused")
	}
	sameTree(t, final, withMarker(files))
	sameTree(t, filepath.Join(parent, ".public.spare"), withMarker(second))
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

// With its output removed by hand, a build is made whole in the spare,
// every file written again.
func TestSpareWithoutOutput(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"a.html": "a1", "b/index.html": "b1"})
	commit(t, final, map[string]string{"a.html": "a2", "b/index.html": "b1"})
	if err := os.RemoveAll(final); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"a.html": "a2", "c/index.html": "c3"}
	d := commit(t, final, files)
	if !d.stage.Reused || d.written != 3 {
		t.Errorf("reused the spare: %v, wrote %d files; want true, 3", d.stage.Reused, d.written)
	}
	sameTree(t, final, withMarker(files))
	if got := names(t, parent); len(got) != 1 {
		t.Errorf("beside the output: %v", got)
	}
}
