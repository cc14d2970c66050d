// Package quality makes a set of search queries from a site's own
// content, each with the page a reader wants from it, in every language of
// its static index: a word of a page as written, without its diacritics,
// in Latin letters, with one letter dropped, and in an inflected form the
// site lacks. The browser tests and scripts/searchquality run them through
// the search page (issue 16's quality set).
package quality

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/translit"
)

// Kinds are the kinds of queries: a word of a page as written, without its
// diacritics, in Latin letters (a Cyrillic word), with one letter dropped,
// in an inflected form that occurs nowhere on the site, a form that few
// pages have while other forms of its stem are on many, and a stop word.
var Kinds = []string{"exact", "plain", "latin", "typo", "absent", "form", "stop"}

// formMin is how many pages the stem of a "form" query's word is on, at
// least: more than the top 5 can show.
const formMin = 6

// Query is a query made from the site's own content, and the page a reader
// wants from it.
type Query struct {
	Kind, Lang, Text string
	Want             string // the page's URL
}

// Endings tried on a word to make a form the site lacks; the language's
// analyzer decides which are forms of the word.
var (
	latinEndings    = []string{"a", "e", "i", "o", "u", "y", "om", "em", "ov", "ih", "im", "ima", "ama", "ami", "ach", "ów", "ie", "ę", "ą", "en", "er", "et", "ene", "erne", "s", "es"}
	cyrillicEndings = []string{"а", "е", "и", "о", "у", "ом", "ов", "ите", "ата", "ът", "та", "то", "те", "ама", "има"}
)

// Generate makes, for every language of the static index, up to perKind
// queries of each kind from the words of its pages (title, summary, then
// sections, page by page): every word of five letters or more that the
// index holds for at most three pages of the language, each query wanting
// its page. A typo must not be a word of the site; an absent form must be
// no word of the site and be analysed by the language's analyzer (as the
// index was) into the word's term. The same index gives the same queries.
func Generate(st *static.Static, perKind int) (map[string][]Query, error) {
	m, err := index.Mapping(st.Manifest.Languages)
	if err != nil {
		return nil, err
	}
	var failed error
	fail := func(err error) {
		if failed == nil {
			failed = err
		}
	}
	terms := func(lang, text string) []string {
		var out []string
		for _, tok := range m.AnalyzerNamed(analysis.AnalyzerName(lang)).Analyze([]byte(text)) {
			out = append(out, string(tok.Term))
		}
		return out
	}
	known := func(lang, word string) (df int, ok bool) {
		for _, sch := range st.Manifest.Schemes {
			names, err := st.Terms(static.Key(sch, word))
			if err != nil {
				fail(err)
			}
			// A language's search shows other languages' pages too
			// (those its lists show): a word is rare only if it is rare
			// in every language, as a stop word too (a query of it alone
			// finds it where it is one).
			for _, name := range names {
				ok = true
				n, _, err := st.DF(name)
				if err != nil {
					fail(err)
				}
				df = max(df, n)
			}
			stops, err := st.StopIn(static.Key(sch, word))
			if err != nil {
				fail(err)
			}
			for _, l := range stops {
				n, _, err := st.DF(static.TermName(static.StopMark+static.Key(sch, word), l))
				if err != nil {
					fail(err)
				}
				df = max(df, n)
			}
		}
		return df, ok
	}
	tried := map[[2]string]bool{} // language, word
	out := map[string][]Query{}
	seen := map[Query]bool{}
	count := map[[2]string]int{}
	full := func(lang, kind string) bool { return count[[2]string{lang, kind}] >= perKind }
	add := func(kind, lang, text, want string) {
		q := Query{kind, lang, text, ""}
		if seen[q] || full(lang, kind) {
			return
		}
		seen[q] = true
		count[[2]string{lang, kind}]++
		q.Want = want
		out[lang] = append(out[lang], q)
	}
	for doc := range st.Manifest.Docs {
		rec, err := st.Record(doc)
		if err != nil {
			return nil, err
		}
		t, err := st.Text(doc)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", rec.URL, err)
		}
		text := []string{rec.Title, rec.Summary}
		for _, s := range t.Sections {
			text = append(text, s[1], s[2])
		}
		l := rec.Lang
		isKnown := func(s string) bool { _, ok := known(l, s); return ok }
		for _, w := range static.Words(strings.Join(text, "\n")) {
			rs := []rune(w)
			if len(rs) < 3 || !unicode.IsLetter(rs[0]) || tried[[2]string{l, w}] {
				continue
			}
			tried[[2]string{l, w}] = true
			df, ok := known(l, w)
			if !full(l, "stop") && df <= 3 && isStop(st, l, w, fail) {
				add("stop", l, w, rec.URL)
			}
			if len(rs) < 5 {
				continue
			}
			if ok && df >= formMin && !full(l, "form") && formRare(st, l, w, doc, fail) {
				add("form", l, w, rec.URL)
			}
			if !ok || df == 0 || df > 3 {
				continue
			}
			add("exact", l, w, rec.URL)
			cyrillic := slices.ContainsFunc(rs, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
			if cyrillic {
				add("latin", l, translit.ToLatin(l, w), rec.URL)
			} else if plain := translit.Fold(w); plain != w {
				add("plain", l, plain, rec.URL)
			}
			if len(rs) >= 6 && !full(l, "typo") {
				if typo := string(rs[:len(rs)/2]) + string(rs[len(rs)/2+1:]); !isKnown(typo) {
					add("typo", l, typo, rec.URL)
				}
			}
			if full(l, "absent") {
				continue
			}
			if form := absentForm(w, cyrillic, func(s string) []string { return terms(l, s) }, isKnown); form != "" {
				add("absent", l, form, rec.URL)
			}
		}
		if failed != nil {
			return nil, failed
		}
	}
	return out, nil
}

// isStop tells whether w is a stop word of lang.
func isStop(st *static.Static, lang, w string, fail func(error)) bool {
	langs, err := st.StopIn(static.Key(lang, w))
	if err != nil {
		fail(err)
	}
	return slices.Contains(langs, lang)
}

// formRare tells whether w as written is on at most three pages, doc
// among them, and the index tells them from the pages with other forms of
// its stem.
func formRare(st *static.Static, lang, w string, doc int, fail func(error)) bool {
	docs, err := st.Exact(static.Key(lang, w))
	if err != nil {
		fail(err)
	}
	return len(docs) <= 3 && slices.Contains(docs, doc)
}

// absentForm is a form of w, made by changing its ending, that the site
// lacks (known is false) and that analyze makes into w's term, or "".
func absentForm(w string, cyrillic bool, analyze func(string) []string, known func(string) bool) string {
	want := analyze(w)
	if len(want) != 1 {
		return ""
	}
	endings := latinEndings
	if cyrillic {
		endings = cyrillicEndings
	}
	rs := []rune(strings.ToLower(w))
	for cut := 0; cut <= 2; cut++ {
		for _, e := range endings {
			form := string(rs[:len(rs)-cut]) + e
			if form == strings.ToLower(w) || known(form) {
				continue
			}
			if got := analyze(form); len(got) == 1 && got[0] == want[0] {
				return form
			}
		}
	}
	return ""
}
