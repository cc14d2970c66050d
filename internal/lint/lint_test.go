package lint

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/testsite"
	"github.com/skupaj/skupaj/internal/testsite/sitetest"
	"github.com/skupaj/skupaj/internal/theme"
)

// lintSite writes files as a site, runs the pipeline as build does (without
// writing anything) and returns the findings of Check.
func lintSite(t *testing.T, files map[string]string) diag.List {
	t.Helper()
	root := testsite.Write(t, files)
	s, err := sitetest.Assemble(t, root)
	if err != nil {
		t.Fatal(err)
	}
	var own fs.FS
	if _, err := os.Stat(filepath.Join(root, "layouts")); err == nil {
		own = os.DirFS(filepath.Join(root, "layouts"))
	}
	layouts := theme.Overlay(own, skupaj.Layouts())
	strs, err := i18n.Load(layouts, s.Config)
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(s, layouts, strs)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(); err != nil {
		t.Fatal(err)
	}
	if err := r.Pages(output.Discard{}); err != nil {
		t.Fatal(err)
	}
	return Check(s, r.Doc, MissingStrings(strs.Missing()))
}

// enOnly is a one-language configuration: no translation notes.
var enOnly = `base_url: /
default_language: en
languages:
  - {code: en, name: English, title: Test}
taxonomies: [partnership_type, sector, country, target_groups, relationship]
`

// english turns Minimal, with changes, into a site in English only.
func english(changes map[string]string) map[string]string {
	files := testsite.With(testsite.Minimal, map[string]string{"content/site.yaml": enOnly, "content/sl/cases/alpha.md": "", "content/sl/about.md": ""})
	return testsite.With(files, changes)
}

// lines formats findings as skupaj check would print them.
func lines(l diag.List) string {
	var b strings.Builder
	if err := diag.Write(&b, "text", l); err != nil {
		panic(err) // a strings.Builder does not fail
	}
	return b.String()
}

