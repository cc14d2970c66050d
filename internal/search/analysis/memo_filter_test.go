package analysis

import (
	"strings"
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
	// Words that end with one of Bleve's transformed suffixes only.
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

// TestCroatianTransformIsBlevesAndTheSameEveryTime wants Bleve's suffix
// transformation for every word that ends with one of its suffixes only,
// and the longest suffix's where two match, in every run.
func TestCroatianTransformIsBlevesAndTheSameEveryTime(t *testing.T) {
	suffix, err := registry.NewCache().TokenFilterNamed(hr.SuffixTransformationFilterName)
	if err != nil {
		t.Fatal(err)
	}
	for from := range hr.SuffixTransformations {
		word := "pre" + from
		matches := 0
		for s := range hr.SuffixTransformations {
			if strings.HasSuffix(word, s) {
				matches++
			}
		}
		if matches > 1 {
			continue
		}
		want := string(suffix.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(word)}})[0].Term)
		if got := croatianTransform(word); got != want {
			t.Errorf("%s: %q; Bleve gives %q", word, got, want)
		}
	}
	for word, want := range map[string]string{
		"dijeteticima": "dijetetika", // not "dijetetik" (suffix "ticima")
		"stanjac":      "stanjca",    // "anjac" and "njac" agree
		"knjiga":       "knjiga",     // no suffix
		"a":            "a",
	} {
		for range 20 {
			if got := croatianTransform(word); got != want {
				t.Fatalf("%s: %q, want %q", word, got, want)
			}
		}
	}
}
