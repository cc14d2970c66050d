package analysis

import (
	"strings"
	"testing"
)

func TestWordTokenizerSplitsAsTheBrowserDoes(t *testing.T) {
	for in, want := range map[string]string{
		"Knjižnica, partnerstvo!":       "Knjižnica|partnerstvo",
		"l'école and l’école":           "l'école|and|l’école",
		"www.example.org in 2011.":      "www.example.org|in|2011",
		"3.5 km - e-mail":               "3.5|km|e|mail",
		"кућа „Бора Станковић“ (Врање)": "кућа|Бора|Станковић|Врање",
		"'quoted' ...end. x.":           "quoted|end|x",
		"Ærø Straße Łódź":               "Ærø|Straße|Łódź",
		"naïve e\u0301 ①②":              "naïve|e\u0301|①②",
		"":                              "",
	} {
		var got []string
		toks := wordTokenizer{}.Tokenize([]byte(in))
		for i, tok := range toks {
			got = append(got, string(tok.Term))
			if tok.Position != i+1 || in[tok.Start:tok.End] != string(tok.Term) {
				t.Errorf("%q: token %d has position %d and offsets %d-%d", in, i, tok.Position, tok.Start, tok.End)
			}
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q → %q; want %q", in, strings.Join(got, "|"), want)
		}
	}
}
