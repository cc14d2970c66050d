package static_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/search/static"
)

// On the bundled handbook, a record lists the sections of its page whose
// heading heads sections of RepeatedHeading pages of its language or
// more (a template's headings, which a first search for one of their
// words finds on every page made from it, with no text file to fetch),
// and only those.
func TestRecordsListTheHeadingsTheirLanguageRepeats(t *testing.T) {
	pub, _ := built(t)
	st, err := static.Open(os.DirFS(filepath.Join(pub, "search")))
	if err != nil {
		t.Fatal(err)
	}
	type heading struct{ lang, text string }
	pages := map[heading]int{}
	recs := make([]*static.Record, st.Manifest.Docs)
	texts := make([]*static.Text, st.Manifest.Docs)
	for doc := range st.Manifest.Docs {
		if recs[doc], err = st.Record(doc); err != nil {
			t.Fatal(err)
		}
		if texts[doc], err = st.Text(doc); err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, s := range texts[doc].Sections {
			if s[0] != "" && s[1] != "" && !seen[s[1]] {
				seen[s[1]] = true
				pages[heading{recs[doc].Lang, s[1]}]++
			}
		}
	}
	listed := 0
	for doc, rec := range recs {
		var want [][2]string
		for _, s := range texts[doc].Sections {
			if s[0] != "" && pages[heading{rec.Lang, s[1]}] >= static.RepeatedHeading {
				want = append(want, [2]string{s[0], s[1]})
			}
		}
		if len(want) != len(rec.Headings) {
			t.Errorf("%s lists headings %q, want %q", rec.URL, rec.Headings, want)
			continue
		}
		for i := range want {
			if want[i] != rec.Headings[i] {
				t.Errorf("%s lists headings %q, want %q", rec.URL, rec.Headings, want)
				break
			}
		}
		listed += len(want)
	}
	// The English cases' "Who took part" and "For discussion in training"
	// among them: a handbook whose records list none tells nothing.
	if listed < 100 {
		t.Errorf("the records list %d headings in all, want the templates' (100 or more)", listed)
	}
	t.Logf("%d headings listed in the records of %d documents", listed, len(recs))
}
