package analysis

import (
	_ "embed"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/registry"
)

// StopSlName is the name of the Slovenian stop word list, both as a Bleve
// token map and as the token filter that removes its words.
const StopSlName = "skupaj_stop_sl"

// stopSl is the Slovenian stop word list in Bleve's token map format.
//
//go:embed rules/stop_sl.txt
var stopSl []byte

// stopWords returns, sorted, the stop words the analyzer for lang removes
// (before any stemming or transliteration, so in the spelling of the text),
// or nil if it removes none or lang has no analyzer.
func stopWords(lang string) []string {
	c, ok := chainFor(lang)
	if !ok || c.stop == "" {
		return nil
	}
	m, err := registry.NewCache().TokenMapNamed(c.stop)
	if err != nil {
		panic(err) // every list named in a chain is registered
	}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

func init() {
	buildMap := func(map[string]any, *registry.Cache) (analysis.TokenMap, error) {
		m := analysis.NewTokenMap()
		return m, m.LoadBytes(stopSl)
	}
	if err := registry.RegisterTokenMap(StopSlName, buildMap); err != nil {
		panic(err)
	}
	buildFilter := func(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
		m, err := cache.TokenMapNamed(StopSlName)
		if err != nil {
			return nil, err
		}
		return stop.NewStopTokensFilter(m), nil
	}
	if err := registry.RegisterTokenFilter(StopSlName, buildFilter); err != nil {
		panic(err)
	}
}
