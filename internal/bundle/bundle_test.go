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
