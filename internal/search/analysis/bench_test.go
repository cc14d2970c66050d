package analysis

import (
	"bytes"
	"os"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

// BenchmarkAnalyze analyzes 5 KB of Slovenian and of Bulgarian handbook
// text (testdata/sl.txt and bg.txt, repeated and cut at the last space before 5 KB).
func BenchmarkAnalyze(b *testing.B) {
	for _, lang := range []string{"sl", "bg"} {
		b.Run(lang, func(b *testing.B) {
			text, err := os.ReadFile("testdata/" + lang + ".txt")
			if err != nil {
				b.Fatal(err)
			}
			text = bytes.Repeat(text, (5<<10)/len(text)+1)
			text = text[:bytes.LastIndexByte(text[:5<<10], ' ')]
			a, err := registry.NewCache().AnalyzerNamed(AnalyzerName(lang))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				a.Analyze(text)
			}
		})
	}
}
