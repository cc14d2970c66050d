package bundle

import (
	"bytes"
	"os"
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
		var sources int
		for _, e := range bu.Entries {
			data, err := os.ReadFile("../../static/" + e)
			if err != nil {
				t.Fatal(err)
			}
			sources += len(data)
		}
		if len(got) == 0 || (len(bu.Entries) == 1 && len(got) >= sources) {
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
