package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A build removes the Bleve index that earlier versions kept in
// .skupaj/index.bleve, and what a killed build left beside it, but
// nothing else of .skupaj/.
func TestBuildRemovesTheOldBleveIndex(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	dir := filepath.Join(root, ".skupaj")
	for _, p := range []string{"index.bleve/store/00000001.zap", ".index.bleve.new-1/root.bolt", "notes.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "notes.txt" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf(".skupaj/ holds %v after the build; want only notes.txt", names)
	}
	if err := os.Remove(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the empty .skupaj/ is still there after a build (%v)", err)
	}
}
