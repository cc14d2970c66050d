package render_test

import (
	"regexp"
	"strings"
	"testing"
)

// chapterNav is the chapter list of a written page, one line per entry.
var chapterNav = regexp.MustCompile(`(?s)<nav class="chapter-nav".*?</nav>`)

func TestChapterListMarksEachPageItselfAndShowsUntranslatedChaptersInTheirLanguage(t *testing.T) {
	_, out, err := renderSite(t, chapters(t, map[string]string{
		"content/en/tools/plan.md": "---\ntitle: Plan template\nweight: 10\nsummary: A plan.\n---\nFill it in.\n",
	}))
	if err != nil {
		t.Fatal(err)
	}
	// Each page of a language shows the same list but for its own entry.
	for file, want := range map[string][]string{
		"guidelines/first/index.html": {
			`<li><a href="/handbook/guidelines/first/" aria-current="page">First chapter</a></li>`,
			`<li><a href="/handbook/guidelines/second/">Second chapter</a></li>`,
			`<li><a href="/handbook/tools/plan/">Plan template</a></li>`,
		},
		"guidelines/second/index.html": {
			`<li><a href="/handbook/guidelines/first/">First chapter</a></li>`,
			`<li><a href="/handbook/guidelines/second/" aria-current="page">Second chapter</a></li>`,
			`<li><a href="/handbook/tools/plan/">Plan template</a></li>`,
		},
		"tools/plan/index.html": {
			`<li><a href="/handbook/guidelines/first/">First chapter</a></li>`,
			`<li><a href="/handbook/guidelines/second/">Second chapter</a></li>`,
			`<li><a href="/handbook/tools/plan/" aria-current="page">Plan template</a></li>`,
		},
		"sl/guidelines/first/index.html": {
			`<li><a href="/handbook/sl/guidelines/first/" aria-current="page">Prvo poglavje</a></li>`,
			`<li><a href="/handbook/guidelines/second/" lang="en" hreflang="en">Second chapter</a></li>`,
			`<li><a href="/handbook/tools/plan/" lang="en" hreflang="en">Plan template</a></li>`,
		},
	} {
		nav := chapterNav.FindString(out[file])
		if nav == "" {
			t.Errorf("%s has no chapter list", file)
			continue
		}
		var entries []string
		for _, line := range strings.Split(nav, "\n") {
			if line = strings.TrimSpace(line); strings.HasPrefix(line, "<li>") {
				entries = append(entries, line)
			}
		}
		if strings.Join(entries, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: chapter list\n%s\nwant\n%s", file, strings.Join(entries, "\n"), strings.Join(want, "\n"))
		}
	}
	if strings.Contains(out["cases/alpha/index.html"], `class="chapter-nav"`) {
		t.Error("a case page shows the chapter list")
	}
}
