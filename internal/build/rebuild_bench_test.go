package build

import (
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// BenchmarkRebuild builds a site whose output already holds the previous
// build, as an editor's second `skupaj build` does (with search): the
// bundled handbook and a generated site of 2,000 pages.
func BenchmarkRebuild(b *testing.B) {
	gen := b.TempDir()
	if err := testsite.Generate(gen, testsite.GenOptions{Pages: 2000}); err != nil {
		b.Fatal(err)
	}
	for _, site := range []struct{ name, root string }{{"bundled", "../.."}, {"generated-2000", gen}} {
		b.Run(site.name, func(b *testing.B) {
			o := Options{Root: site.root, Out: filepath.Join(b.TempDir(), "public")}
			if _, err := Build(o); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := Build(o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
