package analysis

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// wordsVector is one entry of testdata/words_vectors.json: the words the
// tokenizer makes of In. The browser's words() is tested against the same
// file (internal/browser), so that queries split as the index does.
type wordsVector struct {
	In    string   `json:"in"`
	Words []string `json:"words"`
}

func TestInvisibleCharactersDoNotSplitWords(t *testing.T) {
	data, err := os.ReadFile("testdata/words_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []wordsVector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		got := []string{}
		for _, tok := range (wordTokenizer{}).Tokenize([]byte(v.In)) {
			got = append(got, string(tok.Term))
			if w := Visible(v.In[tok.Start:tok.End]); w != string(tok.Term) {
				t.Errorf("%q: token %q has offsets of %q", v.In, tok.Term, w)
			}
		}
		if !slices.Equal(got, v.Words) {
			t.Errorf("%q → %q; want %q", v.In, got, v.Words)
		}
	}
}
