package build

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// BenchmarkBuild builds generated sites of 1,000 and 10,000 pages (about
// 5 KB of Markdown each, three taxonomies), without search as issue 2
// measures, and reports pages per second (search: scripts/benchsearch).
// Goal on 2 cores: 10,000 pages in under 3.5 s. Peak memory of a whole
// process is measured by `go run ./scripts/benchbuild` (docs/benchmarks.md).
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			root := b.TempDir()
			if err := testsite.Generate(root, testsite.GenOptions{Pages: n}); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(b.TempDir(), "public")
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				res, err := Build(Options{Root: root, Out: out, NoSearch: true})
				if err != nil {
					b.Fatal(err)
				}
				pages = res.Pages
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkCheck runs the whole pipeline without writing, on 10,000 pages
// with and without taxonomies: the difference is what taxonomy pages, the
// catalogue, term checks, backlinks and related cases cost (goal: under
// 10 % of the build).
func BenchmarkCheck(b *testing.B) {
	for _, tax := range []bool{false, true} {
		b.Run(fmt.Sprintf("taxonomies=%v", tax), func(b *testing.B) {
			root := b.TempDir()
			if err := testsite.Generate(root, testsite.GenOptions{Pages: 10000, NoTaxonomies: !tax}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(Options{Root: root}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSessionOnePageEdit is a preview's rebuild after one chapter's
// body changed, on 1,000 pages, without search (serve's part is measured
// by serve's BenchmarkOnePageEdit).
func BenchmarkSessionOnePageEdit(b *testing.B) {
	root := b.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: 1000}); err != nil {
		b.Fatal(err)
	}
	sess := NewSession(Options{Root: root})
	if _, _, err := sess.Build(false); err != nil {
		b.Fatal(err)
	}
	page := filepath.Join(root, "content/en/guidelines/chapter-3.md")
	front := "---\ntitle: Chapter 3\nweight: 30\nsummary: A generated chapter.\ncases: [case-3]\ntools: [tool-3]\n---\n"
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if err := os.WriteFile(page, fmt.Appendf(nil, "%s## Section 1\n\nedit%dmark\n", front, i), 0o644); err != nil {
			b.Fatal(err)
		}
		if _, _, err := sess.Build(false); err != nil {
			b.Fatal(err)
		}
	}
}
