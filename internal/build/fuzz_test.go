package build

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
)

// FuzzPipeline puts arbitrary Markdown into a page of a real site and runs
// the whole pipeline (load, validate, Markdown, links, layouts): it may
// fail, but only with located problems, and it never panics.
func FuzzPipeline(f *testing.F) {
	for _, body := range []string{
		"# Title\n\nText [link](../cases/alpha.md#what-was-done).\n",
		"[x](#nowhere) [y](missing.md) [z](/img/a.png) ![i](https://example.org/a.png)\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\nfoot[^1]\n\n[^1]: note\n",
		"<script>alert(1)</script>\n\n## Љубљана, Łódź & Ærø {#custom}\n\n[a](#custom)\n",
		"[](first.md)\n\n[a]: first.md\n\n[ref][a]\n",
		"```go\ncode\n```\n\n> quote\n\n***\n\n1. one\n2. two\n",
	} {
		f.Add(body)
	}
	root := testsite.Write(f, testsite.Minimal)
	page := filepath.Join(root, "content/en/guidelines/second.md")
	f.Fuzz(func(t *testing.T, body string) {
		if err := os.WriteFile(page, []byte("---\ntitle: Second\nweight: 20\n---\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Check(Options{Root: root})
		if err == nil {
			return
		}
		var list diag.List
		if !errors.As(err, &list) {
			t.Fatalf("failure is not a list of located problems: %v", err)
		}
		for _, e := range list {
			if e.File == "" || e.Msg == "" {
				t.Fatalf("problem without file or message: %#v", e)
			}
		}
	})
}
