package scaffold

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/testsite"
)

func read(t *testing.T, root, file string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// buildOK checks and builds the site at root, failing the test on any error.
func buildOK(t *testing.T, root string) {
	t.Helper()
	if _, err := build.Check(build.Options{Root: root}); err != nil {
		t.Fatalf("check failed:\n%v", err)
	}
	if _, err := build.Build(build.Options{Root: root, NoSearch: true}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
}

func TestEveryKindPassesCheckAndBuildsAsWritten(t *testing.T) {
	for _, kind := range Kinds {
		for _, lang := range []string{"", "sl"} {
			t.Run(string(kind)+"/"+lang, func(t *testing.T) {
				root := testsite.Write(t, testsite.Minimal)
				file, err := NewPage(root, kind, "parvomay-drug-prevention", lang)
				if err != nil {
					t.Fatal(err)
				}
				want := "content/" + map[string]string{"": "en", "sl": "sl"}[lang] + "/" + content.SectionOf(kind) + "/parvomay-drug-prevention.md"
				if file != want {
					t.Errorf("wrote %s, want %s", file, want)
				}
				text := read(t, root, file)
				if !strings.Contains(text, "\ntitle: Parvomay drug prevention\n") {
					t.Errorf("title not made from the id:\n%s", text)
				}
				privacy := map[string]string{"": "No personal phone numbers or e-mail addresses", "sl": "ne navajajte osebnih telefonskih številk"}[lang]
				if !strings.Contains(text, privacy) {
					t.Error("no reminder about personal contact details")
				}
				buildOK(t, root)
				pub := filepath.Join(root, "public", strings.TrimPrefix(lang+"/", "/"), content.SectionOf(kind), "parvomay-drug-prevention", "index.html")
				if _, err := os.Stat(pub); err != nil {
					t.Errorf("the new page was not built: %v", err)
				}
			})
		}
	}
}

// The schema drives the build; this test fails when a field is added to
// the field table (content.Fields) and not to the archetype.
func TestEveryFieldOfTheSchemaIsWrittenAndExplained(t *testing.T) {
	cfgText := strings.Replace(testsite.Config, "relationship]", "relationship, funders]", 1)
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/site.yaml":               cfgText,
		"content/taxonomies/funders.yaml": testsite.Vocabulary("eu", "municipal"),
	}))
	cfg, err := config.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range Kinds {
		file, err := NewPage(root, kind, "new-"+string(kind), "")
		if err != nil {
			t.Fatal(err)
		}
		text := read(t, root, file)
		for _, f := range content.FieldsOf(kind, cfg.Taxonomies) {
			re := regexp.MustCompile(`(?m)^# [^\n]*\n(# )?` + f.Name + `: `)
			if !re.MatchString(text) {
				t.Errorf("%s: field %q is missing or has no comment above it", file, f.Name)
			}
		}
	}
	buildOK(t, root)
}

func TestIdsThatMustExistAreRealOnes(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	file, err := NewPage(root, content.Case, "beta", "sl")
	if err != nil {
		t.Fatal(err)
	}
	text := read(t, root, file)
	for _, want := range []string{
		"\nlibrary: red-cross\n", // the first partner: sl has none, en's first by file name
		"\npartners: []\n",
		"\npartnership_type: [educational]\n",
		"\nsector: [ngo]\n",
		"\ncountry: bg\n",
		"# Dovoljeno: educational, media, research.\n",
		"content/taxonomies/sector.yaml",
		"\n## Kdo je sodeloval\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	for _, tc := range []struct {
		kind content.Kind
		want string
	}{{content.Guideline, "\nweight: 30\n"}, {content.Tool, "\nweight: 10\n"}} {
		file, err := NewPage(root, tc.kind, "last", "")
		if err != nil {
			t.Fatal(err)
		}
		if text := read(t, root, file); !strings.Contains(text, tc.want) {
			t.Errorf("%s: want %q (after the last one)", file, tc.want)
		}
	}
}

