package analysis

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Rule is one suffix rule of a stemmer: a word that ends in Suffix and keeps
// at least Min letters in front of it ends in Replace instead.
type Rule struct {
	Suffix  string `json:"suffix"`  // the ending to match, in lower case
	Replace string `json:"replace"` // what takes its place, often ""
	Min     int    `json:"min"`     // letters that must remain in front of Suffix
	// Note says why a rule that is not a plain ending is there.
	Note string `json:"note,omitempty"`
}

// RuleSet is a light stemmer as plain data, as the browser-side search loads
// it from the same JSON file: see the package documentation for how it is
// applied.
type RuleSet struct {
	// Lang is the language the rules are for ("sl", "bg", "mk").
	Lang string `json:"lang"`
	// Script says what form of the word the rules are written against.
	Script string `json:"script"`
	// MinWord is the number of letters below which a word is left alone.
	MinWord int `json:"minWord"`
	// Rules are tried in order, longest suffix first.
	Rules []Rule `json:"rules"`
}

//go:embed rules/*.json
var ruleFiles embed.FS

// stemLangs lists the languages with a rule file rules/<lang>.json.
var stemLangs = []string{"sl", "bg", "mk"}

// ruleSets returns the stemmer rule sets by language ("sl", "bg", "mk"),
// decoded from the embedded files rules/<lang>.json. The result is a fresh
// copy the caller may change.
func ruleSets() map[string]RuleSet {
	m := make(map[string]RuleSet, len(stemLangs))
	for _, lang := range stemLangs {
		m[lang] = mustLoadRules(lang)
	}
	return m
}

// mustLoadRules decodes and validates rules/<lang>.json; the files are part
// of the program, so a bad one is a programming error.
func mustLoadRules(lang string) RuleSet {
	data, err := ruleFiles.ReadFile("rules/" + lang + ".json")
	if err != nil {
		panic(err)
	}
	var rs RuleSet
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs); err != nil {
		panic(fmt.Sprintf("analysis: rules/%s.json: %v", lang, err))
	}
	if err := rs.Validate(); err != nil {
		panic(fmt.Sprintf("analysis: rules/%s.json: %v", lang, err))
	}
	return rs
}

// Validate reports the first problem that would make the rules ambiguous or
// able to empty a word: a rule set must keep words shorter than MinWord
// (at least 2) whole, list every suffix once, longest first, and each rule
// must leave at least one letter of the word.
func (rs RuleSet) Validate() error {
	if rs.MinWord < 2 {
		return fmt.Errorf("minWord %d: must be at least 2", rs.MinWord)
	}
	seen := make(map[string]bool, len(rs.Rules))
	prev := 0
	for i, r := range rs.Rules {
		n := utf8.RuneCountInString(r.Suffix)
		switch {
		case n == 0:
			return fmt.Errorf("rule %d: empty suffix", i)
		case r.Min < 1:
			return fmt.Errorf("rule %d (%q): min %d would allow an empty stem", i, r.Suffix, r.Min)
		case seen[r.Suffix]:
			return fmt.Errorf("rule %d (%q): suffix listed twice", i, r.Suffix)
		case i > 0 && n > prev:
			return fmt.Errorf("rule %d (%q): longer than the rule before it", i, r.Suffix)
		}
		seen[r.Suffix] = true
		prev = n
	}
	return nil
}

// Stem applies the first rule whose suffix ends word and leaves at least Min
// letters (Unicode code points) in front of it, and returns word unchanged
// when no rule applies or word has fewer than MinWord letters. Word is
// expected in lower case.
func (rs RuleSet) Stem(word string) string {
	n := utf8.RuneCountInString(word)
	if n < rs.MinWord {
		return word
	}
	for _, r := range rs.Rules {
		if !strings.HasSuffix(word, r.Suffix) {
			continue
		}
		if n-utf8.RuneCountInString(r.Suffix) < r.Min {
			continue
		}
		return word[:len(word)-len(r.Suffix)] + r.Replace
	}
	return word
}
