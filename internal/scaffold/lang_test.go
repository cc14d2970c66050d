package scaffold

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/testsite"
)

// tenLanguages is testsite.Config with the ten languages of the handbook,
// sr-Latn transliterated from sr.
var tenLanguages = strings.Replace(testsite.Config, `  - code: sl
    name: Slovenščina
    title: Testni priročnik
    description: Testna stran.
`, `  - {code: sl, name: Slovenščina, title: Priročnik}
  - {code: hr, name: Hrvatski, title: Priručnik}
  - {code: bs, name: Bosanski, title: Priručnik}
  - {code: sr, name: Српски, title: Приручник}
  - {code: sr-Latn, name: Srpski, title: Priručnik, transliterate_from: sr}
  - {code: mk, name: Македонски, title: Прирачник}
  - {code: bg, name: Български, title: Наръчник}
  - {code: pl, name: Polski, title: Podręcznik}
  - {code: da, name: Dansk, title: Håndbog}
`, 1)

// phrases are a note and a heading of a case in each language: the note
// shows the comments are in the page's language, the heading that it is
// the one the bundled cases of that language use.
var phrases = map[string][2]string{
	"en":      {"# The lines that start with # are notes for you", "\n## Who took part\n"},
	"sl":      {"# Vrstice, ki se začnejo z #, so opombe za vas", "\n## Kdo je sodeloval\n"},
	"hr":      {"# Retci koji počinju s # bilješke su za vas", "\n## Tko je sudjelovao\n"},
	"bs":      {"# Redovi koji počinju sa # su bilješke za vas", "\n## Ko je učestvovao\n"},
	"sr":      {"# Редови који почињу са # су белешке за вас", "\n## Учесници\n"},
	"sr-Latn": {"# Redovi koji počinju sa # su beleške za vas", "\n## Učesnici\n"},
	"mk":      {"# Редовите што почнуваат со # се белешки за вас", "\n## Учесници\n"},
	"bg":      {"# Редовете, които започват с #, са бележки за вас", "\n## Участници\n"},
	"pl":      {"# Wiersze zaczynające się od # to uwagi dla ciebie", "\n## Uczestnicy\n"},
	"da":      {"# Linjer, der begynder med #, er noter til dig", "\n## Deltagere\n"},
}

func TestEveryLanguageGetsItsOwnWordsAndPasses(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{"content/site.yaml": tenLanguages}))
	for lang, want := range phrases {
		for _, kind := range Kinds {
			file, err := NewPage(root, kind, "new-"+string(kind), lang)
			if err != nil {
				t.Fatalf("%s %s: %v", lang, kind, err)
			}
			text := read(t, root, file)
			if !strings.Contains(text, want[0]) {
				t.Errorf("%s: the notes are not in %s:\n%s", file, lang, text)
			}
			if kind == content.Case && !strings.Contains(text, want[1]) {
				t.Errorf("%s: no heading %q", file, want[1])
			}
			if lang != "en" && strings.Contains(text, phrases["en"][0]) {
				t.Errorf("%s: English notes on a %s page", file, lang)
			}
		}
	}
	res, err := build.Check(build.Options{Root: root})
	if err != nil {
		t.Fatalf("check failed:\n%v", err)
	}
	// Every new page warns about its placeholders and its empty summary.
	for lang := range phrases {
		for _, kind := range Kinds {
			file := "content/" + lang + "/" + content.SectionOf(kind) + "/new-" + string(kind) + ".md"
			if !hasWarning(res.Warnings, file, "title is still") || !hasWarning(res.Warnings, file, "summary is empty") {
				t.Errorf("%s: no placeholder warnings in %q", file, res.Warnings)
			}
		}
	}
}

func hasWarning(warnings []string, file, msg string) bool {
	for _, w := range warnings {
		if strings.HasPrefix(w, file+":") && strings.Contains(w, msg) {
			return true
		}
	}
	return false
}

