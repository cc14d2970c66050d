package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/translit"
)

// croatianStem gives exactly the stems of Bleve's Croatian stemmer, on every
// word of the bundled handbook (in Latin, as the analyzers give it to the
// stemmer) and on systematic inflections.
func TestCroatianStemIsBleves(t *testing.T) {
	words := map[string]bool{}
	_ = filepath.WalkDir("../../../content", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, tok := range (wordTokenizer{}).Tokenize(data) {
			words[translit.ToLatin("sr", strings.ToLower(string(tok.Term)))] = true
		}
		return nil
	})
	stems := []string{"knjižnic", "bibliotek", "partnerstv", "suradnj", "saradnj", "grad", "škol", "ljud", "općin", "opštin", "ugovor", "plan", "rad", "projekt", "čitaoc"}
	endings := strings.Split("a,e,i,o,u,om,em,ama,ima,ih,im,oj,og,ega,emu,ijima,ijega,anje,enje,ovi,ova,ove,ovima,ući,ati,ali,ala,ao,in,an,nost,stva,stvo,skog,ski,ska,ić,ića", ",")
	for _, s := range stems {
		for _, e := range endings {
			words[s+e] = true
		}
	}
	if len(words) < 5000 {
		t.Fatalf("only %d words to compare", len(words))
	}
	cache := registry.NewCache()
	bleveStem, err := cache.TokenFilterNamed(hr.StemmerName)
	if err != nil {
		t.Fatal(err)
	}
	for w := range words {
		want := string(bleveStem.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(w)}})[0].Term)
		if got := croatianStem(w); got != want {
			t.Errorf("croatianStem(%q) = %q; Bleve gives %q", w, got, want)
		}
	}
}

func BenchmarkCroatianStem(b *testing.B) {
	words := strings.Fields("knjižnicama partnerstvima suradnjom bibliotekama općinskog gradovima ugovorima projektima ljudima čitaocima")
	cache := registry.NewCache()
	bleveStem, _ := cache.TokenFilterNamed(hr.StemmerName)
	b.Run("bleve", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				bleveStem.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(w)}})
			}
		}
	})
	b.Run("skupaj", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				croatianStem(w)
			}
		}
	})
}
