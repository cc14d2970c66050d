package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/site"
)

// MaxSummary is the longest summary, in characters, that lists and search
// engines show whole.
const MaxSummary = 200

// summaryWanted are the kinds whose summary is optional in the schema but
// shown in lists: a missing one is a warning. (Cases and tools must have
// the field; an empty one is a warning too.)
var summaryWanted = map[content.Kind]bool{content.Guideline: true, content.Partner: true, content.Case: true, content.Tool: true}

// summary warns about a missing, empty or long summary.
func summary(p *site.Page) diag.List {
	sum := strings.TrimSpace(p.Summary)
	line := p.Line("summary")
	switch n := utf8.RuneCountInString(sum); {
	case n == 0 && summaryWanted[p.Kind]:
		what := "missing"
		if _, ok := p.Lines["summary"]; ok {
			what = "empty"
		}
		return diag.List{diag.Warningf(p.File, line, "summary is %s: write one or two sentences (%d characters at most) for the lists, search results and search engines", what, MaxSummary)}
	case n > MaxSummary:
		return diag.List{diag.Warningf(p.File, line, "summary is %d characters long; keep it to %d at most, or lists and search engines cut it", n, MaxSummary)}
	}
	return nil
}
