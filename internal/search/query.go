package search

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/translit"
)

// Request is a query for the Bleve index (skupaj search).
type Request struct {
	Query   string              // Bleve query string syntax; plain words are all required
	Lang    string              // only documents this language's lists show: its own and others' it lacks ("" for all)
	Filters map[string][]string // field (kind, sector, partnership_type, country) → any of these values
	Size    int                 // hits to return
	From    int
}

// Search runs req against idx, whose documents are in langs. Every
// language's documents are searched with that language's analysis: an
// unfielded word matches the text fields (weighted as in the static
// index), a fielded one its field.
func Search(idx bleve.Index, langs []string, req Request) (*bleve.SearchResult, error) {
	parsed, err := query.NewQueryStringQuery(analysis.Visible(req.Query)).Parse()
	if err != nil {
		return nil, fmt.Errorf("query %q: %w", req.Query, err)
	}
	parsed = allRequired(parsed)
	var perLang []query.Query
	for _, l := range langs {
		an := idx.Mapping().AnalyzerNamed(analysis.AnalyzerName(l))
		if an == nil {
			return nil, fmt.Errorf("no analyzer for %s", l)
		}
		stop := func(w string) bool { return len(an.Analyze([]byte(w))) == 0 }
		lq := query.NewTermQuery(l)
		lq.SetField("lang")
		q := forLanguage(parsed, l, stop)
		if q == nil { // only stop words of this language
			continue
		}
		perLang = append(perLang, query.NewConjunctionQuery([]query.Query{lq, q}))
	}
	shown := ""
	if req.Lang != "" {
		i := slices.IndexFunc(langs, func(l string) bool { return strings.EqualFold(l, req.Lang) })
		if i < 0 {
			return nil, fmt.Errorf("language %q is not one of the site's: %s", req.Lang, strings.Join(langs, ", "))
		}
		shown = langs[i]
	}
	if len(perLang) == 0 {
		perLang = append(perLang, query.NewMatchNoneQuery())
	}
	all := []query.Query{query.NewDisjunctionQuery(perLang)}
	if shown != "" {
		// Each document is still matched with its own language's analysis.
		t := query.NewTermQuery(shown)
		t.SetField("shown")
		all = append(all, t)
	}
	for field, values := range req.Filters {
		var any []query.Query
		for _, v := range values {
			t := query.NewTermQuery(v)
			t.SetField(field)
			any = append(any, t)
		}
		all = append(all, query.NewDisjunctionQuery(any))
	}
	sr := bleve.NewSearchRequestOptions(query.NewConjunctionQuery(all), max(req.Size, 1), req.From, false)
	sr.Fields = []string{"title"}
	for _, f := range append([]string{"kind", "lang"}, FacetFields...) {
		sr.AddFacet(f, bleve.NewFacetRequest(f, 50))
	}
	return idx.Search(sr)
}

// allRequired makes plain words required, as in the browser: a query
// string's words are optional in Bleve unless marked with +.
func allRequired(q query.Query) query.Query {
	b, ok := q.(*query.BooleanQuery)
	if !ok || b.Should == nil {
		return q
	}
	if c, ok := b.Must.(*query.ConjunctionQuery); ok && len(c.Conjuncts) > 0 {
		return q
	}
	d, ok := b.Should.(*query.DisjunctionQuery)
	if !ok {
		return q
	}
	return query.NewBooleanQuery(d.Disjuncts, nil, disjuncts(b.MustNot))
}

func disjuncts(q query.Query) []query.Query {
	if d, ok := q.(*query.DisjunctionQuery); ok {
		return d.Disjuncts
	}
	return nil
}

// isText reports whether field is one of the text fields.
func isText(field string) (float64, bool) {
	for _, f := range Fields {
		if f.Name == field {
			return f.Weight, true
		}
	}
	return 0, false
}

