package build

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// BenchmarkBuild builds generated sites of 1,000 and 10,000 pages (about
// 5 KB of Markdown each, three taxonomies) and reports pages per second.
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
				res, err := Build(Options{Root: root, Out: out})
				if err != nil {
					b.Fatal(err)
				}
				pages = res.Pages
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
