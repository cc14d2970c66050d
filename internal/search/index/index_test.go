package index

import (
	"fmt"
	"maps"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// Analyse hands every document once, in order, with the terms, field
// lengths and stop words its language's Bleve analyzer gives each field.
func TestAnalyseGivesEveryDocumentTheAnalyzersTerms(t *testing.T) {
	langs := []string{"en", "sl", "bg"}
	texts := map[string][]string{
		"en": {"The library's partners and the school", "Reading clubs for young readers", "which of them, and why"},
		"sl": {"Knjižnica in partnerji", "Partnerstvo s šolo in knjižnicami", "ki so in bodo"},
		"bg": {"Библиотеката и партньорите", "Партньорство с училища и библиотеки", "и на за"},
	}
	var docs []*Doc
	for i := range 3*block + 7 { // several blocks, the last one short
		l := langs[i%len(langs)]
		tx := texts[l]
		docs = append(docs, &Doc{ID: fmt.Sprint(i), Lang: l, Title: tx[i%3] + fmt.Sprintf(" %d", i%11), Summary: tx[(i+1)%3],
			Headings: []string{tx[(i+2)%3]}, Sections: []Section{{Text: tx[i%3]}, {Text: tx[(i+1)%3] + " " + tx[(i+2)%3]}}})
	}
	ix, err := New(langs, docs)
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		lengths [len(Fields)]int
		terms   []map[int32]uint32 // per field
		stops   int
	}
	var all []got
	ix.Analyse(func(a *Analysed) {
		if a.Doc != len(all) || langs[a.Lang] != docs[a.Doc].Lang {
			t.Fatalf("document %d (%s) after %d documents", a.Doc, langs[a.Lang], len(all))
		}
		g := got{lengths: a.Lengths, terms: make([]map[int32]uint32, len(Fields))}
		for fi := range Fields {
			g.terms[fi] = map[int32]uint32{}
		}
		for _, h := range a.Terms {
			g.terms[h.Field][h.ID] += h.Freq
		}
		g.stops = len(a.Stops)
		all = append(all, g)
	})
	if len(all) != len(docs) {
		t.Fatalf("%d documents analysed; want %d", len(all), len(docs))
	}
	names := make([]map[int32]string, len(langs))
	for li := range langs {
		names[li] = map[int32]string{}
		for term, id := range ix.Memo(li).TermIDs() {
			names[li][id] = term
		}
	}
	cache := registry.NewCache()
	stopsSeen := 0
	for i, d := range docs {
		plain, err := cache.AnalyzerNamed(analysis.AnalyzerName(d.Lang))
		if err != nil {
			t.Fatal(err)
		}
		stopsSeen += all[i].stops
		for fi, f := range Fields {
			want := map[string]uint32{}
			tokens := plain.Analyze(d.Text(f.Name))
			for _, tok := range tokens {
				want[string(tok.Term)]++
			}
			have := map[string]uint32{}
			for id, n := range all[i].terms[fi] {
				have[names[ix.Lang(i)][id]] = n
			}
			if !maps.Equal(have, want) || all[i].lengths[fi] != len(tokens) {
				t.Errorf("document %d, %s: %v (%d tokens); want %v (%d)", i, f.Name, have, all[i].lengths[fi], want, len(tokens))
			}
		}
	}
	if stopsSeen == 0 {
		t.Error("no stop words reported")
	}
}
