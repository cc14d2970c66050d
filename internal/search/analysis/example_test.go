package analysis_test

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// The Serbian analyzer gives Cyrillic and Latin spellings, with or without
// diacritics, the same term.
func Example() {
	a, err := registry.NewCache().AnalyzerNamed(analysis.AnalyzerName("sr"))
	if err != nil {
		panic(err)
	}
	for _, word := range []string{"књижница", "knjižnica", "knjiznica", "кућа", "kuca"} {
		for _, tok := range a.Analyze([]byte(word)) {
			fmt.Printf("%s → %s\n", word, tok.Term)
		}
	}
	// Output:
	// књижница → knjiznic
	// knjižnica → knjiznic
	// knjiznica → knjiznic
	// кућа → kuc
	// kuca → kuc
}

func ExampleAnalyzerName() {
	fmt.Println(analysis.AnalyzerName("sr-Latn"))
	// Output: skupaj_sr-latn
}
