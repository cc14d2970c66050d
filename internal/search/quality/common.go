package quality

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/search/static"
)

// commonMin is the length of a common word, in letters, at least: a
// shorter word is searched only once typing pauses, and is seldom what a
// reader types first.
const commonMin = 4

// Common returns the n words a reader of lang most likely types first:
// the words of the titles and headings of the pages written in lang, on
// most of them first (then in alphabetical order), as written and in
// lower case, without the language's stop words and words of fewer than
// four letters. They are the set of a first search (scripts/searchweight):
// a trainee searches for what the handbook's titles and headings name.
func Common(st *static.Static, lang string, n int) ([]string, error) {
	pages := map[string]int{}
	for doc := range st.Manifest.Docs {
		rec, err := st.Record(doc)
		if err != nil {
			return nil, err
		}
		if rec.Lang != lang {
			continue
		}
		text, err := st.Text(doc)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		add := func(s string) {
			for _, w := range static.Words(s) {
				w = strings.ToLower(w)
				if utf8.RuneCountInString(w) >= commonMin && !seen[w] && !strings.ContainsAny(w, "0123456789.'") {
					seen[w] = true
					pages[w]++
				}
			}
		}
		add(rec.Title)
		for _, sec := range text.Sections {
			add(sec[1])
		}
	}
	var failed error
	words := make([]string, 0, len(pages))
	for w := range pages {
		if !isStop(st, lang, w, func(err error) { failed = cmp.Or(failed, err) }) {
			words = append(words, w)
		}
	}
	if failed != nil {
		return nil, failed
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(pages[b]-pages[a], strings.Compare(a, b)) })
	return words[:min(n, len(words))], nil
}