// forLanguage rewrites q for documents in lang: text matches use lang's
// analyzer, an unfielded match searches every text field, and a word that
// is a stop word in lang is left out (nil when nothing is left).
func forLanguage(q query.Query, lang string, stop func(word string) bool) query.Query {
	an := analysis.AnalyzerName(lang)
	overFields := func(make func(field string, boost float64) query.Query) query.Query {
		var qs []query.Query
		for _, f := range Fields {
			qs = append(qs, make(f.Name, f.Weight))
		}
		return query.NewDisjunctionQuery(qs)
	}
	switch t := q.(type) {
	case *query.BooleanQuery:
		must := rewriteAll(conjuncts(t.Must), lang, stop)
		should := rewriteAll(disjuncts(t.Should), lang, stop)
		not := rewriteAll(disjuncts(t.MustNot), lang, stop)
		if len(must) == 0 && len(should) == 0 {
			return nil
		}
		return query.NewBooleanQuery(must, should, not)
	case *query.ConjunctionQuery:
		cs := rewriteAll(t.Conjuncts, lang, stop)
		if len(cs) == 0 {
			return nil
		}
		return query.NewConjunctionQuery(cs)
	case *query.DisjunctionQuery:
		ds := rewriteAll(t.Disjuncts, lang, stop)
		if len(ds) == 0 {
			return nil
		}
		return query.NewDisjunctionQuery(ds)
	case *query.MatchQuery:
		if t.FieldVal != "" {
			if _, ok := isText(t.FieldVal); ok {
				m := *t
				m.Analyzer = an
				return &m
			}
			return t
		}
		// Each word in any field, as in the browser: "eco-map" needs both.
		// A Cyrillic word is tried in every transliteration scheme, as the
		// browser does.
		var each []query.Query
		for _, w := range Words(t.Match) {
			if stop(w) {
				continue // a stop word of the language: left out, as the browser does
			}
			var variants []query.Query
			for _, v := range latinVariants(w) {
				variants = append(variants, overFields(func(field string, boost float64) query.Query {
					m := *t
					m.Match, m.FieldVal, m.Analyzer = v, field, an
					m.SetBoost(boost)
					return &m
				}))
			}
			if len(variants) == 1 {
				each = append(each, variants[0])
			} else {
				each = append(each, query.NewDisjunctionQuery(variants))
			}
		}
		switch len(each) {
		case 0:
			return nil
		case 1:
			return each[0]
		}
		return query.NewConjunctionQuery(each)
	case *query.MatchPhraseQuery:
		// The index keeps no word positions (they cost a quarter of a
		// large build), so a phrase needs all its words, in any order, as
		// in the browser.
		m := query.NewMatchQuery(t.MatchPhrase)
		m.SetField(t.FieldVal)
		m.SetOperator(query.MatchQueryOperatorAnd)
		return forLanguage(m, lang, stop)
	case *query.PrefixQuery:
		return termOverFields(t.FieldVal, t, func() fieldQuery { return query.NewPrefixQuery(Key(lang, t.Prefix)) })
	case *query.WildcardQuery:
		return termOverFields(t.FieldVal, t, func() fieldQuery { return query.NewWildcardQuery(Key(lang, t.Wildcard)) })
	case *query.FuzzyQuery:
		return termOverFields(t.FieldVal, t, func() fieldQuery {
			f := query.NewFuzzyQuery(Key(lang, t.Term))
			f.Fuzziness = t.Fuzziness
			return f
		})
	}
	return q
}

// latinVariants are a word as written and, when it has Cyrillic, its Latin
// forms in every transliteration scheme.
func latinVariants(w string) []string {
	out := []string{w}
	for _, sch := range []string{"sr", "mk", "bg", "generic"} {
		v := translit.ToLatin(sch, w)
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// rewriteAll rewrites each query for lang, leaving out those that vanish.
func rewriteAll(qs []query.Query, lang string, stop func(string) bool) []query.Query {
	var out []query.Query
	for _, q := range qs {
		if r := forLanguage(q, lang, stop); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func conjuncts(q query.Query) []query.Query {
	if c, ok := q.(*query.ConjunctionQuery); ok {
		return c.Conjuncts
	}
	return nil
}

// fieldQuery is a term-level query (prefix, wildcard, fuzzy) that can be
// aimed at a field.
type fieldQuery interface {
	query.Query
	SetField(string)
	SetBoost(float64)
}

// termOverFields leaves a fielded query q as it is, and turns an unfielded
// one into the same query on every text field, weighted as in the static
// index; make builds one copy (its term already keyed for the language).
func termOverFields(field string, q query.Query, make func() fieldQuery) query.Query {
	if field != "" {
		return q
	}
	var qs []query.Query
	for _, f := range Fields {
		n := make()
		n.SetField(f.Name)
		n.SetBoost(f.Weight)
		qs = append(qs, n)
	}
	return query.NewDisjunctionQuery(qs)
}
