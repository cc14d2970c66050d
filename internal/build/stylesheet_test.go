package build

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	skupaj "github.com/skupaj/skupaj"
)

var (
	stylesheetRe = regexp.MustCompile(`<link rel="stylesheet" href="/([^"]+)">`)
	inlineRe     = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	classAttrRe  = regexp.MustCompile(`class="([^"]*)"`)
	cssComment   = regexp.MustCompile(`(?s)/\*.*?\*/`)
	selectorRe   = regexp.MustCompile(`([^{}]+)\{`)
	classNameRe  = regexp.MustCompile(`\.([A-Za-z_][\w-]*)`)
)

// Every page of the bundled handbook loads one stylesheet, made by the
// build, or carries it inline, and that stylesheet styles every class of
// the page that the theme's stylesheets style anywhere: no page kind lost
// a part of the theme to the split into families. The search page and
// the page not found carry theirs inline (one request fewer for a first
// search); the search page's leaves out what only other pages use.
func TestEveryPageLoadsOneStylesheetWithItsStyles(t *testing.T) {
	out := t.TempDir()
	if _, err := Build(Options{Root: "../..", Out: out, NoSearch: true}); err != nil {
		t.Fatal(err)
	}
	styled := themeClasses(t)
	sheets := map[string]string{}  // stylesheet → its text
	missing := map[string]string{} // "stylesheet .class" → a page that needs it
	pages := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		links, inline := stylesheetRe.FindAllSubmatch(data, -1), inlineRe.FindAllSubmatch(data, -1)
		if len(links)+len(inline) != 1 {
			t.Errorf("%s links %d stylesheets and carries %d, want 1", rel, len(links), len(inline))
			return nil
		}
		pages++
		if len(inline) == 1 {
			links = [][][]byte{{nil, []byte("inline:" + rel)}}
			sheets["inline:"+rel] = string(inline[0][1])
		}
		sheet := string(links[0][1])
		if _, ok := sheets[sheet]; !ok {
			css, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(sheet)))
			if err != nil {
				t.Errorf("%s links %s, which the build did not write", rel, sheet)
				return nil
			}
			sheets[sheet] = string(css)
		}
		for _, m := range classAttrRe.FindAllSubmatch(data, -1) {
			for _, c := range strings.Fields(string(m[1])) {
				key := sheet + " ." + c
				if _, seen := missing[key]; !seen && styled[c] && !hasClass(sheets[sheet], c) {
					missing[key] = rel
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range slices.Sorted(maps.Keys(missing)) {
		t.Errorf("%s lacks the styles of the theme for it, which %s uses", key, missing[key])
	}
	if pages < 1000 {
		t.Errorf("checked %d pages of the built handbook; want the whole site", pages)
	}
	for page, want := range map[string]string{
		"guidelines/index.html":       "css/page.min.css",
		"catalogue/index.html":        "css/catalogue.min.css",
		"sl/catalogue/map/index.html": "css/catalogue.min.css",
	} {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(page)))
		if err != nil {
			t.Error(err)
			continue
		}
		if m := stylesheetRe.FindSubmatch(data); m == nil || string(m[1]) != want {
			t.Errorf("%s loads %q, want %s", page, m, want)
		}
	}
	inlined := map[string][]string{
		"css/search.min.css":   {"search/index.html", "sl/search/index.html", "bg/search/index.html"},
		"css/notfound.min.css": {"404.html"},
	}
	carried := map[string]string{}
	for sheet, pages := range inlined {
		file, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(sheet)))
		if err != nil {
			t.Fatal(err)
		}
		carried[sheet] = strings.TrimSpace(string(file))
		for _, p := range pages {
			if sheets["inline:"+filepath.FromSlash(p)] != carried[sheet] {
				t.Errorf("%s does not carry %s inline", p, sheet)
			}
		}
	}
	// The search page has no header search box or link to itself, no text
	// and no language that lacks it: its stylesheet, in a first search's
	// bytes, has none of their rules (but the look of the fields that the
	// header's box shares with the search form, base.css).
	search, page := carried["css/search.min.css"], sheets["css/page.min.css"]
	for _, c := range []string{"search-link", "missing", "chapter-nav", "matrix", "map-layout", "directory-list", "compare-table", "print-toc", "prose"} {
		if hasClass(search, c) {
			t.Errorf("css/search.min.css styles .%s, which no search page has", c)
		}
	}
	if strings.Contains(search, ".header-search form") || strings.Contains(search, "h2{") {
		t.Error("css/search.min.css styles the header's search box or h2, which no search page has")
	}
	if len(search) >= len(page) {
		t.Errorf("css/search.min.css has %d bytes, css/page.min.css %d: want the search page's smaller", len(search), len(page))
	}
}

// themeClasses is every class that a selector of the theme's stylesheets
// (static/css/*.css) names.
func themeClasses(t *testing.T) map[string]bool {
	t.Helper()
	files, err := fs.Glob(skupaj.Static(), "css/*.css")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stylesheets in the theme (%v)", err)
	}
	classes := map[string]bool{}
	for _, f := range files {
		data, err := fs.ReadFile(skupaj.Static(), f)
		if err != nil {
			t.Fatal(err)
		}
		css := cssComment.ReplaceAllString(string(data), "")
		for _, sel := range selectorRe.FindAllStringSubmatch(css, -1) {
			for _, c := range classNameRe.FindAllStringSubmatch(sel[1], -1) {
				classes[c[1]] = true
			}
		}
	}
	return classes
}

// hasClass reports whether stylesheet css has a selector naming class c.
func hasClass(css, c string) bool {
	for i := 0; ; {
		j := strings.Index(css[i:], "."+c)
		if j < 0 {
			return false
		}
		end := i + j + 1 + len(c)
		if end == len(css) || !isNameByte(css[end]) {
			return true
		}
		i = end
	}
}

func isNameByte(b byte) bool {
	return b == '-' || b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
