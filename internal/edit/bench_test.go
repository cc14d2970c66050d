package edit

import (
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkCheckWhileTyping is one check of the form on the bundled site:
// what an editor waits for after a pause in typing. Each round changes the
// summary, as typing does.
func BenchmarkCheckWhileTyping(b *testing.B) {
	root := b.TempDir()
	copyTree(b, filepath.Join("..", "..", "content"), filepath.Join(root, "content"))
	s := New(Options{Root: root, BasePath: "/"})
	cfg, err := s.config()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		d, err := s.draftOf(cfg, &draftRequest{File: "content/sl/cases/parvomay-drug-prevention.md",
			Fields: map[string]any{"summary": fmt.Sprintf("Povzetek %d.", i)}})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.checkDraft(d); err != nil {
			b.Fatal(err)
		}
	}
}
