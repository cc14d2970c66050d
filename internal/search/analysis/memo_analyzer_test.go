package analysis

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

// TestMemoAnalyzerGivesTheAnalyzersTokens analyses every page of the
// bundled handbook with every language's analyzer, directly and through
// MemoAnalyzer, twice (the second time from memory), and wants the same
// tokens: terms, positions and offsets.
func TestMemoAnalyzerGivesTheAnalyzersTokens(t *testing.T) {
	var texts []string
	err := filepath.WalkDir("../../../content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := os.ReadFile(p)
		texts = append(texts, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 100 {
		t.Fatalf("found %d pages of the handbook, want at least 100", len(texts))
	}
	// Words the filters treat specially: stop words, possessives, digits,
	// Cyrillic, apostrophes, upper case.
	texts = append(texts, "The library's partners and THE Library’S 2024 goals; 3.5 l'école Кућа кућа и ѓубре на партньорствата i 12 knjižnica.")
	cache := registry.NewCache()
	for _, lang := range Languages() {
		plain, err := cache.AnalyzerNamed(AnalyzerName(lang))
		if err != nil {
			t.Fatal(err)
		}
		memo, err := NewMemo(plain)
		if err != nil {
			t.Fatal(err)
		}
		for round := range 2 {
			for i, text := range texts {
				want := plain.Analyze([]byte(text))
				got := memo.Analyze([]byte(text))
				if len(got) != len(want) {
					t.Fatalf("%s, text %d, round %d: %d tokens, want %d", lang, i, round, len(got), len(want))
				}
				for j := range want {
					g, w := got[j], want[j]
					if string(g.Term) != string(w.Term) || g.Position != w.Position || g.Start != w.Start || g.End != w.End {
						t.Fatalf("%s, text %d, round %d, token %d: %q at %d [%d:%d], want %q at %d [%d:%d]",
							lang, i, round, j, g.Term, g.Position, g.Start, g.End, w.Term, w.Position, w.Start, w.End)
					}
				}
			}
		}
	}
}
