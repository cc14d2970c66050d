package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// BenchmarkOnePageEdit measures what an editor waits for: from saving one
// page of a generated site (1,000 and 10,000 pages) to the open page's
// reload event and the new text served. Goal: under 150 ms at 1,000 pages.
func BenchmarkOnePageEdit(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			root := b.TempDir()
			if err := testsite.Generate(root, testsite.GenOptions{Pages: n}); err != nil {
				b.Fatal(err)
			}
			addr, s, logged := start(b, root, "/")
			base := "http://" + addr + "/"
			// The first search index, then only edits build.
			for k, _ := s.Builds(); k < 2; k, _ = s.Builds() {
				<-logged
			}
			ev := events(b, base)
			page := "content/en/guidelines/chapter-3.md"
			front := "---\ntitle: Chapter 3\nweight: 30\nsummary: A generated chapter.\ncases: [case-3]\ntools: [tool-3]\n---\n"
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				marker := fmt.Sprintf("edit%dmark", i)
				write(b, root, page, front+"## Section 1\n\n"+marker+"\n")
				waitFor(b, ev, "reload")
				if _, body := get(b, base+"guidelines/chapter-3/"); !strings.Contains(body, marker) {
					b.Fatal("the edit is not served after the reload event")
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/edit")
		})
	}
}

// BenchmarkSaveNewCase measures issue 15's "the case appears in the
// preview within a second" on a copy of the bundled handbook: from the
// editor's POST api/save of a new Slovenian case (its check of the whole
// site included) to the case's page served by the preview.
func BenchmarkSaveNewCase(b *testing.B) {
	root := b.TempDir()
	if err := os.CopyFS(filepath.Join(root, "content"), os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		b.Fatal(err)
	}
	base, _ := runningEditor(b, root)
	token := editToken(b, base)
	ev := events(b, base)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := fmt.Sprintf("bralni-koticek-%d", i)
		code, res := editCall(b, base, token, "POST", "save", map[string]any{"kind": "case", "lang": "sl", "id": id,
			"fields": map[string]any{"title": "Bralni kotiček " + fmt.Sprint(i), "summary": "Knjige v čakalnici.",
				"library": "mestna-knjiznica-ljubljana", "partners": []string{"roskilde-libraries"},
				"partnership_type": []string{"educational"}, "sector": []string{"health"}, "country": "si"},
			"body": "V čakalnici so postavili knjižni kotiček.\n"})
		if code != 200 {
			b.Fatalf("save: %d %v", code, res)
		}
		for served := false; !served; {
			waitFor(b, ev, "reload")
			code, page := get(b, base+"sl/cases/"+id+"/")
			served = code == 200 && strings.Contains(page, "Bralni kotiček "+fmt.Sprint(i))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/save")
}
