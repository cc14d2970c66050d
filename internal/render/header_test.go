package render_test

import (
	"regexp"
	"strings"
	"testing"
)

// siteHeader is the site header of a page.
var siteHeader = regexp.MustCompile(`(?s)<header class="site-header">.*?</header>`)

// The header is rendered once per language and kind of page; each page
// still shows its own language menu and main menu.
func TestEachPageHeaderLinksItsOwnTranslationsAndMarksItsOwnMenuItem(t *testing.T) {
	_, out, err := renderSite(t, chapters(t, map[string]string{
		"content/site.yaml": "base_url: /handbook/\ndefault_language: en\nlanguages:\n  - {code: en, name: English, title: Handbook}\n  - {code: sl, name: Slovenščina, title: Priročnik}\n" +
			"taxonomies: [partnership_type, sector, country]\nmenus:\n  main:\n    - {key: nav.guidelines, url: guidelines/}\n    - {key: nav.cases, url: cases/}\n",
	}))
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string][]string{
		"guidelines/first/index.html": {
			`<a href="/handbook/sl/guidelines/first/" lang="sl" hreflang="sl">Slovenščina</a>`,
			`<a href="/handbook/guidelines/" aria-current="page">Guidelines</a>`,
			`<a href="/handbook/cases/">Good practice</a>`,
		},
		"guidelines/second/index.html": {
			`<li class="missing"><a href="/handbook/sl/" lang="sl" hreflang="sl">Slovenščina</a>`,
			`<a href="/handbook/guidelines/" aria-current="page">Guidelines</a>`,
		},
		"cases/alpha/index.html": {
			`<a href="/handbook/guidelines/">Guidelines</a>`,
			`<a href="/handbook/cases/" aria-current="page">Good practice</a>`,
		},
		"sl/guidelines/first/index.html": {
			`<a href="/handbook/guidelines/first/" lang="en" hreflang="en">English</a>`,
			`<a href="/handbook/sl/guidelines/first/" lang="sl" hreflang="sl" aria-current="true">Slovenščina</a>`,
		},
	} {
		header := siteHeader.FindString(out[file])
		if header == "" {
			t.Errorf("%s has no site header", file)
			continue
		}
		for _, w := range want {
			if !strings.Contains(header, w) {
				t.Errorf("%s: the header lacks %s:\n%s", file, w, header)
			}
		}
	}
	// The search page's header has no search form of its own.
	if h := siteHeader.FindString(out["search/index.html"]); h == "" || strings.Contains(h, `role="search"`) {
		t.Errorf("search page header:\n%s", h)
	}
	if h := siteHeader.FindString(out["cases/alpha/index.html"]); !strings.Contains(h, `role="search"`) {
		t.Errorf("a case's header has no search form:\n%s", h)
	}
}
