package static

import (
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/translit"
)

// Key is what both the build and the browser make of a word before looking
// it up: lower-cased, transliterated to Latin by the scheme of lang, folded
// to ASCII (docs/search-format.md, "Analysis").
func Key(lang, word string) string {
	if ascii := lowerASCII(word); ascii != "" {
		return ascii
	}
	return strings.ToLower(translit.ASCII(lang, strings.ReplaceAll(strings.ToLower(word), "’", "'")))
}

// lowerASCII is word in lower case if it is all ASCII letters, digits,
// apostrophes and periods (the key of most words), else "".
func lowerASCII(word string) string {
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '\'', c == '.':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return ""
		}
	}
	if upper {
		return strings.ToLower(word)
	}
	return word
}

// keyEntry is a key of the site's text with the table numbers of the
// exported terms it stands for, in order, and the languages (bits, by
// index in the site's languages) whose analysis drops its word (a stop
// word there): a query leaves such a word out for documents in those
// languages, as Bleve does, unless it has only stop words.
type keyEntry struct {
	key   string
	terms []int32
	stops uint64
	docs  []int32 // the documents holding the key as written, when told apart (exactDocs)
}

// keyGroup is the keys that start with one character, in order.
type keyGroup struct {
	first string
	keys  []keyEntry
}

// surfaceKeys records, for each distinct word of the site, its key and
// what each language's analysis makes of it, keeping the terms that occur
// in that language's documents. A query word found on the site's pages
// thus matches what Bleve would match with that language's analysis.
//
// A word's own language analysed it with its page (ix.Memo). A word of
// a title, heading, summary or tag, the words readers search for, is also
// analysed with the other languages, when that language has a term
// starting like the word's key (stems keep the first four characters of
// their word): a query typed in one language then finds the pages of a
// related one that use another form of the word (Croatian "knjižnicama"
// finds Slovenian "knjižnica"). Body words are not: on 10,000 pages they
// are 360,000 distinct words, whose analysis with every language cost
// more than the rest of the export and found a term for 1 in 50.
//
// The keys of the words of a language's pages are wordKeys (per language,
// per word number). The work is shared out over the cores in parts of a
// language's words
// (analysis.MemoParts), each part's keys put by their first character;
// then each character's keys, from every part, are sorted and merged.
// The groups come in the order of their first characters.
func surfaceKeys(ix *index.Index, table *postingsTable, wordKeys [][]string) []keyGroup {
	langs := ix.Langs()
	// The words of the short fields, for the other languages.
	prominent := map[string]bool{}
	for _, d := range ix.Docs() {
		for _, f := range index.Fields {
			if f.Name == "body" {
				continue
			}
			for _, t := range ix.Memo(0).Tokenize(d.Text(f.Name)) {
				prominent[strings.ToLower(string(t.Term))] = true
			}
		}
	}
	// Per language, its memory's parts, then its prominent words.
	parts := analysis.MemoParts + 1
	results := make([]map[string][]keyEntry, len(langs)*parts)
	parallel.For(len(results), func(i int) {
		li, part := i/parts, i%parts
		l, memo := langs[li], ix.Memo(li)
		out := map[string][]keyEntry{}
		// add records key with the terms of its word in l: by their
		// numbers in l's memory, or by their names for a word l's pages
		// lack.
		add := func(key string, ids []int32, terms [][]byte) {
			k := keyEntry{key: key}
			if len(ids)+len(terms) == 0 {
				k.stops = 1 << li
			}
			for _, id := range ids {
				k.terms = append(k.terms, table.ids[li][id])
			}
			for _, t := range terms {
				if id := table.lookup(li, string(t)); id >= 0 {
					k.terms = append(k.terms, id)
				}
			}
			if k.stops != 0 || len(k.terms) > 0 {
				first := prefix(key, 1)
				out[first] = append(out[first], k)
			}
		}
		if part < analysis.MemoParts {
			// The words of l's pages, as indexed (every case of them).
			memo.PartWords(part, func(_ string, w *analysis.Word) { add(wordKeys[li][w.ID], w.TermIDs, nil) })
		} else {
			starts := map[string]bool{}
			for t := range table.lang[li] {
				starts[start(t)] = true
			}
			for w := range prominent {
				if memo.Known(w) {
					continue // a word of l's pages
				}
				if key := Key(l, w); starts[start(key)] {
					add(key, nil, memo.Word(w))
				}
			}
		}
		results[i] = out
	})
	firstSet := map[string]bool{}
	for _, out := range results {
		for first := range out {
			firstSet[first] = true
		}
	}
	groups := make([]keyGroup, 0, len(firstSet))
	for first := range firstSet {
		groups = append(groups, keyGroup{first: first})
	}
	slices.SortFunc(groups, func(a, b keyGroup) int { return strings.Compare(a.first, b.first) })
	parallel.For(len(groups), func(gi int) {
		n := 0
		for _, out := range results {
			n += len(out[groups[gi].first])
		}
		all := make([]keyEntry, 0, n)
		for _, out := range results {
			all = append(all, out[groups[gi].first]...)
		}
		slices.SortFunc(all, func(a, b keyEntry) int { return strings.Compare(a.key, b.key) })
		var merged []keyEntry
		for _, k := range all {
			last := len(merged) - 1
			if last < 0 || merged[last].key != k.key {
				merged = append(merged, k)
				continue
			}
			merged[last].stops |= k.stops
			merged[last].terms = append(merged[last].terms, k.terms...)
		}
		for i := range merged {
			slices.Sort(merged[i].terms)
			merged[i].terms = slices.Compact(merged[i].terms)
		}
		groups[gi].keys = merged
	})
	return groups
}

// start is the first four characters of a term or key: what a stem keeps
// of its word (shorter words are compared whole).
func start(s string) string { return prefix(s, 4) }
