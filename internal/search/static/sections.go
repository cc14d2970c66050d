package static

import (
	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/search/index"
)

// noSection is a posting's section when none of its document's text
// sections holds the term (it is in the title, the summary or the terms
// only).
const noSection = -1

// bestSections tells, for a small site's postings, which section of the
// document's text (textSections) holds a term best, so that a result
// whose excerpt needs its text fetches that section's file (x/<doc>-<i>)
// and not the whole text (docs/search-format.md, chunk "x").
type bestSections map[string]map[int32]int32 // term name → document → section

// of is the section of document doc that holds the term named best, or
// noSection.
func (b bestSections) of(name string, doc int32) int32 {
	if s, ok := b[name][doc]; ok {
		return s
	}
	return noSection
}

// findSections analyses the sections of every document with its
// language's analysis (the memo has every word already) and keeps, for
// each of its terms, the section where it occurs most, a heading's
// occurrence counting twice (the excerpt's matching sections count a
// heading's words double too); of equal counts the first.
func findSections(ix *index.Index) bestSections {
	docs := ix.Docs()
	per := make([]map[int32]int32, len(docs)) // per document: term number in its language → section
	parallel.For(len(docs), func(doc int) {
		memo := ix.Memo(ix.Lang(doc))
		count := map[int32][]int{}
		for si, sec := range textSections(docs[doc]) {
			add := func(text string, weight int) {
				memo.Visit([]byte(text), func(w *analysis.Word) {
					for _, t := range w.TermIDs {
						c := count[t]
						if c == nil {
							c = make([]int, len(textSections(docs[doc])))
							count[t] = c
						}
						c[si] += weight
					}
				})
			}
			add(sec.Heading, 2)
			add(sec.Text, 1)
		}
		best := make(map[int32]int32, len(count))
		for t, c := range count {
			at := 0
			for i, n := range c {
				if n > c[at] {
					at = i
				}
			}
			best[t] = int32(at)
		}
		per[doc] = best
	})
	out := bestSections{}
	langs := ix.Langs()
	for doc, best := range per {
		li := ix.Lang(doc)
		memo := ix.Memo(li)
		for t, s := range best {
			name := TermName(string(memo.TermName(t)), langs[li])
			m := out[name]
			if m == nil {
				m = map[int32]int32{}
				out[name] = m
			}
			m[int32(doc)] = s
		}
	}
	return out
}