func TestFindings(t *testing.T) {
	tool := func(body string) string {
		return "---\ntitle: Checklist\nsummary: Tick it.\nweight: 1\n---\n" + body
	}
	long := strings.Repeat("é", 201)
	for _, tc := range []struct {
		name    string
		changes map[string]string
		want    []string // lines of the output, in order
		not     []string // substrings that must not appear
	}{{
		name:    "a valid site has nothing to say",
		changes: map[string]string{"content/en/guidelines/first.md": strings.Replace(testsite.Minimal["content/en/guidelines/first.md"], "weight: 10", "weight: 10\nsummary: Why.", 1), "content/en/guidelines/second.md": "---\ntitle: Second\nweight: 20\nsummary: More.\n---\nText.\n", "content/en/partners/town-library.md": "---\ntitle: Town library\nsummary: A library.\nsector: [libraries]\ncountry: bg\n---\nThe library.\n", "content/en/partners/red-cross.md": "---\ntitle: Red Cross\nsummary: An NGO.\nsector: [ngo]\ncountry: bg\n---\nAn NGO.\n"},
		want:    nil,
	}, {
		name:    "images without alt text, at their lines",
		changes: map[string]string{"content/en/tools/checklist.md": tool("Intro.\n\n![](/img/a.png)\n\nSome text\nand ![ ](/img/b.png) inline,\n![A chart](/img/c.png)\n\n[^1]\n\n[^1]: See ![][logo].\n\n[logo]: /img/logo.png\n")},
		want: []string{
			"content/en/tools/checklist.md:8: warning: image /img/a.png has no alt text: describe what it shows, ![what it shows](/img/a.png), for readers who cannot see it",
			"content/en/tools/checklist.md:11: warning: image /img/b.png has no alt text",
			"content/en/tools/checklist.md:16: warning: image /img/logo.png has no alt text",
		},
		not: []string{"c.png", "more image"},
	}, {
		name: "raw HTML images count only when the site lets raw HTML through",
		changes: map[string]string{"content/en/tools/checklist.md": tool("<p>\n<img src=\"/img/raw.png\">\n<img src=\"/img/ok.png\" alt=\"A logo\">\n</p>\n\nText <img src='/img/inline.png' alt=''>.\n"),
			"content/site.yaml": enOnly + "markdown: {unsafe_html: true}\n"},
		want: []string{
			"content/en/tools/checklist.md:7: warning: image /img/raw.png has no alt text",
			"content/en/tools/checklist.md:11: warning: image /img/inline.png has no alt text",
		},
		not: []string{"ok.png", "more image"},
	}, {
		name:    "raw HTML that is dropped is a warning at its line, not an image without alt text",
		changes: map[string]string{"content/en/tools/checklist.md": tool("<img src=\"/img/raw.png\">\n\n<!-- a note for editors -->\n\nText <span class=\"x\">red</span> and\n<b>bold</b>.\n\n<div class=\"a-very-long-class-name-for-a-box\" id=\"box\">\n\nhi\n\n</div>\n")},
		want: []string{
			"content/en/tools/checklist.md:6: warning: raw HTML (<img src=\"/img/raw.png\">) is left out of the page: write the image as ![alt text](/img/raw.png), or turn on markdown.unsafe_html in content/site.yaml",
			"content/en/tools/checklist.md:10: warning: raw HTML (<span class=\"x\">) is left out of the page: write it in Markdown, or turn on markdown.unsafe_html in content/site.yaml",
			"content/en/tools/checklist.md:11: warning: raw HTML (<b>) is left out of the page: write it in Markdown, or turn on markdown.unsafe_html in content/site.yaml",
			"content/en/tools/checklist.md:13: warning: raw HTML (<div class=\"a-very-long-class-name-for-…) is left out of the page: write it in Markdown, or turn on markdown.unsafe_html in content/site.yaml",
			"content/en/tools/checklist.md:17: warning: raw HTML (</div>) is left out of the page",
		},
		not: []string{"has no alt text", "a note for editors", "</span>", "</b>"},
	}, {
		name: "summaries missing, empty or long",
		changes: map[string]string{
			"content/en/tools/checklist.md":    "---\ntitle: Checklist\nsummary: \"\"\nweight: 1\n---\nText.\n",
			"content/en/partners/red-cross.md": "---\ntitle: Red Cross\nsector: [ngo]\ncountry: bg\nsummary: " + long + "\n---\nAn NGO.\n",
		},
		want: []string{
			"content/en/guidelines/first.md:1: warning: summary is missing: write one or two sentences (200 characters at most) for the lists, search results and search engines",
			"content/en/guidelines/second.md:1: warning: summary is missing",
			"content/en/partners/red-cross.md:5: warning: summary is 201 characters long; keep it to 200 at most, or lists and search engines cut it",
			"content/en/partners/town-library.md:1: warning: summary is missing",
			"content/en/tools/checklist.md:3: warning: summary is empty",
		},
		not: []string{"_index.md", "cases/alpha.md"},
	}, {
		name:    "a country that is no ISO code, at its line of the vocabulary",
		changes: map[string]string{"content/taxonomies/country.yaml": testsite.Vocabulary("bg", "si", "england", "xk")},
		want: []string{
			`content/taxonomies/country.yaml:8: warning: country "england" is not an ISO 3166-1 alpha-2 code (si, bg, gb), so the catalogue's map cannot draw it; name the country by its two-letter code`,
		},
		not: []string{`"bg"`, `"si"`, `"xk"`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := lines(lintSite(t, english(tc.changes)))
			if tc.want == nil && tc.not == nil && got != "" {
				t.Errorf("want no warnings, got:\n%s", got)
			}
			rest := got
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("missing, or out of order: %q\nin:\n%s", w, got)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("should not report %q:\n%s", n, got)
				}
			}
		})
	}
}

const fiveLanguages = `base_url: /
default_language: en
languages:
  - {code: en, name: English, title: Test}
  - {code: sl, name: Slovenščina, title: Test}
  - {code: hr, name: Hrvatski, title: Test}
  - {code: sr, name: Српски, title: Тест}
  - {code: sr-Latn, name: Srpski, title: Test, transliterate_from: sr}
taxonomies: [partnership_type, sector, country, target_groups, relationship]
`

