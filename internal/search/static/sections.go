package static

import (
	"github.com/skupaj/skupaj/internal/parallel"
	"github.com/skupaj/skupaj/internal/search/analysis"
	"github.com/skupaj/skupaj/internal/search/index"
)

// SectionDigits are the characters of a chunk's sections (x), one per posting:
// the section numbered by its place here, a base-36 digit ("0" is the
// first section, "z" the 36th), or NoSection.
const SectionDigits = "0123456789abcdefghijklmnopqrstuvwxyz"

// NoSection is x's character for a posting whose document needs no
// section for the term or has none to tell: the term is in its record
// (title, summary or a heading the record names), in no section (its
// labels only), or past the 36th section.
const NoSection = '-'

// bestSections tells, for a small site's postings, which section of the
// document's text (textSections) holds a term best, so that a result
// whose excerpt needs its text for the term fetches that section's file
// (x/<doc>-<i>) and not the whole text (docs/search-format.md, chunk
// "x"). A term that the document's record shows has none: a result shows
// it from its record.
type bestSections map[string]map[int32]byte // term name → document → its character of x

// of is x's character for the term named name in document doc.
func (b bestSections) of(name string, doc int32) byte {
	if s, ok := b[name][doc]; ok {
		return s
	}
	return NoSection
}

// findSections analyses the sections of every document with its
// language's analysis (the memo has every word already) and keeps, for
// each of its terms that its record does not show, the section where it
// occurs most, a heading's occurrence counting twice (the excerpt's
// matching sections count a heading's words double too); of equal counts
// the first.
func findSections(ix *index.Index) bestSections {
	docs := ix.Docs()
	repeated := repeatedHeadings(docs)
	per := make([]map[int32]byte, len(docs)) // per document: term number in its language → x's character
	parallel.For(len(docs), func(doc int) {
		d, memo := docs[doc], ix.Memo(ix.Lang(doc))
		visit := func(text string, fn func(t int32)) {
			memo.Visit([]byte(text), func(w *analysis.Word) {
				for _, t := range w.TermIDs {
					fn(t)
				}
			})
		}
		shown := map[int32]bool{} // the terms of the record
		mark := func(t int32) { shown[t] = true }
		visit(d.Title, mark)
		visit(recordSummary(d), mark)
		for _, h := range recordHeadings(d, repeated[d.Lang]) {
			visit(h[1], mark)
		}
		sections := textSections(d)
		count := map[int32][]int{}
		for si, sec := range sections {
			add := func(weight int) func(t int32) {
				return func(t int32) {
					if shown[t] {
						return
					}
					c := count[t]
					if c == nil {
						c = make([]int, len(sections))
						count[t] = c
					}
					c[si] += weight
				}
			}
			visit(sec.Heading, add(2))
			visit(sec.Text, add(1))
		}
		best := make(map[int32]byte, len(count))
		for t, c := range count {
			at := 0
			for i, n := range c {
				if n > c[at] {
					at = i
				}
			}
			if at < len(SectionDigits) {
				best[t] = SectionDigits[at]
			}
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
				m = map[int32]byte{}
				out[name] = m
			}
			m[int32(doc)] = s
		}
	}
	return out
}
