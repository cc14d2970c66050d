package build

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
)

func teachingSite(t *testing.T) string {
	t.Helper()
	return buildSite(t, teachingFiles(t))
}

// teachingFiles are testsite.Minimal with testdata/teaching.txtar.
func teachingFiles(t *testing.T) map[string]string {
	t.Helper()
	archive, err := os.ReadFile(filepath.Join("testdata", "teaching.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	return testsite.With(testsite.Minimal, testsite.Txtar(string(archive)))
}

// headings are the texts of the h2 elements of a page, in order.
var h2 = regexp.MustCompile(`<h2 id="([^"]*)">([^<]*)</h2>`)

func headings(html string) []string {
	var out []string
	for _, m := range h2.FindAllStringSubmatch(html, -1) {
		out = append(out, m[1]+" "+m[2])
	}
	return out
}

// A Slovenian reader sees the case's teaching fields as sections headed in
// Slovenian, in the order of the field table, and its short fields in the
// facts list in Slovenian; the English page heads the same sections in
// English.
func TestTeachingFieldsAreSectionsInTheReadersLanguage(t *testing.T) {
	pub := teachingSite(t)
	sl := read(t, filepath.Join(pub, "sl/cases/gamma/index.html"))
	got := strings.Join(headings(sl), "|")
	if want := "_need Potreba|_results Rezultati|_lessons Spoznanja"; !strings.Contains(got, want) {
		t.Errorf("sl/cases/gamma/ has the sections %q; want %q", got, want)
	}
	for _, want := range []string{
		"<p>V dolini Zlatorog malo najstnikov bere za zabavo.</p>",
		"<dt>Faza</dt><dd>Končano</dd>",
		"<dt>Licenca</dt><dd>CC BY 4.0</dd>",
		"<dt>Nazadnje pregledano</dt><dd>17. maj 2024</dd>",
	} {
		if !strings.Contains(sl, want) {
			t.Errorf("sl/cases/gamma/ lacks %q", want)
		}
	}
	en := read(t, filepath.Join(pub, "cases/gamma/index.html"))
	got = strings.Join(headings(en), "|")
	if want := "_need The need|_activities What was done|_results Results|_lessons Lessons"; !strings.Contains(got, want) {
		t.Errorf("cases/gamma/ has the sections %q; want %q", got, want)
	}
	for _, want := range []string{
		`<a href="/guidelines/first/">the first chapter</a>`, // the link resolved as in a body
		`<h3 id="_activities--summer-camp">Summer camp</h3>`, // a heading's id under its section
		"<dt>Funding</dt><dd>Municipal grant</dd>",
		"<dt>Contact organisation</dt><dd>Town library</dd>",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("cases/gamma/ lacks %q", want)
		}
	}
}

// Raw HTML written in a teaching field is left out, as in a body: no
// script, no element the editor typed.
func TestTeachingFieldsRenderNoRawHTML(t *testing.T) {
	pub := teachingSite(t)
	en := read(t, filepath.Join(pub, "cases/gamma/index.html"))
	for _, raw := range []string{"<script>alert", `class="raw"`, `class="raw-block"`} {
		if strings.Contains(en, raw) {
			t.Errorf("cases/gamma/ holds the raw HTML %q of its results", raw)
		}
	}
	if !strings.Contains(en, "Loans rose by <strong>a third</strong>.") {
		t.Error("the Markdown of the results is not rendered")
	}
	cmp := read(t, filepath.Join(pub, "compare/index.html"))
	for _, raw := range []string{"<script>alert", `class="raw"`, `class="raw-block"`} {
		if strings.Contains(cmp, raw) {
			t.Errorf("compare/ holds the raw HTML %q of gamma's results", raw)
		}
	}
}

// The compare page of each language holds every case of that language
// with the fields it gives, the rows labelled in that language; a
// Croatian reader gets the English case (not translated yet) under
// Croatian labels.
func TestComparePageHoldsTheCasesFields(t *testing.T) {
	pub := teachingSite(t)
	sl := read(t, filepath.Join(pub, "sl/compare/index.html"))
	for _, want := range []string{
		`<tr data-row="need"><th scope="row">Potreba</th></tr>`,
		`<tr data-row="stage"><th scope="row">Faza</th></tr>`,
		`<div data-case="gamma">`,
		`<div data-cell="need"><p>V dolini Zlatorog malo najstnikov bere za zabavo.</p>`,
		`<div data-cell="stage">Končano</div>`,
		`<div data-case="alpha">`,
	} {
		if !strings.Contains(sl, want) {
			t.Errorf("sl/compare/ lacks %q", want)
		}
	}
	hr := read(t, filepath.Join(pub, "hr/compare/index.html"))
	for _, want := range []string{
		`<tr data-row="lessons"><th scope="row">Pouke</th></tr>`,
		`<div data-case="gamma" lang="en">`,
		`<div data-cell="lessons"><p>Evenings did not work; afternoons did.</p>`,
		`<div data-cell="stage">Završeno</div>`,
		`<a href="/cases/gamma/" lang="en" hreflang="en">Gamma case</a>`,
	} {
		if !strings.Contains(hr, want) {
			t.Errorf("hr/compare/ lacks %q", want)
		}
	}
	// The rows follow the field table: the need before the results, the
	// results before the stage.
	if i, j, k := strings.Index(sl, `data-row="need"`), strings.Index(sl, `data-row="results"`), strings.Index(sl, `data-row="stage"`); !(i >= 0 && i < j && j < k) {
		t.Errorf("sl/compare/ rows out of the field table's order: need at %d, results at %d, stage at %d", i, j, k)
	}
}

// Search finds a case by the words of its teaching fields, in the section
// that holds them: in its document's text and in that section's own file.
func TestTeachingFieldsAreSearched(t *testing.T) {
	pub := teachingSite(t)
	var found, sections []string
	err := filepath.WalkDir(filepath.Join(pub, "search", "x"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if b, _ := os.ReadFile(p); strings.Contains(string(b), "Afternoons") || strings.Contains(string(b), "afternoons did") {
			if strings.Contains(d.Name(), "-") { // x/<doc>-<section>.<hash>.json
				sections = append(sections, string(b))
			} else {
				found = append(found, string(b))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || !strings.Contains(found[0], `"_lessons"`) {
		t.Errorf("the section texts of search hold the lessons of gamma in %d documents (want 1, under #_lessons): %q", len(found), found)
	}
	if len(sections) != 1 || !strings.HasPrefix(sections[0], `["_lessons",`) {
		t.Errorf("%d section files hold the lessons of gamma (want 1, its _lessons section): %q", len(sections), sections)
	}
}

// skupaj check warns about raw HTML written in a teaching field, at its
// line of the file, as it does for the body.
func TestCheckWarnsAboutRawHTMLInTeachingFields(t *testing.T) {
	archive, err := os.ReadFile(filepath.Join("testdata", "teaching.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	root := testsite.Write(t, testsite.With(testsite.Minimal, testsite.Txtar(string(archive))))
	res, err := Build(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	wantTeachingRawHTML(t, "check", res.Findings)

	// The editor's check of the page being edited says the same.
	src, err := os.ReadFile(filepath.Join(root, "content/en/cases/gamma.md"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewSession(Options{Root: root}).CheckDraft("content/en/cases/gamma.md", src)
	if err != nil {
		t.Fatal(err)
	}
	wantTeachingRawHTML(t, "the draft's check", d.Findings)
}

// wantTeachingRawHTML fails t unless findings warn about the two pieces of
// raw HTML in the results of teaching.txtar's gamma, at their lines.
func wantTeachingRawHTML(t *testing.T, who string, findings diag.List) {
	t.Helper()
	var got []string
	for _, f := range findings {
		if f.File == "content/en/cases/gamma.md" && strings.Contains(f.Msg, "raw HTML") {
			got = append(got, diag.Place(f.File, f.Line)+": "+f.Msg[:strings.Index(f.Msg, ")")+1])
		}
	}
	want := []string{ // results: | is line 17; its text starts on line 18
		`content/en/cases/gamma.md:18: raw HTML (<script>)`,
		`content/en/cases/gamma.md:20: raw HTML (<div class="raw-block">raw block</div>)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s says\n\t%s\nwant\n\t%s", who, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// A Serbian case published in Latin shows its teaching sections and short
// fields in Latin, under Latin labels.
func TestTeachingFieldsInLatinFromCyrillic(t *testing.T) {
	pub := teachingSite(t)
	lat := read(t, filepath.Join(pub, "sr-latn/cases/epsilon/index.html"))
	for _, want := range []string{"<p>Malo mladih čita u Vranju.</p>", "<dd>Opština Vranje</dd>", "<dd>Narodna biblioteka</dd>"} {
		if !strings.Contains(lat, want) {
			t.Errorf("sr-latn/cases/epsilon/ lacks %q", want)
		}
	}
	for _, cyr := range []string{"Врање", "Народна"} {
		if strings.Contains(lat, cyr) {
			t.Errorf("sr-latn/cases/epsilon/ holds the Cyrillic %q", cyr)
		}
	}
}

// A case whose sources are silent on its results and lessons says so in
// its facts list, in the reader's language and script, and check does not
// ask for them.
func TestNotReportedFieldsAreNamedInTheFacts(t *testing.T) {
	root := testsite.Write(t, teachingFiles(t))
	res, err := Build(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.File == "content/sr/cases/epsilon.md" && f.Severity == diag.SevWarning {
			t.Errorf("warning about a case that lists its silent fields: %s", f.Msg)
		}
	}
	for page, want := range map[string]string{
		"sr/cases/epsilon/index.html":      "<dt>Извори не наводе</dt><dd>Резултати, Поуке</dd>",
		"sr-latn/cases/epsilon/index.html": "<dt>Izvori ne navode</dt><dd>Rezultati, Pouke</dd>",
	} {
		if html := read(t, filepath.Join(root, "public", page)); !strings.Contains(html, want) {
			t.Errorf("%s lacks %q", page, want)
		}
	}
}

// A link to a heading a case does not have lists the ids the case page
// has: its teaching sections and the headings inside them too.
func TestMissingHeadingOfACaseListsItsTeachingSections(t *testing.T) {
	archive, err := os.ReadFile(filepath.Join("testdata", "teaching.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	files := testsite.With(testsite.With(testsite.Minimal, testsite.Txtar(string(archive))), map[string]string{
		"content/en/guidelines/third.md": "---\ntitle: Third chapter\nweight: 30\n---\nWhat Gamma [needed](../cases/gamma.md#_needs).\n",
	})
	got := strings.Join(problems(t, files), "\n")
	want := `content/en/guidelines/third.md:5: link to a missing heading #_needs in content/en/cases/gamma.md; its headings are: #_need, #_activities, #_activities--summer-camp, #_results, #_lessons`
	if got != want {
		t.Errorf("the build says\n\t%s\nwant\n\t%s", got, want)
	}
}
