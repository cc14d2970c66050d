package search

import (
	"runtime"
	"slices"
	"strings"
	"sync"

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

// keyTerms maps every key of the site's text to the table numbers of the
// exported terms it stands for, in order.
type keyTerms map[string][]int32

// stopKeys maps a key to the languages (bits, by index in the site's
// languages) whose analysis drops its word (a stop word there): a query
// leaves such a word out for documents in those languages, as Bleve does.
type stopKeys map[string]uint64

// surfaceKeys records, for each distinct word of the site, its key and
// what each language's analysis makes of it, keeping the terms that occur
// in that language's documents. A query word found on the site's pages
// thus matches what Bleve would match with that language's analysis.
//
// A word's own language analysed it while indexing (ix.memo). A word of
// a title, heading, summary or tag, the words readers search for, is also
// analysed with the other languages, when that language has a term
// starting like the word's key (stems keep the first four characters of
// their word): a query typed in one language then finds the pages of a
// related one that use another form of the word (Croatian "knjižnicama"
// finds Slovenian "knjižnica"). Body words are not: on 10,000 pages they
// are 360,000 distinct words, whose analysis with every language cost
// more than the rest of the export and found a term for 1 in 50.
// The languages are shared out over the cores.
func surfaceKeys(ix *Index, table *postingsTable) (keyTerms, stopKeys) {
	langs := ix.langs
	// The words of the short fields, for the other languages.
	prominent := map[string]bool{}
	for _, d := range ix.docs {
		for _, f := range Fields {
			if f.Name == "body" {
				continue
			}
			for _, t := range ix.memo[0].Tokenize(d.bytes(f.Name)) {
				prominent[strings.ToLower(string(t.Term))] = true
			}
		}
	}
	type found struct {
		key   string
		terms []int32
		stop  bool
	}
	results := make([][]found, len(langs))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for li := range work {
				l, memo := langs[li], ix.memo[li]
				starts := map[string]bool{}
				for t := range table.lang[li] {
					starts[start(t)] = true
				}
				var out []found
				add := func(key string, terms [][]byte) {
					f := found{key: key}
					f.stop = len(terms) == 0
					for _, t := range terms {
						if id := table.lookup(li, string(t)); id >= 0 {
							f.terms = append(f.terms, id)
						}
					}
					if f.stop || len(f.terms) > 0 {
						out = append(out, f)
					}
				}
				// The words of l's pages, as indexed (every case of them).
				memo.Words(func(w string, terms [][]byte) { add(Key(l, w), terms) })
				for w := range prominent {
					if memo.Known(w) {
						continue // a word of l's pages
					}
					if key := Key(l, w); starts[start(key)] {
						add(key, memo.Word(w))
					}
				}
				results[li] = out
			}
		}()
	}
	for li := range langs {
		work <- li
	}
	close(work)
	wg.Wait()
	keys, stops := keyTerms{}, stopKeys{}
	for li, out := range results {
		for _, f := range out {
			if f.stop {
				stops[f.key] |= 1 << li
			}
			for _, id := range f.terms {
				ts := keys[f.key]
				if i, ok := slices.BinarySearch(ts, id); !ok {
					keys[f.key] = slices.Insert(ts, i, id)
				}
			}
		}
	}
	return keys, stops
}

// start is the first four characters of a term or key: what a stem keeps
// of its word (shorter words are compared whole).
func start(s string) string { return prefix(s, 4) }
