package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkEqualHeadings renders pages of n headings with the same text:
// the time per heading (ns/op divided by n) stays flat as n grows, since
// each heading's id suffix is found in one step.
func BenchmarkEqualHeadings(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		src := []byte(strings.Repeat("## Cilji\n\n", n))
		r := New(Options{})
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := r.Render(Input{Src: src, Lang: "sl", FirstLine: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNestedLists renders pages of n lists, each nested as deep as
// MaxNesting allows: the time per list stays flat as n grows.
func BenchmarkNestedLists(b *testing.B) {
	for _, n := range []int{1, 4, 16} {
		src := []byte(strings.Repeat(nested(MaxNesting)+"\nText.\n\n", n))
		r := New(Options{})
		b.Run(fmt.Sprintf("lists=%d", n), func(b *testing.B) {
			for b.Loop() {
				doc, err := r.Render(Input{Src: src, Lang: "en", FirstLine: 1})
				if err != nil || len(doc.Problems) > 0 {
					b.Fatal(err, doc.Problems)
				}
			}
		})
	}
}

// BenchmarkTooDeep checks a page nested far beyond the limit, which is
// refused after reading it once, without parsing.
func BenchmarkTooDeep(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		src := []byte(nested(n))
		r := New(Options{})
		b.Run(fmt.Sprintf("levels=%d", n), func(b *testing.B) {
			for b.Loop() {
				if doc, _ := r.Render(Input{Src: src, Lang: "en", FirstLine: 1}); len(doc.Problems) != 1 {
					b.Fatal("not refused")
				}
			}
		})
	}
}
