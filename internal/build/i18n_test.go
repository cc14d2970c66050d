package build

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

const serbianConfig = `base_url: /
default_language: en
languages:
  - {code: en, name: English, title: Test}
  - {code: sl, name: Slovenščina, title: Test}
  - {code: sr, name: Српски, title: Тест}
  - {code: sr-Latn, name: Srpski, title: Test, transliterate_from: sr}
taxonomies: [partnership_type, sector, country, target_groups, relationship]
`

func multilingualSite() map[string]string {
	return testsite.With(testsite.Minimal, map[string]string{
		"content/site.yaml":                     serbianConfig,
		"content/sr/cases/alpha.md":             "---\ntitle: Случај Алфа\nsummary: Библиотека и Црвени крст.\nlibrary: town-library\npartners: [red-cross]\npartnership_type: [educational]\nsector: [ngo]\ncountry: bg\nplace: Љубљана\n---\n## Шта је урађено\n\nРадионице у [библиотеци](../partners/town-library.md).\n",
		"content/sr/partners/town-library.md":   "---\ntitle: Градска библиотека\nsector: [libraries]\ncountry: bg\n---\nБиблиотека.\n",
		"content/sr-Latn/partners/red-cross.md": "---\ntitle: Crveni krst\nsector: [ngo]\ncountry: bg\n---\nNapisano latinicom.\n",
	})
}

var alternateRe = regexp.MustCompile(`<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">`)

// hreflang alternates are complete and symmetric: if page A names B as its
// version in language X, then B names A, and both name the same set.
func TestTranslationLinksAreCompleteAndSymmetric(t *testing.T) {
	pub := buildSite(t, multilingualSite())
	alternates := map[string][]string{} // page URL → its alternates' URLs
	filepath.WalkDir(pub, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(pub, p)
		url := "/" + strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		for _, m := range alternateRe.FindAllStringSubmatch(read(t, p), -1) {
			alternates[url] = append(alternates[url], m[2])
		}
		return nil
	})
	if len(alternates["/cases/alpha/"]) != 3 {
		t.Errorf("/cases/alpha/ has alternates %v; want sl, sr, sr-latn", alternates["/cases/alpha/"])
	}
	for page, alts := range alternates {
		group := append([]string{page}, alts...)
		sort.Strings(group)
		for _, a := range alts {
			back := append([]string{a}, alternates[a]...)
			sort.Strings(back)
			if strings.Join(back, " ") != strings.Join(group, " ") {
				t.Errorf("%s names %v, but %s names %v", page, alts, a, alternates[a])
			}
		}
	}
}

func TestMissingTranslationIsSaidNotBroken(t *testing.T) {
	pub := buildSite(t, multilingualSite())
	page := read(t, filepath.Join(pub, "tools/checklist/index.html"))
	if !strings.Contains(page, `<li class="missing"><a href="/sl/" lang="sl" hreflang="sl">Slovenščina</a> <small>(not translated yet)</small></li>`) {
		t.Error("the language menu does not say the page is not translated into Slovenian")
	}
	if strings.Contains(page, `hreflang="sl" href=`) && strings.Contains(page, `rel="alternate" hreflang="sl"`) {
		t.Error("an untranslated page names a Slovenian alternate")
	}
	if n := crawl(t, pub, "/"); n < 100 {
		t.Errorf("followed %d links", n)
	}
	// The Slovenian list shows the untranslated tool, marked as English.
	if list := read(t, filepath.Join(pub, "sl/tools/index.html")); !strings.Contains(list, `<a href="/tools/checklist/" lang="en" hreflang="en">Checklist</a> <small class="foreign">(English)</small>`) {
		t.Error("the Slovenian toolbox does not list the English tool")
	}
}

