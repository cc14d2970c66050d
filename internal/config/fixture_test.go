package config_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
)

// load writes the fixture site of archive and loads its configuration.
func load(t *testing.T, archive string) (*config.Config, error) {
	t.Helper()
	return config.Load(testsite.FromTxtar(t, archive))
}

// problems returns the messages of err, a diag.List, one a line.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T), want a diag.List", err, err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

func TestProjectPageAddressesLanguagesBelowItsPath(t *testing.T) {
	cfg, err := load(t, `A site published as a GitHub Pages project, with no default language named.
-- content/site.yaml --
base_url: https://org.github.io/handbook/
languages:
  - {code: sl, name: Slovenščina, title: Priročnik}
  - {code: sr, name: Српски, title: Приручник}
  - {code: sr-Latn, name: Srpski, title: Priručnik, transliterate_from: sr}
taxonomies: [sector, target_groups]
`)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DefaultLanguage != "sl" {
		t.Errorf("default language %q, want the first listed, sl", cfg.DefaultLanguage)
	}
	if got := cfg.BasePath(); got != "/handbook/" {
		t.Errorf("base path %q, want /handbook/", got)
	}
	for code, want := range map[string]string{"sl": "", "sr": "sr/", "sr-Latn": "sr-latn/"} {
		if got := cfg.Prefix(code); got != want {
			t.Errorf("prefix of %s: %q, want %q", code, got, want)
		}
	}
	if l := cfg.Language("SR-latn"); l == nil || l.TransliterateFrom != "sr" {
		t.Errorf("Language(SR-latn) = %+v, want sr-Latn, from sr", l)
	}
	if !cfg.IsTaxonomy("target_groups") || cfg.IsTaxonomy("partners") {
		t.Error("IsTaxonomy does not follow the taxonomies listed")
	}
}

func TestDefaultLanguageInSubdirHasAPrefixToo(t *testing.T) {
	cfg, err := load(t, `
-- content/site.yaml --
default_language: en
default_language_in_subdir: true
languages:
  - {code: en, name: English, title: Handbook}
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Prefix("en"); got != "en/" {
		t.Errorf("prefix of the default language %q, want en/", got)
	}
	if got := cfg.BasePath(); got != "/" {
		t.Errorf("base path %q with no base_url, want /", got)
	}
}

func TestUnknownKeyIsNamedWithItsLine(t *testing.T) {
	_, err := load(t, `A typo in a key is an error, not a setting silently ignored.
-- content/site.yaml --
base_url: /
languages:
  - {code: en, name: English, title: Handbook}
defualt_language: en
`)
	got := strings.Join(problems(t, err), "\n")
	if !strings.Contains(got, "content/site.yaml:4:") || !strings.Contains(got, "defualt_language") {
		t.Errorf("error %q, want content/site.yaml:4 naming defualt_language", got)
	}
}

func TestEveryProblemIsReportedAtOnce(t *testing.T) {
	_, err := load(t, `Five mistakes; an editor sees them all in one run.
-- content/site.yaml --
base_url: "https://"
default_language: de
languages:
  - {code: en, name: English, title: Handbook}
  - {code: en, name: English again, title: Handbook}
  - {code: english, name: English, title: Handbook}
  - {code: sr-Latn, name: Srpski, title: Priručnik, transliterate_from: sr}
taxonomies: [sector, Target-Groups]
`)
	got := problems(t, err)
	for _, want := range []string{
		`base_url "https://": no host after https://`,
		`"en" is listed twice`,
		`code "english" is not a language tag`,
		`"sr-Latn": transliterate_from "sr" is not another language of the site`,
		`default_language "de" is not one of the languages`,
		`"Target-Groups" is not a field name`,
	} {
		found := false
		for _, g := range got {
			found = found || (strings.HasPrefix(g, config.File) && strings.Contains(g, want))
		}
		if !found {
			t.Errorf("no problem of %s saying %s among\n%s", config.File, want, strings.Join(got, "\n"))
		}
	}
}

func TestMissingConfigurationNamesItsFile(t *testing.T) {
	_, err := config.Load(t.TempDir())
	got := strings.Join(problems(t, err), "\n")
	if !strings.Contains(got, "content/site.yaml") || !strings.Contains(got, "cannot read the site configuration") {
		t.Errorf("error %q, want one naming content/site.yaml", got)
	}
}
