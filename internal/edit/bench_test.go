package edit

import (
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
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

// BenchmarkSchema is one GET api/schema of a case on the bundled site, as
// each form and each new-partner dialog opens: with the pickers read from
// the disk (an editor before any build), and from the preview's last build.
func BenchmarkSchema(b *testing.B) {
	root := b.TempDir()
	copyTree(b, filepath.Join("..", "..", "content"), filepath.Join(root, "content"))
	for _, built := range []bool{false, true} {
		b.Run(fmt.Sprintf("built=%v", built), func(b *testing.B) {
			sess := build.NewSession(build.Options{Root: root, BaseURL: "/"})
			if built {
				if _, _, err := sess.Build(false); err != nil {
					b.Fatal(err)
				}
			}
			s := New(Options{Root: root, BasePath: "/", Session: sess})
			for b.Loop() {
				w := httptest.NewRecorder()
				s.ServeHTTP(w, httptest.NewRequest("GET", "http://localhost/"+Path+"api/schema?kind=case&lang=sl", nil))
				if w.Code != 200 {
					b.Fatalf("schema: %d %s", w.Code, w.Body)
				}
			}
		})
	}
}