func TestSerbianIsPublishedInBothScripts(t *testing.T) {
	pub := buildSite(t, multilingualSite())
	latin := read(t, filepath.Join(pub, "sr-latn/cases/alpha/index.html"))
	for _, w := range []string{
		`<html lang="sr-Latn">`,
		"<h1>Slučaj Alfa</h1>",
		`<p class="lead">Biblioteka i Crveni krst.</p>`,
		"· Ljubljana</dd>",
		`<h2 id="sta-je-uradjeno">Šta je urađeno</h2>`,
		`Radionice u <a href="/sr-latn/partners/town-library/">biblioteci</a>.`,
		`<a href="/sr-latn/partners/town-library/">Gradska biblioteka</a>`,
		`<a href="/sr-latn/partners/red-cross/">Crveni krst</a>`,
		`<li><a href="/sr/cases/alpha/" lang="sr" hreflang="sr">Српски</a></li>`,
	} {
		if !strings.Contains(latin, w) {
			t.Errorf("sr-latn case lacks %s", w)
		}
	}
	cyr := read(t, filepath.Join(pub, "sr/cases/alpha/index.html"))
	if !strings.Contains(cyr, "<h1>Случај Алфа</h1>") || !strings.Contains(cyr, `<h2 id="sta-je-uradjeno">`) {
		t.Error("the Cyrillic page is not as written, or its heading id differs from the Latin one")
	}
	// A page written in Latin is published in Latin only: the Cyrillic
	// site lists it rather than transliterating it back.
	if _, err := os.Stat(filepath.Join(pub, "sr/partners/red-cross/index.html")); err == nil {
		t.Error("a Latin Serbian page was published in Cyrillic")
	}
	if list := read(t, filepath.Join(pub, "sr/partners/index.html")); !strings.Contains(list, `<a href="/sr-latn/partners/red-cross/" lang="sr-Latn" hreflang="sr-Latn">Crveni krst</a>`) {
		t.Error("the Cyrillic partner list does not show the Latin-only page")
	}
}

// Every letter, digraph capitalisation, and text that must stay as written.
func TestSerbianLatinIsTheExactTransliteration(t *testing.T) {
	words := []struct{ cyr, lat string }{
		{"абвгдђежзијклљмнњопрстћуфхцчџш", "abvgdđežzijklljmnnjoprstćufhcčdžš"},
		{"АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ", "ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ"},
		{"Љубљана", "Ljubljana"}, {"ЉУБЉАНА", "LJUBLJANA"}, {"Његош", "Njegoš"}, {"ЊЕГОШ", "NJEGOŠ"},
		{"Џак", "Džak"}, {"ЏАК", "DŽAK"}, {"Ђорђе", "Đorđe"}, {"Ћирилица", "Ćirilica"},
		{"Dacapo A/S", "Dacapo A/S"}, {"www.bygpartnerskaber.dk", `<a href="http://www.bygpartnerskaber.dk">www.bygpartnerskaber.dk</a>`},
	}
	var cyr, lat []string
	for _, w := range words {
		cyr = append(cyr, w.cyr)
		lat = append(lat, w.lat)
	}
	files := multilingualSite()
	files["content/sr/guidelines/words.md"] = "---\ntitle: Речи\nweight: 1\n---\n" + strings.Join(cyr, "\n\n") + "\n\n`код остаје`\n\n<https://пример.срб/>\n"
	pub := buildSite(t, files)
	page := read(t, filepath.Join(pub, "sr-latn/guidelines/words/index.html"))
	body := page[strings.Index(page, `<div class="prose">`):]
	body = body[:strings.Index(body, "</div>")]
	var want strings.Builder
	want.WriteString(`<div class="prose">`)
	for _, l := range lat {
		want.WriteString("<p>" + l + "</p>\n")
	}
	want.WriteString("<p><code>код остаје</code></p>\n")
	want.WriteString(`<p><a href="https://%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%81%D1%80%D0%B1/">https://пример.срб/</a></p>` + "\n")
	if body != want.String() {
		t.Errorf("Latin page body:\n%s\nwant:\n%s", body, want.String())
	}
}

func TestMissingInterfaceStringsAreReported(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"layouts/i18n/sl.yaml": "skip_to_content: Skoči na vsebino\n",
	})
	root := testsite.Write(t, files)
	res, err := Build(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	missing := res.Missing["sl"]
	for _, k := range []string{"nav.guidelines", "section.cases", "count.cases"} {
		if !contains(missing, k) {
			t.Errorf("missing sl keys %v lack %s", missing, k)
		}
	}
	if contains(missing, "skip_to_content") || len(res.Missing["en"]) != 0 {
		t.Errorf("reported as missing: sl %v, en %v", missing, res.Missing["en"])
	}
	if !strings.Contains(strings.Join(res.Warnings, "\n"), "layouts/i18n/sl.yaml: warning: missing interface strings (the default language's are used): ") {
		t.Errorf("warnings %v", res.Warnings)
	}
	if page := read(t, filepath.Join(root, "public/sl/guidelines/index.html")); !strings.Contains(page, "Guidelines") || !strings.Contains(page, "Skoči na vsebino") {
		t.Error("a missing string does not fall back to English, or a present one is not used")
	}
}
