package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// annotated is a one-language site whose only finding is an image without
// alt text on line 7 of the chapter, and a note that the chapter is not
// translated into Slovenian.
const annotated = `
-- content/site.yaml --
base_url: /
default_language: en
languages:
  - {code: en, name: English, title: Test handbook}
  - {code: sl, name: Slovenščina, title: Testni priročnik}
-- content/en/_index.md --
---
title: Home
summary: The test home of library partnerships.
---
Welcome.
-- content/sl/_index.md --
---
title: Domov
summary: Testna domača stran.
---
Dobrodošli.
-- content/en/guidelines/first.md --
---
title: First chapter
summary: Why partnerships work.
weight: 10
---
Text.
![](/img/x.png)
-- static/img/x.png --
an image
`

// skupaj check -format github prints one workflow command per finding,
// which GitHub Actions shows as an annotation on the file and line: first
// a warning on a valid site, then errors once a page is wrong, with the
// comma of a file name escaped so that it cannot split the properties.
func TestCheckFormatGitHub(t *testing.T) {
	root := testsite.FromTxtar(t, annotated)
	code, out, errs := runCmd("check", "-source", root, "-format", "github")
	want := lines(
		`::warning file=content/en/guidelines/first.md,line=7::image /img/x.png has no alt text: describe what it shows, ![what it shows](/img/x.png), for readers who cannot see it`,
		`::notice file=content/sl/guidelines/::no page of content/en/guidelines/ (1 page) is translated into Slovenščina (sl) yet`,
	)
	if code != 0 || out != want || errs != "" {
		t.Errorf("valid site: exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errs)
	}
	bad := filepath.Join(root, "content/en/tools/check,list.md")
	os.MkdirAll(filepath.Dir(bad), 0o755)
	os.WriteFile(bad, []byte("---\ntitle: Checklist\nsummary: Tick it.\nweigth: 1\n---\n"), 0o644)
	code, out, errs = runCmd("check", "-source", root, "-format", "github")
	want = lines(
		`::error file=content/en/tools/check%2Clist.md::file name "check,list.md" is not a page id: use lowercase letters a-z, digits and single hyphens, e.g. parvomay-drug-prevention.md`,
		`::error file=content/en/tools/check%2Clist.md,line=1::missing required field "weight": a tool needs title, weight, summary`,
		`::error file=content/en/tools/check%2Clist.md,line=4::unknown field "weigth" in a tool; did you mean "weight"? (allowed: title, translation_key, weight, summary, published, updated)`,
	)
	if code != 1 || out != want || errs != "" {
		t.Errorf("site with errors: exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errs)
	}
}

// lines joins lines, each ended by a newline.
func lines(l ...string) string { return strings.Join(l, "\n") + "\n" }
