package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A command that takes only flags refuses a stray word (a misspelt flag,
// a folder without -source) with its usage and exit status 2, instead of
// silently working on the current folder.
func TestCommandsRefuseStrayArguments(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	for _, args := range [][]string{
		{"build", "extra-arg"},
		{"build", "-source", root, root},
		{"serve", "extra-arg"},
		{"version", "extra-arg"},
	} {
		code, out, errs := runCmd(args...)
		if code != 2 || out != "" || !strings.Contains(errs, "unexpected argument") || !strings.Contains(errs, "Usage: skupaj "+args[0]) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 with the usage", args, code, out, errs)
		}
	}
	if code, out, errs := runCmd("check", "-source", root, "extra-arg"); code != 2 || out != "" || errs != "skupaj check: extra-arg: no such file\n" {
		t.Errorf("check with a file that is not there: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, errs := runCmd("version", "-help"); code != 0 || !strings.Contains(errs, "Usage: skupaj version") {
		t.Errorf("version -help: %d %q", code, errs)
	}
}

// Counts in the command's messages agree with their number.
func TestMessagesCountInEnglish(t *testing.T) {
	root := testsite.FromTxtar(t, annotated)
	if code, out, errs := runCmd("check", "-source", root); code != 0 || !strings.HasSuffix(out, "pages checked: 0 errors, 1 warning, 1 note (-notes lists them)\n") {
		t.Errorf("check with one warning: %d %q %q", code, out, errs)
	}
	if code, out, errs := runCmd("build", "-source", root); code != 0 || !strings.HasPrefix(out, "built ") || strings.Contains(out, " 1 pages") {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	for query, want := range map[string]string{"welcome": "1 result\n", "partnerships": "2 results\n", "zzzz": "0 results\n"} {
		if code, out, errs := runCmd("search", "-source", root, "-lang", "en", query); code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("search %s: %d %q %q; want %q first", query, code, out, errs, want)
		}
	}
	os.WriteFile(filepath.Join(root, "content/en/_index.md"), []byte("---\ntitle: Home\nsummary: The test home of library partnerships.\nweigth: 1\n---\n"), 0o644)
	if code, _, errs := runCmd("check", "-source", root); code != 1 || !strings.HasSuffix(errs, "check failed: 1 error, 0 warnings, 0 notes\n") {
		t.Errorf("check with one error: %d %q", code, errs)
	}
	if code, _, errs := runCmd("build", "-source", root); code != 1 || !strings.HasSuffix(errs, "build failed: 1 problem\n") {
		t.Errorf("build with one problem: %d %q", code, errs)
	}
}

// `skupaj check FILE` checks the whole site and reports on that file only,
// saying how many findings the other files have; notes are counted, and
// listed only with -notes.
func TestCheckReportsOnTheFilesNamed(t *testing.T) {
	root := testsite.FromTxtar(t, annotated)
	page := filepath.Join(root, "content/en/guidelines/first.md")
	code, out, errs := runCmd("check", "-source", root, page)
	if code != 0 || out != "content/en/guidelines/first.md:7: warning: image /img/x.png has no alt text: describe what it shows, ![what it shows](/img/x.png), for readers who cannot see it\nok: 26 pages checked: 0 errors, 1 warning, 0 notes; 1 more finding in other files\n" || errs != "" {
		t.Errorf("check of one file: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, out, _ := runCmd("check", "-source", root, "-notes", filepath.Join(root, "content")); code != 0 || !strings.Contains(out, ": note: ") || !strings.HasSuffix(out, "0 errors, 1 warning, 1 note\n") {
		t.Errorf("check -notes of content/: exit %d, stdout %q", code, out)
	}
	os.WriteFile(filepath.Join(root, "content/en/_index.md"), []byte("---\ntitle: Home\nsummary: The test home of library partnerships.\nweigth: 1\n---\n"), 0o644)
	if code, out, errs := runCmd("check", "-source", root, page); code != 0 || out != "" || errs != "check failed in other files: 0 errors, 0 warnings, 0 notes; 1 more finding in other files\n" {
		t.Errorf("check of a good file in a broken site: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	home := filepath.Join(root, "content/en/_index.md")
	if code, out, errs := runCmd("check", "-source", root, home); code != 1 || !strings.Contains(out, `unknown field "weigth"`) || errs != "check failed: 1 error, 0 warnings, 0 notes\n" {
		t.Errorf("check of the broken file: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// A filter value that cannot match anything is refused with the allowed
// values, instead of "0 results".
func TestSearchRefusesUnknownFilterValues(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	if code, out, errs := runCmd("build", "-source", root); code != 0 {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-kind", "cases"}, `skupaj search: -kind: "cases" is not a kind of page; allowed: case, catalogue, guideline, home, page, partner, term, tool` + "\n"},
		{[]string{"-lang", "xx"}, `skupaj search: -lang: "xx" is not a language of the site; allowed: en, sl` + "\n"},
		{[]string{"-sector", "ngos"}, `skupaj search: -sector: sector: "ngos" is not a term of the vocabulary content/taxonomies/sector.yaml; closest: "ngo"; allowed: ngo (Label ngo), libraries (Label libraries), education (Label education)` + "\n"},
		{[]string{"-filter", "sector=ngo,ngos"}, `skupaj search: -filter sector=ngo,ngos: sector: "ngos" is not a term of the vocabulary content/taxonomies/sector.yaml; closest: "ngo"; allowed: ngo (Label ngo), libraries (Label libraries), education (Label education)` + "\n"},
		{[]string{"-filter", "sectors=ngo"}, `skupaj search: -filter sectors=ngo: "sectors" is not a taxonomy of the site (content/site.yaml); allowed: kind, partnership_type, sector, country, target_groups, relationship` + "\n"},
	} {
		args := append(append([]string{"search", "-source", root}, c.args...), "welcome")
		if code, out, errs := runCmd(args...); code != 2 || out != "" || errs != c.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want\n%s", c.args, code, out, errs, c.want)
		}
	}
}

// -filter takes any taxonomy of the site, repeated for several (each must
// match), and a term list (either term); the shorthands mean the same.
func TestSearchFiltersByAnyTaxonomy(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	if code, out, errs := runCmd("build", "-source", root); code != 0 {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	for _, c := range []struct {
		args      []string
		want, not []string
	}{
		{nil, []string{"/cases/alpha/", "/partners/red-cross/", "/partners/town-library/"}, nil},
		{[]string{"-filter", "sector=ngo"}, []string{"/cases/alpha/", "/partners/red-cross/"}, []string{"/partners/town-library/"}},
		{[]string{"-filter", "sector=libraries"}, []string{"/partners/town-library/"}, []string{"/cases/alpha/", "/partners/red-cross/"}},
		{[]string{"-filter", "sector=ngo,libraries", "-filter", "partnership_type=educational"}, []string{"/cases/alpha/"}, []string{"/partners/red-cross/", "/partners/town-library/"}},
		{[]string{"-sector", "ngo", "-type", "educational"}, []string{"/cases/alpha/"}, []string{"/partners/red-cross/", "/partners/town-library/"}},
	} {
		args := append(append([]string{"search", "-source", root, "-lang", "en"}, c.args...), "label")
		code, out, errs := runCmd(args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, %q", c.args, code, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(out, " "+w+" ") {
				t.Errorf("%v: %q, want %s among the results", c.args, out, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(out, " "+n+" ") {
				t.Errorf("%v: %q, want no %s", c.args, out, n)
			}
		}
	}
}
