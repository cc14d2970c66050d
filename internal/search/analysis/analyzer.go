package analysis

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/bg"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/analysis/lang/pl"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/registry"
)

// AnalyzerPrefix starts the name of every skupaj analyzer: AnalyzerPrefix +
// the language tag in lower case ("skupaj_sl", "skupaj_sr-latn").
const AnalyzerPrefix = "skupaj_"

// chain is the analysis of one language: the skupaj_words tokenizer, then
// the token filters in order.
type chain struct {
	lang    string   // language tag as the site spells it
	stop    string   // the stop word token map among the filters, or ""
	filters []string // token filter names
}

// croatian is the stemming of Bleve's Croatian analyzer, used for the
// Croatian, Bosnian and Serbian (Latin and Cyrillic) analyzers.
var croatian = []string{hr.StopName, CroatianStemName}

// chains lists the site's languages and their analysis, in Languages order.
// Every chain ends in FoldName, so that every analyzer gives ASCII terms
// where the text has an ASCII form.
var chains = []chain{
	// Latin-script languages transliterate too: a Cyrillic word in their
	// text, or in a query analysed with their analyzer, meets its Latin form.
	{"en", en.StopName, list(en.PossessiveName, lowercase.Name, TranslitPrefix+"generic", en.StopName, porter.Name)},
	{"sl", StopSlName, list(lowercase.Name, TranslitPrefix+"generic", StopSlName, StemPrefix+"sl")},
	{"hr", hr.StopName, list(lowercase.Name, TranslitPrefix+"sr", croatian)},
	{"bs", hr.StopName, list(lowercase.Name, TranslitPrefix+"sr", croatian)},
	{"sr", hr.StopName, list(lowercase.Name, TranslitPrefix+"sr", croatian)},
	{"sr-Latn", hr.StopName, list(lowercase.Name, TranslitPrefix+"sr", croatian)},
	{"mk", "", list(lowercase.Name, TranslitPrefix+"mk", StemPrefix+"mk")},
	// Bleve's Bulgarian stop words are Cyrillic: remove them first.
	{"bg", bg.StopName, list(lowercase.Name, bg.StopName, TranslitPrefix+"bg", StemPrefix+"bg")},
	// Bleve's Polish: stop words and the Stempel stemmer.
	{"pl", pl.StopName, list(lowercase.Name, TranslitPrefix+"generic", pl.StopName, pl.SnowballStemmerName)},
	{"da", da.StopName, list(lowercase.Name, TranslitPrefix+"generic", da.StopName, da.SnowballStemmerName)},
}

// list joins filter names and name lists, and appends FoldName.
func list(parts ...any) []string {
	var names []string
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			names = append(names, p)
		case []string:
			names = append(names, p...)
		}
	}
	return append(names, FoldName)
}

// analyzedLangs returns the language tags that have an analyzer, as the
// site spells them: en, sl, hr, bs, sr (Cyrillic), sr-Latn, mk, bg, pl, da.
func analyzedLangs() []string {
	langs := make([]string, len(chains))
	for i, c := range chains {
		langs[i] = c.lang
	}
	return langs
}

// AnalyzerName returns the name under which the analyzer for the language
// tag lang is registered with Bleve, for use in an index mapping
// ("sr-Latn" → "skupaj_sr-latn"). Tags are compared case-insensitively;
// a language without an analyzer gives "".
func AnalyzerName(lang string) string {
	c, ok := chainFor(lang)
	if !ok {
		return ""
	}
	return AnalyzerPrefix + strings.ToLower(c.lang)
}

// filterNames returns the names of the token filters the analyzer for lang
// applies, in order, after the skupaj_words tokenizer, or nil if lang has
// no analyzer.
func filterNames(lang string) []string {
	c, ok := chainFor(lang)
	if !ok {
		return nil
	}
	return append([]string(nil), c.filters...)
}

// chainFor finds the chain of lang, ignoring case.
func chainFor(lang string) (chain, bool) {
	for _, c := range chains {
		if strings.EqualFold(c.lang, lang) {
			return c, true
		}
	}
	return chain{}, false
}

// build makes the analyzer of c from the filters registered in cache.
func (c chain) build(_ map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(TokenizerName)
	if err != nil {
		return nil, err
	}
	a := &analysis.DefaultAnalyzer{Tokenizer: tok}
	for _, name := range c.filters {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		a.TokenFilters = append(a.TokenFilters, f)
	}
	return a, nil
}

func init() {
	for _, c := range chains {
		if err := registry.RegisterAnalyzer(AnalyzerName(c.lang), c.build); err != nil {
			panic(err)
		}
	}
}
