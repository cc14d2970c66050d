package bundle

import (
	"bytes"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/theme"
)

func TestThemeBundlesAreSmallerDeterministicAndLocal(t *testing.T) {
	a, err := Make(skupaj.Static())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Make(skupaj.Static())
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	for _, bu := range Bundles {
		got := a[bu.Out]
		if !bytes.Equal(got, b[bu.Out]) {
			t.Errorf("%s differs between two builds of the same sources", bu.Out)
		}
		sources := sourceBytes(t, bu.Entries)
		if len(got) == 0 || len(got) >= sources {
			t.Errorf("%s: %d bytes from %d bytes of its entries", bu.Out, len(got), sources)
		}
		if bytes.Contains(got, []byte(wd)) || bytes.Contains(got, []byte("sourceMappingURL")) {
			t.Errorf("%s names a path of the machine or a source map", bu.Out)
		}
	}
	// The search bundle holds the modules search.js imports.
	if js := string(a["js/search.min.js"]); !strings.Contains(js, "search-hit-title") || !strings.Contains(js, "manifest") {
		t.Error("js/search.min.js lacks the code of results.js or index.js")
	}
	// The compare page's code is in its own bundle, not in every page's.
	for out, want := range map[string]bool{"js/compare.min.js": true, "js/skupaj.min.js": false, "js/search.min.js": false, "js/directory.min.js": false} {
		if has := strings.Contains(string(a[out]), "compare-view"); has != want {
			t.Errorf("%s holds the compare page's code: %v, want %v", out, has, want)
		}
	}
}

func TestSiteModuleReplacesTheThemes(t *testing.T) {
	site := fstest.MapFS{"js/strings.js": {Data: []byte(`export class Strings { t() { return "site-own-strings"; } }`)}}
	got, err := Make(theme.Overlay(site, skupaj.Static()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got["js/search.min.js"], []byte("site-own-strings")) {
		t.Error("the site's js/strings.js is not in the search bundle")
	}
}

func TestBrokenModuleNamesItsFileAndLine(t *testing.T) {
	site := fstest.MapFS{"js/results.js": {Data: []byte("export class ResultList {}\nimport { x } from \"./missing.js\";\n")}}
	_, err := Make(theme.Overlay(site, skupaj.Static()))
	list, ok := err.(diag.List)
	if !ok || len(list) == 0 {
		t.Fatalf("error %v (%T), want a list of problems", err, err)
	}
	if s := list[0].Error(); !strings.HasPrefix(s, "static/js/results.js:2:") || !strings.Contains(s, "missing.js") {
		t.Errorf("error %q, want static/js/results.js:2: naming missing.js", s)
	}
}

// Every kind of page has one stylesheet: no kind is named by two, and one
// stylesheet takes the kinds that no other names.
func TestEveryKindHasOneStylesheet(t *testing.T) {
	named := map[content.Kind]string{}
	var rest []string
	for _, b := range Bundles {
		if path.Ext(b.Out) != ".css" {
			if b.Kinds != nil {
				t.Errorf("script %s names kinds of page", b.Out)
			}
			continue
		}
		if b.Kinds == nil {
			rest = append(rest, b.Out)
		}
		for _, k := range b.Kinds {
			if other, ok := named[k]; ok {
				t.Errorf("pages of kind %s load %s and %s", k, other, b.Out)
			}
			named[k] = b.Out
		}
	}
	if len(rest) != 1 {
		t.Fatalf("stylesheets for the kinds no other names: %v, want one", rest)
	}
	for k, want := range named {
		if got, _ := Stylesheet(k); got != want {
			t.Errorf("Stylesheet(%s) = %s, want %s", k, got, want)
		}
	}
	if got, _ := Stylesheet(content.Guideline); got != rest[0] {
		t.Errorf("Stylesheet(guideline) = %s, want %s", got, rest[0])
	}
}

// A stylesheet of a family holds the styles of the elements its pages'
// scripts make, and a site's own part of the theme replaces the theme's
// in the families that import it only.
func TestStylesheetsHoldTheirScriptsStylesAndTheSitesParts(t *testing.T) {
	site := fstest.MapFS{"css/search.css": {Data: []byte(".site-own-search { color: red }\n")}}
	got, err := Make(theme.Overlay(site, skupaj.Static()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got["css/search.min.css"], []byte(".site-own-search")) || bytes.Contains(got["css/search.min.css"], []byte(".search-hit")) {
		t.Error("css/search.min.css does not hold the site's css/search.css instead of the theme's")
	}
	if bytes.Contains(got["css/page.min.css"], []byte(".site-own-search")) {
		t.Error("css/page.min.css holds the site's css/search.css")
	}
	theirs, err := Make(skupaj.Static())
	if err != nil {
		t.Fatal(err)
	}
	for out, classes := range map[string][]string{
		"css/search.min.css":    {".search-hit-title", ".search-facet", ".search-more", ".count", ".offline-mark"},
		"css/notfound.min.css":  {".offline-mark"},
		"css/catalogue.min.css": {".compare-none", ".directory-item[hidden]", ".facet-clear", ".offline-mark"},
		"css/page.min.css":      {".offline-mark", ".toc a[aria-current]", "th[aria-sort=ascending]"},
	} {
		for _, c := range classes {
			if !bytes.Contains(theirs[out], []byte(c)) {
				t.Errorf("%s lacks %s, which a script of its pages makes", out, c)
			}
		}
	}
}

func TestBrokenImportInAStylesheetNamesItsFileAndLine(t *testing.T) {
	site := fstest.MapFS{"css/search.css": {Data: []byte("/* the search page */\n@import \"./missing.css\";\n.a { color: red }\n")}}
	_, err := Make(theme.Overlay(site, skupaj.Static()))
	list, ok := err.(diag.List)
	if !ok || len(list) == 0 {
		t.Fatalf("error %v (%T), want a list of problems", err, err)
	}
	if s := list[0].Error(); !strings.HasPrefix(s, "static/css/search.css:2:") || !strings.Contains(s, "missing.css") {
		t.Errorf("error %q, want static/css/search.css:2: naming missing.css", s)
	}
}

var importRe = regexp.MustCompile(`(?m)^import\s[^"]*"\./([^"]+)"`)

// sourceBytes is the size of the files of static/ that entries run, with
// every module they import.
func sourceBytes(t *testing.T, entries []string) int {
	t.Helper()
	seen := map[string]bool{}
	n := 0
	var add func(file string)
	add = func(file string) {
		if seen[file] {
			return
		}
		seen[file] = true
		data, err := os.ReadFile("../../static/" + file)
		if err != nil {
			t.Fatal(err)
		}
		n += len(data)
		for _, m := range importRe.FindAllSubmatch(data, -1) {
			add(path.Join(path.Dir(file), string(m[1])))
		}
	}
	for _, e := range entries {
		add(e)
	}
	return n
}
