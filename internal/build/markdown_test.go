package build

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestHeadingsCannotStyleThePageOrTakeTheLayoutsIDs(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/en/guidelines/second.md --
---
title: Second chapter
weight: 20
---
Intro.

## Skip {#main}

## Styled {style="position:fixed;inset:0;z-index:99999"}

## Contents {#_mine}
`))
	got := strings.Join(problems(t, files), "\n")
	for _, w := range []string{
		`content/en/guidelines/second.md:7: heading id "main" is an id of the page's layout: choose another id`,
		`content/en/guidelines/second.md:9: heading attribute "style" is not allowed: a heading takes only an id {#name} and classes {.name}`,
		`content/en/guidelines/second.md:11: heading id "_mine" starts with "_", which the page's layout keeps for its own ids: choose another id`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

func TestHeadingsNamedLikeTheLayoutsElementsGetOtherIDs(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/en/guidelines/second.md --
---
title: Second chapter
weight: 20
---
## Main

## Search {.wide}
`)))
	got := read(t, filepath.Join(pub, "guidelines/second/index.html"))
	if strings.Count(got, `id="main"`) != 1 || strings.Count(got, `id="search"`) != 0 {
		t.Errorf("a heading took a layout's id:\n%s", got)
	}
	for _, w := range []string{`<h2 id="main-1">Main</h2>`, `<h2 class="wide" id="search-1">Search</h2>`} {
		if !strings.Contains(got, w) {
			t.Errorf("page lacks %s", w)
		}
	}
}

func TestListsNestedTooDeepFailWithLineAndLimit(t *testing.T) {
	// 400 levels: deep enough for the limit, small enough (160 KB) for the
	// size limit of a page not to come first.
	var list strings.Builder
	for i := 0; i < 400; i++ {
		list.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\nIntro.\n\n" + list.String(),
	})
	got := strings.Join(problems(t, files), "\n")
	// The list starts on line 7: its 101st level is line 107.
	if w := "content/en/guidelines/second.md:107: lists or block quotes nest 101 levels deep here; at most 100 are allowed"; !strings.Contains(got, w) {
		t.Errorf("missing %q in:\n%s", w, got)
	}
}

func TestPageNotSavedAsUTF8FailsWithLine(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\nIntro.\n\nThe \xe8italnica.\n",
	})
	got := strings.Join(problems(t, files), "\n")
	if w := "content/en/guidelines/second.md:7: this line has bytes that are not UTF-8 (from byte 5): save the file as UTF-8"; got != w {
		t.Errorf("problems:\n%s\nwant:\n%s", got, w)
	}
}
