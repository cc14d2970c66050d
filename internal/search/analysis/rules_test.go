package analysis

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestRuleSetValidate(t *testing.T) {
	r := func(suffix string, min int) Rule { return Rule{Suffix: suffix, Min: min} }
	tests := []struct {
		name    string
		rules   RuleSet
		wantErr string // "" for a valid set
	}{
		{"valid", RuleSet{MinWord: 4, Rules: []Rule{r("ata", 3), r("ite", 3), r("a", 3)}}, ""},
		{"minWord too small", RuleSet{MinWord: 1}, "minWord"},
		{"empty suffix", RuleSet{MinWord: 4, Rules: []Rule{r("", 3)}}, "empty suffix"},
		{"empty stem allowed", RuleSet{MinWord: 4, Rules: []Rule{r("a", 0)}}, "empty stem"},
		{"duplicate", RuleSet{MinWord: 4, Rules: []Rule{r("ata", 3), r("ata", 2)}}, "twice"},
		{"shorter first", RuleSet{MinWord: 4, Rules: []Rule{r("a", 3), r("ata", 3)}}, "longer"},
		{"letters, not bytes", RuleSet{MinWord: 4, Rules: []Rule{r("čem", 3), r("ega", 3)}}, ""},
	}
	for _, tt := range tests {
		err := tt.rules.Validate()
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tt.name, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: error %v, want one about %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestRuleSetStem(t *testing.T) {
	rs := RuleSet{MinWord: 4, Rules: []Rule{
		{Suffix: "slov", Replace: "slov", Min: 1}, // keeps the word
		{Suffix: "tev", Replace: "tv", Min: 3},
		{Suffix: "ata", Min: 3},
		{Suffix: "ov", Min: 3},
		{Suffix: "a", Min: 3},
	}}
	tests := []struct{ in, want string }{
		{"knjigata", "knjig"},    // longest suffix first
		{"knjiga", "knjig"},      // a shorter one when the longer does not match
		{"vodata", "vod"},        // three letters left is enough
		{"mata", "mat"},          // ata would leave one letter: the next rule applies
		{"rešitev", "rešitv"},    // replacement; č, š, ž count as one letter
		{"naslov", "naslov"},     // a rule that keeps the word stops the search
		{"projektov", "projekt"}, // no rule for -ov words other than -slov
		{"kaj", "kaj"},           // shorter than MinWord
		{"dom", "dom"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := rs.Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRuleFiles checks that every embedded rule file is valid, that Rules
// gives exactly what the file holds (the browser loads the file) and that
// the result is a copy.
func TestRuleFiles(t *testing.T) {
	all := ruleSets()
	if got := len(all); got != len(stemLangs) {
		t.Fatalf("ruleSets() has %d sets, want %d", got, len(stemLangs))
	}
	for _, lang := range stemLangs {
		rs := all[lang]
		if rs.Lang != lang || rs.MinWord != 4 || len(rs.Rules) == 0 {
			t.Errorf("%s: lang %q, minWord %d, %d rules", lang, rs.Lang, rs.MinWord, len(rs.Rules))
		}
		if err := rs.Validate(); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
		raw, err := ruleFiles.ReadFile("rules/" + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var want, got any
		enc, _ := json.Marshal(rs)
		if json.Unmarshal(raw, &want) != nil || json.Unmarshal(enc, &got) != nil {
			t.Fatalf("%s: cannot decode", lang)
		}
		a, _ := json.Marshal(want)
		b, _ := json.Marshal(got)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: RuleSet does not round-trip the file:\n%s\n%s", lang, a, b)
		}
	}
	all["sl"].Rules[0].Suffix = "changed"
	if ruleSets()["sl"].Rules[0].Suffix == "changed" {
		t.Error("ruleSets() returned shared data")
	}
}

// TestStemFilters checks that the registered filters use the rule files.
func TestStemFilters(t *testing.T) {
	for lang, in := range map[string][]string{
		"sl": {"knjižnicami", "dom"},
		"bg": {"bibliotekite", "dom"},
		"mk": {"bibliotekite", "dom"},
	} {
		got := filterTerms(t, StemPrefix+lang, in...)
		want := []string{ruleSets()[lang].Stem(in[0]), "dom"}
		if !slices.Equal(got, want) || got[0] == in[0] {
			t.Errorf("%s: %v → %v, want %v", lang, in, got, want)
		}
	}
}
