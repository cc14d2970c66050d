package translit

import (
	"encoding/json"
	"os"
	"testing"
	"unicode"
)

// vector is one entry of testdata/vectors.json, shared with the JavaScript search.
type vector struct {
	Lang  string `json:"lang"`
	In    string `json:"in"`
	Latin string `json:"latin"`
	ASCII string `json:"ascii"`
}

func TestVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []vector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) < 60 {
		t.Errorf("only %d vectors, want at least 60", len(vectors))
	}
	for _, v := range vectors {
		if got := ToLatin(v.Lang, v.In); got != v.Latin {
			t.Errorf("ToLatin(%q, %q) = %q, want %q", v.Lang, v.In, got, v.Latin)
		}
		if got := ASCII(v.Lang, v.In); got != v.ASCII {
			t.Errorf("ASCII(%q, %q) = %q, want %q", v.Lang, v.In, got, v.ASCII)
		}
		if got := Fold(v.Latin); got != v.ASCII {
			t.Errorf("Fold(%q) = %q, want %q", v.Latin, got, v.ASCII)
		}
	}
}

// TestVectorsCoverAlphabets checks that every letter of each alphabet occurs,
// in both cases, in the input of some vector of that language.
func TestVectorsCoverAlphabets(t *testing.T) {
	data, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []vector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	seen := map[string]map[rune]bool{}
	for _, v := range vectors {
		lang := v.Lang[:2]
		if seen[lang] == nil {
			seen[lang] = map[rune]bool{}
		}
		for _, r := range v.In {
			seen[lang][r] = true
		}
	}
	alphabets := map[string]string{
		"sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
		"mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
		"bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
		"pl": "łąęóśźżńćŁĄĘÓŚŹŻŃĆ",
		"da": "æøåÆØÅ",
		"de": "ß",
		"hr": "čćđšžČĆĐŠŽ",
	}
	for lang, letters := range alphabets {
		for _, r := range letters {
			if !seen[lang][r] {
				t.Errorf("%s vectors lack %q", lang, r)
			}
			if u := unicode.ToUpper(r); unicode.Is(unicode.Cyrillic, r) && !seen[lang][u] {
				t.Errorf("%s vectors lack %q", lang, u)
			}
		}
	}
}
