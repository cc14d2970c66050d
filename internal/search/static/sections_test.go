package static_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// On the bundled handbook (a small site), the chunks name for each
// posting the section of its document that holds the term, so that a
// result fetches that section's file for its excerpt, not the whole text:
// the section named has a word of the term, one that holds it more than
// it (a heading's words counting twice) does not exist, and none is named
// only when its record shows the term (title, summary or a heading it
// names: the result needs no text for it) or no section has it (it is in
// the labels alone) or the section is past the last that x can name.
func TestChunksNameTheSectionThatHoldsATermBest(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "sl", "bg"} {
		words, err := quality.Common(st, lang, 8)
		if err != nil {
			t.Fatal(err)
		}
		named, none := 0, 0
		for _, w := range words {
			terms, err := st.Terms(static.Key(lang, w))
			if err != nil {
				t.Fatal(err)
			}
			for _, term := range terms {
				hits, err := st.Postings(term)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hits {
					best, err := st.BestSection(term, h.Doc)
					if err != nil {
						t.Fatal(err)
					}
					text, err := st.Text(h.Doc)
					if err != nil {
						t.Fatal(err)
					}
					// The document's words, keyed as its language keys them.
					own := term[strings.LastIndex(term, "|")+1:]
					counts := make([]int, len(text.Sections))
					for i, sec := range text.Sections {
						counts[i] = 2*occurrences(t, st, own, term, sec[1]) + occurrences(t, st, own, term, sec[2])
					}
					if best < 0 {
						none++
						rec, err := st.Record(h.Doc)
						if err != nil {
							t.Fatal(err)
						}
						shown := rec.Title + " " + rec.Summary
						for _, hd := range rec.Headings {
							shown += " " + hd[1]
						}
						most := slices.Max(append(counts, 0))
						if most > 0 && slices.Index(counts, most) < len(static.SectionDigits) && occurrences(t, st, own, term, shown) == 0 {
							t.Errorf("%s in document %d: no section named, its record lacks it, and sections hold it %v times", term, h.Doc, counts)
						}
						continue
					}
					named++
					if best >= len(counts) || counts[best] == 0 || slices.Max(counts) > counts[best] {
						t.Errorf("%s in document %d: section %d named, the sections hold it %v times", term, h.Doc, best, counts)
						continue
					}
					sec, err := st.Section(h.Doc, best)
					if err != nil {
						t.Fatal(err)
					}
					if sec != text.Sections[best] {
						t.Errorf("document %d: section file %d holds %q, its text %q", h.Doc, best, sec, text.Sections[best])
					}
				}
			}
		}
		t.Logf("%s: %d postings name a section, %d none", lang, named, none)
		if named < 100 {
			t.Errorf("%s: only %d postings name a section: too few to tell", lang, named)
		}
	}
}

// occurrences counts the words of text in lang whose terms include term.
func occurrences(t *testing.T, st *static.Static, lang, term, text string) int {
	t.Helper()
	n := 0
	for _, w := range static.Words(text) {
		terms, err := st.Terms(static.Key(lang, w))
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(terms, term) {
			n++
		}
	}
	return n
}
