package build

import (
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestFilesWrittenToTheSamePlaceNameBothSources(t *testing.T) {
	files := testsite.With(testsite.Minimal, testsite.Txtar(`
-- content/en/sl.md --
---
title: Slovenian, in English
---
A page whose URL is the Slovenian home page's.
-- static/index.html --
<p>A home page of my own.</p>
-- static/catalogue.json --
{}
-- static/sl/guidelines/index.html --
<p>Slovenian chapters.</p>
`))
	got := problems(t, files)
	// The static files are checked once the pages are known to be apart.
	if w := "content/en/sl.md: page URL /sl/ is taken by the generated home page of language sl; rename one of the files"; strings.Join(got, "\n") != w {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), w)
	}
	delete(files, "content/en/sl.md")
	got = problems(t, files)
	want := []string{
		"static/catalogue.json: this static file would be copied to catalogue.json, which the build makes from the catalogue: move or rename the static file",
		"static/index.html: this static file would be copied to index.html, which the build makes from content/en/_index.md: move or rename the static file",
		"static/sl/guidelines/index.html: this static file would be copied to sl/guidelines/index.html, which the build makes from the generated section page of language sl: move or rename the static file",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
