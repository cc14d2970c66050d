package content

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary files to the front matter decoder and the
// schema: nothing may panic, and a page that fails is always reported with
// its file name.
func FuzzParse(f *testing.F) {
	f.Add([]byte("---\ntitle: A\nweight: 1\n---\nBody\n"))
	f.Add([]byte("+++\ntitle = \"A\"\nweight = 1\n+++\n"))
	f.Add([]byte("{\"title\": \"A\", \"weight\": 1}\n\nBody"))
	f.Add([]byte(";;;\n{\"title\": 1}\n;;;\n"))
	f.Add([]byte("---\ntitle: [\n---\n"))
	f.Add([]byte("---\n- a\n- b\n---\n"))
	f.Add([]byte("---\ncases: {a: b}\ntools: [[1]]\nweight: 1.5\n---\n"))
	f.Add([]byte("\n\n---\ntitle: A\n"))
	cfg := testConfig(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, file := range []string{"content/en/guidelines/a.md", "content/en/cases/a.md"} {
			p, errs := Parse(file, src, cfg)
			for _, e := range errs {
				if e.File != file || e.Msg == "" || e.Line < 0 {
					t.Fatalf("problem without place or message: %#v", e)
				}
			}
			if p == nil && len(errs) == 0 {
				t.Fatal("no page and no problem")
			}
			if p != nil && len(errs) == 0 && strings.TrimSpace(p.Title) == "" && p.Kind != Section {
				if _, ok := p.Lines["title"]; !ok {
					t.Fatal("page without title accepted")
				}
			}
		}
	})
}
