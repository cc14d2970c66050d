// Package testsite writes small sites for tests: each test states the files
// of its fixture inline, and the real pipeline builds them.
package testsite

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Config is a two-language configuration for fixtures.
const Config = `base_url: /
default_language: en
languages:
  - code: en
    name: English
    title: Test handbook
    description: A test site.
  - code: sl
    name: Slovenščina
    title: Testni priročnik
    description: Testna stran.
taxonomies: [partnership_type, sector, country, target_groups, relationship]
menus:
  main:
    - key: nav.guidelines
      url: guidelines/
    - key: nav.cases
      url: cases/
`

// Minimal is a small valid site with one page of every kind.
var Minimal = map[string]string{
	"content/en/_index.md": "---\ntitle: Home\nsummary: The test home.\n---\nWelcome. Read [the first chapter](guidelines/first.md).\n",
	"content/en/guidelines/first.md": "---\ntitle: First chapter\nweight: 10\ncases: [alpha]\ntools: [checklist]\n---\n" +
		"## Why partnerships fail\n\nSee [Alpha](../cases/alpha.md#what-was-done) and [the checklist](../tools/checklist.md).\n",
	"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\nBack to [the first](first.md#why-partnerships-fail).\n",
	"content/en/cases/alpha.md": "---\ntitle: Alpha case\nsummary: A library and an NGO.\nlibrary: town-library\npartners: [red-cross]\n" +
		"partnership_type: [educational]\nsector: [ngo]\ncountry: bg\nyear: 2011\nsources: [town-report]\nguidelines: [first]\n" +
		"results: Twelve workshops.\nlessons: Book the room early.\n---\n## What was done\n\nWorkshops.\n",
	"content/en/partners/town-library.md": "---\ntitle: Town library\nsector: [libraries]\ncountry: bg\n---\nThe library.\n",
	"content/en/partners/red-cross.md":    "---\ntitle: Red Cross\nsector: [ngo]\ncountry: bg\nwebsite: https://example.org/\n---\nAn NGO.\n",
	"content/en/tools/checklist.md":       "---\ntitle: Checklist\nsummary: Tick it.\nweight: 1\n---\n- [ ] one\n- [ ] two\n",
	"content/sl/cases/alpha.md": "---\ntitle: Primer Alfa\nsummary: Knjižnica in nevladna organizacija.\nlibrary: town-library\npartners: [red-cross]\n" +
		"partnership_type: [educational]\nsector: [ngo]\ncountry: bg\nyear: 2011\n" +
		"results: Dvanajst delavnic.\nlessons: Prostor rezervirajte zgodaj.\n---\n## Kaj so naredili\n\nDelavnice.\n",
	"content/sl/about.md": "---\ntitle: O priročniku\n---\nBesedilo.\n",

	"content/sources.yaml": "sources:\n  town-report:\n    title: Poročilo o partnerstvu\n    title_en: A report on partnership\n" +
		"    organisation: Town library\n    place: Letnitsa\n    year: \"2011\"\n    kind: slides\n    language: sl\n",

	"content/taxonomies/partnership_type.yaml": Vocabulary("educational", "media", "research"),
	"content/taxonomies/sector.yaml":           Vocabulary("ngo", "libraries", "education"),
	"content/taxonomies/country.yaml":          Vocabulary("bg", "si"),
	"content/taxonomies/target_groups.yaml":    Vocabulary("youth"),
	"content/taxonomies/relationship.yaml":     Vocabulary("networking", "cooperation", "partnership"),
}

// Vocabulary writes a vocabulary file with the given term ids; each term's
// English label is "Label <id>", its Slovenian "Oznaka <id>".
func Vocabulary(ids ...string) string {
	var b strings.Builder
	b.WriteString("terms:\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "  %s:\n    label: {en: Label %s, sl: Oznaka %s}\n    description: {en: About %s., sl: O %s.}\n", id, id, id, id, id)
	}
	return b.String()
}

// Write creates a site in a new temporary folder from files (slash paths to
// contents) and returns its root. content/site.yaml is Config unless files
// names one.
func Write(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	if err := WriteDir(root, files); err != nil {
		t.Fatal(err)
	}
	return root
}

// WriteDir writes the site of files (slash paths to contents) into root,
// which is made if missing; content/site.yaml is Config unless files names
// one. It is Write for a folder that outlives one test.
func WriteDir(root string, files map[string]string) error {
	if _, ok := files["content/site.yaml"]; !ok {
		files = with(files, map[string]string{"content/site.yaml": Config})
	}
	for name, text := range files {
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("fixture file %q is not a path below the site's root", name)
		}
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// With returns a copy of base with changes applied; an empty value removes
// the file.
func With(base map[string]string, changes map[string]string) map[string]string {
	return with(base, changes)
}

func with(base, changes map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range changes {
		if v == "" {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}