// The placeholder warnings name the field and say what to put there; they
// stop as soon as the field is changed.
func TestPlaceholdersWarnUntilChanged(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	file, err := NewPage(root, content.Case, "museum-night", "sl")
	if err != nil {
		t.Fatal(err)
	}
	text := read(t, root, file)
	line := func(field string) string {
		for i, l := range strings.Split(text, "\n") {
			if strings.HasPrefix(l, field+": ") {
				return file + ":" + strconv.Itoa(i+1) + ": warning: "
			}
		}
		t.Fatalf("no field %s", field)
		return ""
	}
	want := []string{
		line("title") + `title is still Museum night, the placeholder that skupaj new wrote: write the name of the case: the place and what the partners did, in a few words (if Museum night is right, delete the line "# skupaj:placeholder Museum night" above it)`,
		line("summary") + "summary is empty: write one or two sentences (200 characters at most) for the lists, search results and search engines",
		line("library") + `library is still red-cross, the placeholder that skupaj new wrote: write the id of the partner page of the library that led the partnership (its file name in partners/ without .md) (if red-cross is right, delete the line "# skupaj:placeholder red-cross" above it)`,
		line("partners") + `partners is still [], the placeholder that skupaj new wrote: list the ids of the other partners' pages, e.g. [red-cross, town-school]; create a missing page with: skupaj new partner <id> (if [] is right, delete the line "# skupaj:placeholder []" above it)`,
		line("partnership_type") + `partnership_type is still [educational], the placeholder that skupaj new wrote: write the term ids that fit, from content/taxonomies/partnership_type.yaml (if [educational] is right, delete the line "# skupaj:placeholder [educational]" above it)`,
		line("sector") + `sector is still [ngo], the placeholder that skupaj new wrote: write the term ids that fit, from content/taxonomies/sector.yaml (if [ngo] is right, delete the line "# skupaj:placeholder [ngo]" above it)`,
		line("country") + `country is still bg, the placeholder that skupaj new wrote: write the term id of the country, from content/taxonomies/country.yaml (if bg is right, delete the line "# skupaj:placeholder bg" above it)`,
		line("results") + "results is empty: write what came of the partnership, with its evidence (figures, feedback, a service still running), if it is known; if the sources say nothing of it, list results in not_reported",
		line("lessons") + "lessons is empty: write what the partners learnt, including what did not work, if it is known; if the sources say nothing of it, list lessons in not_reported",
	}
	if got := warningsOf(t, root, file); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Changed values, and a placeholder kept on purpose (its line deleted).
	text = strings.NewReplacer(
		"\ntitle: Museum night\n", "\ntitle: \"Celje: a night at the museum\"\n",
		"\nsummary: \"\"\n", "\nsummary: The library and the museum opened at night.\n",
		"\npartners: []\n", "\npartners: [red-cross]\n",
		"\nlibrary: red-cross\n", "\nlibrary: town-library\n",
		"\npartnership_type: [educational]\n", "\npartnership_type: [media, educational]\n",
		"\nsector: [ngo]\n", "\nsector: [ngo, libraries]\n",
		"\n# skupaj:placeholder bg\n", "\n",
		"\nresults: \"\"\n", "\nresults: Forty people came to the first night.\n",
		"\nlessons: \"\"\n", "\nlessons: A second evening needs more volunteers.\n",
	).Replace(text)
	if err := os.WriteFile(filepath.Join(root, file), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := warningsOf(t, root, file); len(got) > 0 {
		t.Errorf("warnings left after every placeholder was changed:\n%s", strings.Join(got, "\n"))
	}
}

// warningsOf runs the checks of a build and returns the warnings about file.
func warningsOf(t *testing.T, root, file string) []string {
	t.Helper()
	res, err := build.Check(build.Options{Root: root})
	if err != nil {
		t.Fatalf("check failed:\n%v", err)
	}
	var out []string
	for _, w := range res.Warnings {
		if strings.HasPrefix(w, file+":") {
			out = append(out, w)
		}
	}
	return out
}

// The text files of the theme have the same keys in every language, so
// that no language misses a note or a heading.
func TestEveryLanguageHasEveryText(t *testing.T) {
	keys := func(lang string) []string {
		tx, err := readTexts(skupaj.Layouts(), lang)
		if err != nil || tx == nil {
			t.Fatalf("%s: %v", lang, err)
		}
		var out []string
		for k := range tx {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	en := strings.Join(keys("en"), " ")
	for _, lang := range []string{"sl", "hr", "bs", "sr", "mk", "bg", "pl", "da"} {
		if got := strings.Join(keys(lang), " "); got != en {
			t.Errorf("%s.yaml has other keys than en.yaml:\n%s\nwant:\n%s", lang, got, en)
		}
	}
}