func TestMissingTranslations(t *testing.T) {
	notes := func(l diag.List) string {
		var keep diag.List
		for _, f := range l {
			if f.Severity == diag.SevNote {
				keep = append(keep, f)
			}
		}
		return lines(keep)
	}
	for _, tc := range []struct {
		name    string
		changes map[string]string
		want    string
		exact   bool // want is all the notes, not only among them
	}{{
		name: "per page where a language started the section, else per section or language",
		changes: map[string]string{
			"content/sr/cases/alpha.md": "---\ntitle: Алфа\nsummary: Библиотека.\nlibrary: town-library\npartners: [red-cross]\npartnership_type: [educational]\nsector: [ngo]\ncountry: bg\n---\nТекст.\n",
		},
		want: `content/en/_index.md: note: not translated yet into Slovenščina (sl)
content/hr/: note: nothing is translated into Hrvatski (hr) yet; English (en) has 7 pages
content/sl/guidelines/: note: no page of content/en/guidelines/ (2 pages) is translated into Slovenščina (sl) yet
content/sl/partners/: note: no page of content/en/partners/ (2 pages) is translated into Slovenščina (sl) yet
content/sl/tools/: note: no page of content/en/tools/ (1 page) is translated into Slovenščina (sl) yet
content/sr/: note: no top-level page of content/en/ (1 page) is translated into Српски (sr) yet
content/sr/guidelines/: note: no page of content/en/guidelines/ (2 pages) is translated into Српски (sr) yet
content/sr/partners/: note: no page of content/en/partners/ (2 pages) is translated into Српски (sr) yet
content/sr/tools/: note: no page of content/en/tools/ (1 page) is translated into Српски (sr) yet
`,
		exact: true,
	}, {
		name: "a transliterated language with pages of its own is named on pages",
		changes: map[string]string{
			"content/sr/partners/red-cross.md":     "---\ntitle: Црвени крст\nsector: [ngo]\ncountry: bg\n---\nТекст.\n",
			"content/sr-Latn/partners/town-lib.md": "---\ntitle: Biblioteka\nsector: [libraries]\ncountry: bg\ntranslation_key: town\n---\nTekst.\n",
			"content/sl/partners/red-cross.md":     "---\ntitle: Rdeči križ\nsector: [ngo]\ncountry: bg\n---\nBesedilo.\n",
			"content/sl/partners/town-library.md":  "---\ntitle: Knjižnica\nsector: [libraries]\ncountry: bg\n---\nBesedilo.\n",
			"content/en/partners/town-library.md":  "---\ntitle: Town library\nsector: [libraries]\ncountry: bg\n---\nThe library.\n",
			"content/sl/guidelines/first.md":       "",
			"content/en/guidelines/second.md":      "",
		},
		want: "content/en/partners/town-library.md: note: not translated yet into Српски (sr), Srpski (sr-Latn)\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			files := testsite.With(testsite.Minimal, map[string]string{"content/site.yaml": fiveLanguages})
			got := notes(lintSite(t, testsite.With(files, tc.changes)))
			if !strings.Contains(got, tc.want) || (tc.exact && got != tc.want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestMissingInterfaceStringsAreOneWarningPerLanguage(t *testing.T) {
	got := lintSite(t, testsite.With(testsite.Minimal, map[string]string{"layouts/i18n/sl.yaml": "nav.cases: Primeri\n"}))
	var sl diag.List
	for _, f := range got {
		if f.File == "layouts/i18n/sl.yaml" {
			sl = append(sl, f)
		}
	}
	if len(sl) != 1 || sl[0].Severity != diag.SevWarning || !strings.Contains(sl[0].Msg, "missing interface strings (the default language's are used): ") ||
		!strings.Contains(sl[0].Msg, "nav.guidelines") || strings.Contains(sl[0].Msg, "nav.cases,") {
		t.Errorf("want one warning for sl listing its missing keys, got %v", sl)
	}
	direct := interfaceStrings(MissingStrings{"sl": {"b", "a"}, "hr": {"c"}, "bs": nil})
	if lines(direct) != "" && len(direct) != 2 {
		t.Errorf("want one warning per language with missing keys: %v", direct)
	}
}

func TestFindingsAreSorted(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{"content/site.yaml": fiveLanguages})
	got := lintSite(t, files)
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.File > b.File || (a.File == b.File && (a.Line > b.Line || (a.Line == b.Line && a.Msg > b.Msg))) {
			t.Errorf("out of order: %v before %v", a, b)
		}
	}
	if again := lintSite(t, files); lines(again) != lines(got) {
		t.Error("two runs differ")
	}
}
