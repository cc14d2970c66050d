package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func writeFile(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLeftoversOfStoppedBuildsAreRemoved(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"index.html": "old"})
	writeFile(t, filepath.Join(parent, ".public.new-123", "half.html"), "half")
	writeFile(t, filepath.Join(parent, ".public.old", "index.html"), "older")
	writeFile(t, filepath.Join(parent, ".other.new-1", "x"), "not ours")

	commit(t, final, map[string]string{"index.html": "new"})
	sameTree(t, final, withMarker(map[string]string{"index.html": "new"}))
	sameTree(t, filepath.Join(parent, ".public.spare"), withMarker(map[string]string{"index.html": "old"}))
	if got := names(t, parent); len(got) != 3 || got[0] != ".other.new-1" || got[1] != ".public.spare" || got[2] != "public" {
		t.Errorf("beside the output: %v; want only .other.new-1, .public.spare and public", got)
	}
}

// A build stopped between its two renames leaves no output and the
// previous one aside: the next build puts it back before anything else.
func TestOutputSetAsideIsPutBack(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"index.html": "old", "a/b.html": "b"})
	if err := os.Rename(final, filepath.Join(parent, ".public.old")); err != nil {
		t.Fatal(err)
	}
	d, err := Begin(final, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, final, withMarker(map[string]string{"index.html": "old", "a/b.html": "b"}))
	d.Abort()
	sameTree(t, final, withMarker(map[string]string{"index.html": "old", "a/b.html": "b"}))
	if got := names(t, parent); len(got) != 1 {
		t.Errorf("beside the output: %v", got)
	}
}

// A staging folder that a running build holds is not a leftover.
func TestStagingInUseIsKept(t *testing.T) {
	final := filepath.Join(t.TempDir(), "public")
	first, err := StageInSpare(final)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Abort()
	second, err := StageInSpare(final)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Abort()
	if _, err := os.Stat(first.Path); err != nil {
		t.Errorf("a second StageInSpare removed the first one's folder, still in use: %v", err)
	}
}

// Read-only files and folders in the previous output neither stop the
// swap nor stay behind.
func TestReadOnlyPreviousOutputIsReplacedWhole(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	commit(t, final, map[string]string{"index.html": "old", "locked/a.html": "a", "locked/b.html": "b"})
	if err := os.Chmod(filepath.Join(final, "index.html"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(final, "locked"), 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(final, "locked"), 0o755) })
	files := map[string]string{"index.html": "new", "other.html": "o"}
	commit(t, final, files)
	sameTree(t, final, withMarker(files))
	// The read-only files are now the spare's, in which the next builds
	// are made.
	files = map[string]string{"index.html": "newer", "locked/a.html": "a2"}
	commit(t, final, files)
	sameTree(t, final, withMarker(files))
	files = map[string]string{"index.html": "newest"}
	commit(t, final, files)
	sameTree(t, final, withMarker(files))
	if got := names(t, parent); len(got) != 2 {
		t.Errorf("beside the output: %v", got)
	}
}

// Where folders cannot be exchanged, two renames replace the folder; the
// previous version is kept as the spare.
func TestSwapWithoutExchange(t *testing.T) {
	parent := t.TempDir()
	final := filepath.Join(parent, "public")
	writeFile(t, filepath.Join(final, "old"), "old")
	for i, text := range []string{"new", "newer"} {
		s, err := StageInSpare(final)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.RemoveAll(filepath.Join(s.Path, "old")); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(s.Path, "new"), text)
		s.exchange = func(a, b string) error { return errors.ErrUnsupported }
		if err := s.Swap(); err != nil {
			t.Fatal(err)
		}
		sameTree(t, final, map[string]string{"new": text})
		got := names(t, parent)
		switch {
		case len(got) != 2 || got[0] != ".public.spare":
			t.Errorf("beside the folder: %v", got)
		case i == 1 && !s.Reused:
			t.Errorf("the second swap did not stage in the spare")
		}
	}
}
