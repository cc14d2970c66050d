package browser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWordsModuleReproducesTokenizerVectors imports static/js/analysis.js
// in Chromium and checks that words() splits every text of
// internal/search/analysis/testdata/words_vectors.json as the index's
// tokenizer does (invisible characters inside words left out).
func TestWordsModuleReproducesTokenizerVectors(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "search", "analysis", "testdata", "words_vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vectors []struct {
		In    string   `json:"in"`
		Words []string `json:"words"`
	}
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, startBrowser(t), serve(t, fixtureSite(t)))
	tb.open("/")
	res := eval[[][]string](tb, `(async () => {
		const { words } = await import("/js/analysis.js");
		return `+string(data)+`.map((v) => words(v.in));
	})()`)
	if len(res) != len(vectors) {
		t.Fatalf("got %d results for %d vectors", len(res), len(vectors))
	}
	for i, v := range vectors {
		if !slices.Equal(res[i], v.Words) && (len(res[i]) != 0 || len(v.Words) != 0) {
			t.Errorf("words(%q) = %q, want %q", v.In, res[i], v.Words)
		}
	}
}
