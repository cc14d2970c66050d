package i18n

import (
	"os"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
)

func TestDatesFollowTheLocale(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "October 18, 2011", "sl": "18. oktober 2011", "mk": "18 октомври 2011\u202fг.",
		"bg": "18 октомври 2011\u202fг.", "sr-Latn": "18. oktobar 2011.", "pl": "18 października 2011",
	} {
		if got := Date(lang, "2011-10-18"); got != want {
			t.Errorf("Date(%s) = %q; want %q", lang, got, want)
		}
	}
	if got := Date("sl", "2011"); got != "2011" {
		t.Errorf("a year became %q", got)
	}
}

// Plural categories follow CLDR in every language of the handbook, and each
// shipped bundle gives every plural string exactly its language's forms.
func TestShippedPluralForms(t *testing.T) {
	cfg, err := config.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(os.DirFS("../../layouts"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	counts := []int{0, 1, 2, 3, 5, 11, 21, 101}
	slavic := []string{"other", "one", "few", "few", "other", "other", "one", "one"}
	want := map[string][]string{
		"en":      {"other", "one", "other", "other", "other", "other", "other", "other"},
		"sl":      {"other", "one", "two", "few", "other", "other", "other", "one"},
		"hr":      slavic,
		"bs":      slavic,
		"sr":      slavic,
		"sr-Latn": slavic,
		"pl":      {"many", "one", "few", "few", "many", "many", "many", "many"},
		"mk":      {"other", "one", "other", "other", "other", "other", "one", "one"},
		"bg":      {"other", "one", "other", "other", "other", "other", "other", "other"},
		"da":      {"other", "one", "other", "other", "other", "other", "other", "other"},
	}
	for lang, forms := range want {
		for i, n := range counts {
			if got := b.Form(lang, n); got != forms[i] {
				t.Errorf("%s, %d: form %q; want %q", lang, n, got, forms[i])
			}
		}
		// Every plural string of the language has exactly its forms.
		need := map[string]bool{}
		for n := 0; n <= 200; n++ {
			need[b.Form(lang, n)] = true
		}
		for key, e := range b.strings[lang] {
			if e.forms == nil {
				continue
			}
			for f := range need {
				if e.forms[f] == "" {
					t.Errorf("%s: %s lacks the form %q", lang, key, f)
				}
			}
			for f := range e.forms {
				if !need[f] && f != "other" { // "other" is also for fractions
					t.Errorf("%s: %s has the form %q, which the language does not use", lang, key, f)
				}
			}
		}
	}
	for i, n := range counts {
		wantSl := []string{"0 primerov", "1 primer", "2 primera", "3 primeri", "5 primerov", "11 primerov", "21 primerov", "101 primer"}[i]
		if got := b.N("sl", "count.cases", n); got != wantSl {
			t.Errorf("sl %d: %q; want %q", n, got, wantSl)
		}
	}
	for lang := range want {
		if _, ok := b.strings[lang]; !ok {
			t.Errorf("no interface strings for %s", lang)
		}
	}
	for lang, keys := range missingKeys(b, cfg.DefaultLanguage) {
		t.Errorf("%s lacks %v", lang, keys)
	}
}

// missingKeys lists, per language, the keys of the default language's
// bundle that the language's bundle lacks.
func missingKeys(b *Bundle, def string) map[string][]string {
	out := map[string][]string{}
	for lang, m := range b.strings {
		for k := range b.strings[def] {
			if _, ok := m[k]; !ok {
				out[lang] = append(out[lang], k)
			}
		}
	}
	return out
}
