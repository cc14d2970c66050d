package analysis

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

// vector is one entry of testdata/analysis_vectors.json: the term the
// analyzer for Lang makes of the single word In, or "" when it drops the
// word as a stop word. The browser-side search is tested against the same
// file.
type vector struct {
	Lang string `json:"lang"`
	In   string `json:"in"`
	Out  string `json:"out"`
}

func loadVectors(t *testing.T) []vector {
	t.Helper()
	data, err := os.ReadFile("testdata/analysis_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestVectors(t *testing.T) {
	cache := registry.NewCache()
	for _, v := range loadVectors(t) {
		a, err := cache.AnalyzerNamed(AnalyzerName(v.Lang))
		if err != nil {
			t.Fatalf("%s: %v", v.Lang, err)
		}
		got := terms(a.Analyze([]byte(v.In)))
		want := []string{v.Out}
		if v.Out == "" {
			want = []string{}
		}
		if len(got) != len(want) || (len(got) == 1 && got[0] != want[0]) {
			t.Errorf("%s: %q → %q, want %q", v.Lang, v.In, got, want)
		}
	}
}

// TestVectorsCover checks that the file tests every language, and that in
// Serbian Cyrillic and Latin spellings meet.
func TestVectorsCover(t *testing.T) {
	vs := loadVectors(t)
	if len(vs) < 60 {
		t.Errorf("%d vectors, want at least 60", len(vs))
	}
	perLang := map[string]int{}
	scripts := map[string]map[bool]bool{} // Serbian term → has Cyrillic input, Latin input
	for _, v := range vs {
		perLang[v.Lang]++
		if v.Lang == "sr" && v.Out != "" {
			if scripts[v.Out] == nil {
				scripts[v.Out] = map[bool]bool{}
			}
			scripts[v.Out][isCyrillicWord(v.In)] = true
		}
	}
	for _, lang := range analyzedLangs() {
		if perLang[lang] < 3 {
			t.Errorf("%s: %d vectors, want at least 3", lang, perLang[lang])
		}
	}
	meet := 0
	for _, s := range scripts {
		if s[true] && s[false] {
			meet++
		}
	}
	if meet < 3 {
		t.Errorf("sr: %d terms reached from both scripts, want at least 3", meet)
	}
}

// isCyrillicWord reports whether w starts with a Cyrillic letter.
func isCyrillicWord(w string) bool {
	for _, r := range w {
		return r >= 0x400 && r < 0x530
	}
	return false
}
