package build

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
)

// buildSite builds files into root/public and fails the test on error.
func buildSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := testsite.Write(t, files)
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return filepath.Join(root, "public")
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEveryPageKindIsWritten(t *testing.T) {
	pub := buildSite(t, testsite.Minimal)
	for _, f := range []string{
		"index.html", "guidelines/index.html", "guidelines/first/index.html", "guidelines/second/index.html",
		"cases/index.html", "cases/alpha/index.html", "partners/index.html", "partners/red-cross/index.html",
		"partners/town-library/index.html", "tools/index.html", "tools/checklist/index.html",
		"sl/index.html", "sl/cases/alpha/index.html", "sl/about/index.html", "sl/guidelines/index.html",
		"css/base.css", "css/page.min.css", "js/skupaj.js",
	} {
		if _, err := os.Stat(filepath.Join(pub, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
}

func TestPagesShowWhatReadersNeed(t *testing.T) {
	pub := buildSite(t, testsite.Minimal)
	checks := []struct{ file, want string }{
		{"guidelines/first/index.html", `<html lang="en">`},
		{"guidelines/first/index.html", `<a class="skip-link" href="#main">`},
		{"guidelines/first/index.html", `<h2 id="why-partnerships-fail">`},
		{"guidelines/first/index.html", `href="/cases/alpha/#what-was-done"`},
		{"guidelines/first/index.html", `href="/tools/checklist/"`},
		{"guidelines/first/index.html", `rel="next" href="/guidelines/second/"`},
		{"guidelines/second/index.html", `rel="prev" href="/guidelines/first/"`},
		{"guidelines/second/index.html", `href="/guidelines/first/#why-partnerships-fail"`},
		{"cases/alpha/index.html", `<a href="/partners/red-cross/">Red Cross</a>`},
		{"cases/alpha/index.html", `<a href="/partners/town-library/">Town library</a>`},
		{"cases/alpha/index.html", `<a href="/guidelines/first/">First chapter</a>`},
		{"cases/alpha/index.html", `hreflang="sl" href="/sl/cases/alpha/"`},
		{"sl/cases/alpha/index.html", `<html lang="sl">`},
		{"sl/cases/alpha/index.html", `hreflang="en" href="/cases/alpha/"`},
		{"partners/red-cross/index.html", `<a href="/cases/alpha/">Alpha case</a>`},
		{"partners/red-cross/index.html", `href="https://example.org/" rel="external"`},
		{"tools/checklist/index.html", `<input disabled="" type="checkbox" aria-label="one"> one`},
		{"guidelines/index.html", `<a href="/guidelines/first/">First chapter</a>`},
		{"guidelines/index.html", "2 chapters"},
		{"sl/guidelines/index.html", `lang="en" hreflang="en">First chapter</a> <small class="foreign">(English)</small>`},
		{"sl/guidelines/index.html", "2 poglavji"},
		{"sl/cases/index.html", "1 primer"},
		{"sl/about/index.html", `(še ni prevedeno)`},
	}
	for _, c := range checks {
		if got := read(t, filepath.Join(pub, c.file)); !strings.Contains(got, c.want) {
			t.Errorf("%s does not contain %s", c.file, c.want)
		}
	}
}

// problems builds files and returns the build's problems as lines.
func problems(t *testing.T, files map[string]string) []string {
	t.Helper()
	root := testsite.Write(t, files)
	_, err := Build(Options{Root: root})
	if err == nil {
		t.Fatal("build succeeded; want errors")
	}
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("error is not a problem list: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("a failed build wrote public/")
	}
	return strings.Split(list.Error(), "\n")
}

func TestSchemaErrorsNameFileLineAndFix(t *testing.T) {
	caseFile := "content/en/cases/alpha.md"
	cases := []struct {
		name  string
		file  string
		text  string
		wants []string
	}{
		{"missing required field", caseFile,
			"---\ntitle: Alpha\nlibrary: town-library\npartners: []\npartnership_type: [media]\nsector: [ngo]\ncountry: bg\n---\n",
			[]string{`content/en/cases/alpha.md:1: missing required field "summary": a case needs title, summary, library, partners, partnership_type, sector, country`}},
		{"unknown field with hint", "content/en/partners/red-cross.md",
			"---\ntitle: Red Cross\nsectrs: [ngo]\nsector: [ngo]\ncountry: bg\n---\n",
			[]string{`content/en/partners/red-cross.md:3: unknown field "sectrs" in a partner; did you mean "sector"?`}},
		{"wrong type", "content/en/guidelines/second.md",
			"---\ntitle: Second\nweight: ten\n---\n",
			[]string{`content/en/guidelines/second.md:3: field "weight" must be a whole number; got "ten"`}},
		{"list expected", "content/en/partners/red-cross.md",
			"---\ntitle: Red Cross\nsector:\n  name: ngo\ncountry: bg\n---\n",
			[]string{`content/en/partners/red-cross.md:3: field "sector" must be a list of ids such as [a, b]; got a group of fields`}},
		{"bad website", "content/en/partners/red-cross.md",
			"---\ntitle: Red Cross\nsector: ngo\ncountry: bg\nwebsite: javascript:alert(1)\n---\n",
			[]string{`content/en/partners/red-cross.md:5: field "website" must be an http:// or https:// address; got "javascript:alert(1)"`}},
		{"bad date", caseFile,
			"---\ntitle: A\nsummary: S\nlibrary: town-library\npartners: []\npartnership_type: [media]\nsector: [ngo]\ncountry: bg\nstart: \"2011-13\"\n---\n",
			[]string{`content/en/cases/alpha.md:9: field "start" must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; got "2011-13"`}},
		{"unparseable YAML", "content/en/guidelines/second.md",
			"---\ntitle: Second\nweight: 20\nsummary: [unclosed\n---\n",
			[]string{`content/en/guidelines/second.md:`, `front matter is not valid YAML`}},
		{"TOML is refused", "content/en/guidelines/second.md",
			"+++\ntitle = \"Second\"\nweight = 20\n+++\n",
			[]string{`content/en/guidelines/second.md:1: TOML front matter (between +++ lines) is not supported: write the fields as YAML instead; a page starts with a line ---, then key: value lines such as title: A title, then a line --- (YAML)`}},
		{"unparseable JSON", "content/en/guidelines/second.md",
			";;;\n{\"title\": \"Second\",\n \"weight\": 20,,\n}\n;;;\n",
			[]string{`content/en/guidelines/second.md:3: front matter is not valid JSON`}},
		{"no front matter", "content/en/guidelines/second.md",
			"# Second\n\nText.\n",
			[]string{`content/en/guidelines/second.md:1: no front matter`}},
		{"unclosed front matter", "content/en/guidelines/second.md",
			"---\ntitle: Second\nweight: 20\n",
			[]string{`content/en/guidelines/second.md:1: the front matter that starts here is not closed: end it with a line --- before the text`}},
		{"duplicate URL", "content/en/cases.md",
			"---\ntitle: Cases\n---\n",
			[]string{`content/en/cases.md: page URL /cases/ is taken by the generated section page`}},
		{"duplicate translation key", "content/en/guidelines/third.md",
			"---\ntitle: Third\nweight: 30\ntranslation_key: same\n---\n",
			[]string{`content/en/guidelines/third.md:4: translation_key "same" is also used by content/en/guidelines/second.md`}},
		{"bad file name", "content/en/guidelines/Third Chapter.md",
			"---\ntitle: Third\nweight: 30\n---\n",
			[]string{`content/en/guidelines/Third Chapter.md: file name "Third Chapter.md" is not a page id`}},
		{"unknown folder", "content/en/stories/x.md",
			"---\ntitle: X\n---\n",
			[]string{`content/en/stories: unknown folder "stories"; a language folder holds: guidelines, cases, partners, tools`}},
		{"unknown language", "content/de/x.md",
			"---\ntitle: X\n---\n",
			[]string{`content/de: folder "de" is not a language of the site; the language folders are en, sl`}},
		{"unknown partner", caseFile,
			"---\ntitle: A\nsummary: S\nlibrary: town-libary\npartners: [red-cross]\npartnership_type: [media]\nsector: [ngo]\ncountry: bg\n---\n",
			[]string{`content/en/cases/alpha.md:4: library: unknown partner id "town-libary"; did you mean "town-library"?`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := testsite.With(testsite.Minimal, map[string]string{c.file: c.text})
			if c.name == "duplicate translation key" {
				files["content/en/guidelines/second.md"] = "---\ntitle: Second\nweight: 20\ntranslation_key: same\n---\n"
			}
			got := strings.Join(problems(t, files), "\n")
			for _, w := range c.wants {
				if !strings.Contains(got, w) {
					t.Errorf("problems do not contain\n  %s\ngot:\n%s", w, got)
				}
			}
		})
	}
}

// Problems of loading, of references between pages, of vocabularies and of
// links come in one run, and a file that cannot be read adds no follow-on
// problems: first.md's front matter is broken, yet the links and references
// to it (from second.md, alpha.md and the home page) are not reported, and
// the broken sector vocabulary does not make every page's sector unknown.
func TestAllProblemsAreReportedAtOnce(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/first.md":   "---\ntitle: First\nweight: [10\n---\n## Why partnerships fail\n",
		"content/en/guidelines/second.md":  "---\ntitle: Second\nweight: x\ncolour: red\n---\nSee [nothing](missing.md).\n",
		"content/en/tools/checklist.md":    "---\ntitle: Checklist\n---\n",
		"content/en/partners/red-cross.md": "---\ntitle: Red Cross\nsector: [ngo]\ncountry: bg\n---\n[a](../cases/alpha.md#nowhere)\n",
		"content/sl/cases/alpha.md": "---\ntitle: Alfa\nsummary: S.\nlibrary: town-libary\npartners: [red-cross]\n" +
			"partnership_type: [educational]\nsector: [ngo]\ncountry: bg\n---\n",
		"content/taxonomies/sector.yaml": "terms:\n  ngo: [\n",
	})
	got := problems(t, files)
	want := []string{
		`content/en/guidelines/first.md:2: front matter is not valid YAML: did not find expected ',' or ']'`,
		`content/en/guidelines/second.md:3: field "weight" must be a whole number; got "x"`,
		`content/en/guidelines/second.md:4: unknown field "colour" in a guideline (allowed: title, translation_key, weight, summary, cases, tools, sources, published, updated)`,
		`content/en/guidelines/second.md:6: link "missing.md": there is no page content/en/guidelines/missing.md`,
		`content/en/partners/red-cross.md:6: link to a missing heading #nowhere in content/en/cases/alpha.md; its headings are: #what-was-done, #_results, #_lessons`,
		`content/en/tools/checklist.md:1: missing required field "summary": a tool needs title, weight, summary`,
		`content/en/tools/checklist.md:1: missing required field "weight": a tool needs title, weight, summary`,
		`content/sl/cases/alpha.md:4: library: unknown partner id "town-libary"; did you mean "town-library"? (partner ids are the file names in content/<language>/partners/)`,
		`content/taxonomies/sector.yaml:2: did not find expected node content`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBrokenLinksFailWithLine(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: Second\nweight: 20\n---\nIntro.\n\n" +
			"See [a missing page](../cases/nothing.md) here.\n\n" +
			"And [a missing heading](first.md#no-such-heading).\n\n" +
			"And [here](#nor-here), and [a folder](../cases/).\n",
	})
	got := strings.Join(problems(t, files), "\n")
	for _, w := range []string{
		`content/en/guidelines/second.md:7: link "../cases/nothing.md": there is no page content/en/cases/nothing.md`,
		`content/en/guidelines/second.md:9: link to a missing heading #no-such-heading in content/en/guidelines/first.md; its headings are: #why-partnerships-fail`,
		`content/en/guidelines/second.md:11: link to a missing heading #nor-here in content/en/guidelines/second.md`,
		`content/en/guidelines/second.md:11: link "../cases/": link to another page by its source file`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

func TestLinkToUntranslatedPageUsesAnotherLanguage(t *testing.T) {
	pub := buildSite(t, testsite.With(testsite.Minimal, map[string]string{
		"content/sl/guidelines/first.md": "---\ntitle: Prvo poglavje\nweight: 10\n---\nGlej [orodje](../tools/checklist.md).\n",
	}))
	if got := read(t, filepath.Join(pub, "sl/guidelines/first/index.html")); !strings.Contains(got, `href="/tools/checklist/"`) {
		t.Error("link to an untranslated tool does not go to its English page")
	}
}

func TestRawHTMLAndScriptsNeverRun(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: \"<script>alert(1)</script> Second\"\nweight: 20\nsummary: \"\\\" onload=alert(1)\"\n---\n" +
			"<script>alert(2)</script>\n\n<b onclick=\"alert(3)\">bold</b> [x](javascript:alert(4))\n",
	})
	pub := buildSite(t, files)
	got := read(t, filepath.Join(pub, "guidelines/second/index.html"))
	for _, bad := range []string{"<script>alert", "onclick", "javascript:alert", `" onload=`} {
		if strings.Contains(got, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(got, "&lt;script&gt;alert(1)&lt;/script&gt; Second") {
		t.Error("title is not shown as text")
	}
	files["content/site.yaml"] = testsite.Config + "markdown:\n  unsafe_html: true\n"
	pub = buildSite(t, files)
	if got := read(t, filepath.Join(pub, "guidelines/second/index.html")); !strings.Contains(got, "<b onclick") {
		t.Error("unsafe_html: true does not let raw HTML through")
	}
}

func TestFailedBuildKeepsPreviousOutput(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(root, "public")
	before := snapshot(t, pub)
	bad := filepath.Join(root, "content/en/tools/checklist.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root}); err == nil {
		t.Fatal("build with broken front matter succeeded")
	}
	after := snapshot(t, pub)
	if len(before) != len(after) {
		t.Fatalf("public/ had %d files, now %d", len(before), len(after))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed", name)
		}
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

func TestBuildsAreByteIdentical(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	var snaps []map[string][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Root: root, Out: out}); err != nil {
			t.Fatal(err)
		}
		snaps = append(snaps, snapshot(t, out))
	}
	if len(snaps[0]) != len(snaps[1]) || len(snaps[0]) < 10 {
		t.Fatalf("builds wrote %d and %d files", len(snaps[0]), len(snaps[1]))
	}
	for name, data := range snaps[0] {
		if !bytes.Equal(snaps[1][name], data) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// snapshot reads every file below dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRebuildUpdatesChangedAndRemovesDeletedPages(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(root, "public")
	os.Remove(filepath.Join(root, "content/sl/about.md"))
	os.WriteFile(filepath.Join(root, "content/en/tools/checklist.md"), []byte("---\ntitle: Renamed checklist\nsummary: S.\nweight: 1\n---\n"), 0o644)
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(pub, "sl/about")); err == nil {
		t.Error("the deleted page's output is still there")
	}
	if !strings.Contains(read(t, filepath.Join(pub, "tools/checklist/index.html")), "Renamed checklist") {
		t.Error("the changed page was not rewritten")
	}
	if !strings.Contains(read(t, filepath.Join(pub, "tools/index.html")), "Renamed checklist") {
		t.Error("the list page was not rewritten")
	}
	fresh := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Root: root, Out: fresh}); err != nil {
		t.Fatal(err)
	}
	a, b := snapshot(t, pub), snapshot(t, fresh)
	if len(a) != len(b) {
		t.Errorf("rebuilt output has %d files, a fresh build %d", len(a), len(b))
	}
	for name, data := range b {
		if !bytes.Equal(a[name], data) {
			t.Errorf("%s differs between the rebuilt and a fresh output", name)
		}
	}
}
