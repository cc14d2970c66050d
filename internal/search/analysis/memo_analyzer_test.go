package analysis

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	for _, lang := range analyzedLangs() {
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

// TestMemoAnalyzerSharedByGoroutines analyses the same texts from several
// goroutines at once, as the index's analysis does, and wants every
// goroutine to get the plain analyzer's terms, and the memory to hold
// every word once.
func TestMemoAnalyzerSharedByGoroutines(t *testing.T) {
	texts := []string{
		"Knjižnica in partnerji: partnerstvo, partnerstva, partnerstvu, partnerstvom.",
		"Кућа, куће, кући; knjižnica knjižnice knjižnici; the library's partners.",
		"партньорство, партньорства, партньорствата и библиотеката на 12 май.",
	}
	plain, err := registry.NewCache().AnalyzerNamed(AnalyzerName("sr"))
	if err != nil {
		t.Fatal(err)
	}
	memo, err := NewMemo(plain)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 8)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 50 {
				text := texts[(g+round)%len(texts)]
				want, got := plain.Analyze([]byte(text)), memo.Analyze([]byte(text))
				if len(got) != len(want) {
					errs <- fmt.Sprintf("goroutine %d: %d tokens, want %d", g, len(got), len(want))
					return
				}
				for j := range want {
					if string(got[j].Term) != string(want[j].Term) {
						errs <- fmt.Sprintf("goroutine %d, token %d: %q, want %q", g, j, got[j].Term, want[j].Term)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	seen := map[string]int{}
	ids := map[int32]string{} // every word's number, each below Words() and its own
	for part := range MemoParts {
		memo.PartWords(part, func(w string, word *Word) {
			seen[w]++
			if other, ok := ids[word.ID]; ok || int(word.ID) >= memo.Words() {
				t.Errorf("%q is number %d of %d, as is %q", w, word.ID, memo.Words(), other)
			}
			ids[word.ID] = w
		})
	}
	for _, text := range texts {
		for _, tok := range memo.Tokenize([]byte(text)) {
			if w := string(tok.Term); seen[w] != 1 || !memo.Known(w) {
				t.Errorf("%q: listed %d times by PartWords, Known %v; want once, true", w, seen[w], memo.Known(w))
			}
		}
	}
}