func TestRefusesBadInputAndExistingFiles(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	before := read(t, root, "content/en/cases/alpha.md")
	for _, tc := range []struct {
		kind     content.Kind
		id, lang string
		want     string
	}{
		{content.Case, "alpha", "", "content/en/cases/alpha.md already exists"},
		{content.Case, "Alpha_Case", "", `"Alpha_Case" is not a valid page id`},
		{content.Case, "double--hyphen", "", "is not a valid page id"},
		{content.Case, "ok", "de", `"de" is not a language of the site; use one of: en, sl`},
		{"chapter", "ok", "", `"chapter" is not a kind of page skupaj new writes; use one of: guideline, case, partner, tool`},
		{content.Home, "ok", "", "is not a kind of page"},
	} {
		if _, err := NewPage(root, tc.kind, tc.id, tc.lang); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewPage(%s, %s, %q): %v; want %q", tc.kind, tc.id, tc.lang, err, tc.want)
		}
	}
	if read(t, root, "content/en/cases/alpha.md") != before {
		t.Error("an existing page was changed")
	}
	if _, err := os.Stat(filepath.Join(root, "content/de")); err == nil {
		t.Error("a folder was made for a language the site does not have")
	}
}

func TestACaseNeedsAPartnerAndTerms(t *testing.T) {
	noPartners := testsite.With(testsite.Minimal, map[string]string{
		"content/en/partners/town-library.md": "", "content/en/partners/red-cross.md": "", "content/en/cases/alpha.md": "",
		"content/sl/cases/alpha.md": "", "content/en/guidelines/first.md": "",
	})
	if _, err := NewPage(testsite.Write(t, noPartners), content.Case, "x", ""); err == nil || !strings.Contains(err.Error(), "skupaj new partner <id>") {
		t.Errorf("no partner page: %v", err)
	}
	noCountries := testsite.With(testsite.Minimal, map[string]string{"content/taxonomies/country.yaml": "terms:\n"})
	if _, err := NewPage(testsite.Write(t, noCountries), content.Partner, "x", ""); err == nil || !strings.Contains(err.Error(), "skupaj new term country <term-id>") {
		t.Errorf("no country term: %v", err)
	}
}

func TestASiteOverridesAnArchetype(t *testing.T) {
	own := "---\ntitle: {{q .Title}}\nsummary: Ours.\nweight: {{.Weight}}\n---\nOur own tool for {{.Lang}}.\n"
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"layouts/archetypes/tool.md":    own,
		"layouts/archetypes/tool.sl.md": strings.Replace(own, "Our own tool", "Naše orodje", 1),
	}))
	for lang, want := range map[string]string{"en": "Our own tool for en.", "sl": "Naše orodje for sl."} {
		file, err := NewPage(root, content.Tool, "ours", lang)
		if err != nil {
			t.Fatal(err)
		}
		if text := read(t, root, file); !strings.HasSuffix(text, want+"\n") {
			t.Errorf("%s: %q", file, text)
		}
	}
	bad := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{"layouts/archetypes/tool.md": "---\ntitle: {{q .Title}}\n---\n"}))
	if _, err := NewPage(bad, content.Tool, "x", ""); err == nil || !strings.Contains(err.Error(), `missing required field "summary"`) {
		t.Errorf("an archetype that makes an invalid page: %v", err)
	}
	if _, err := os.Stat(filepath.Join(bad, "content/en/tools/x.md")); err == nil {
		t.Error("an invalid page was written")
	}
}

func TestTitleOf(t *testing.T) {
	for id, want := range map[string]string{
		"parvomay-drug-prevention": "Parvomay drug prevention",
		"biblionet-2020-vranje":    "Biblionet 2020 vranje",
		"x":                        "X",
	} {
		if got := TitleOf(id); got != want {
			t.Errorf("TitleOf(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"Parvomay drug prevention": "Parvomay drug prevention",
		"Knjižnica Šiška":          "Knjižnica Šiška",
		"Trud: pupils":             `"Trud: pupils"`,
		"no":                       `"no"`,
		"2020":                     `"2020"`,
		"a, b":                     `"a, b"`,
		`say "hi"`:                 `"say \"hi\""`,
		"":                         `""`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}
