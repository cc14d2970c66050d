package analysis

import (
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/registry"
)

// The remembered Croatian stemmer gives exactly Bleve's own results, also
// when documents are analysed in parallel and words repeat.
func TestCroatianStemMemoMatchesBleve(t *testing.T) {
	cache := registry.NewCache()
	memo, err := cache.TokenFilterNamed(CroatianStemName)
	if err != nil {
		t.Fatal(err)
	}
	suffix, _ := cache.TokenFilterNamed(hr.SuffixTransformationFilterName)
	stem, _ := cache.TokenFilterNamed(hr.StemmerName)
	words := []string{"knjižnica", "knjižnice", "knjižnicama", "biblioteka", "biblioteci", "partnerstvo",
		"partnerstva", "saradnja", "saradnji", "suradnja", "gradova", "ljudi", "a", "i", "knjižnica"}
	want := map[string]string{}
	for _, w := range words {
		ts := analysis.TokenStream{&analysis.Token{Term: []byte(w)}}
		want[w] = string(stem.Filter(suffix.Filter(ts))[0].Term)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				var ts analysis.TokenStream
				for _, w := range words {
					ts = append(ts, &analysis.Token{Term: []byte(w)})
				}
				for i, tok := range memo.Filter(ts) {
					if got := string(tok.Term); got != want[words[i]] {
						t.Errorf("%s: %q; Bleve gives %q", words[i], got, want[words[i]])
					}
				}
			}
		}()
	}
	wg.Wait()
}
