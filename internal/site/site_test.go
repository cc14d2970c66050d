package site_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/testsite"
	"github.com/skupaj/skupaj/internal/testsite/sitetest"
)

// assemble loads the fixture site of archive as the build does and
// assembles its model.
func assemble(t *testing.T, archive string) (*site.Site, error) {
	t.Helper()
	root := testsite.FromTxtar(t, archive)
	return sitetest.Assemble(t, root)
}

// languages is testdata/languages.txtar assembled.
func languages(t *testing.T) *site.Site {
	t.Helper()
	archive, err := os.ReadFile("testdata/languages.txtar")
	if err != nil {
		t.Fatal(err)
	}
	s, err := assemble(t, string(archive))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// page finds the page of kind k and id in language code.
func page(t *testing.T, s *site.Site, code string, k content.Kind, id string) *site.Page {
	t.Helper()
	for _, p := range s.Pages {
		if p.Lang.Code == code && p.Kind == k && p.ID == id {
			return p
		}
	}
	t.Fatalf("no %s page %q in %s", k, id, code)
	return nil
}

// section is the section of language code listing kind k.
func section(t *testing.T, s *site.Site, code string, k content.Kind) *site.Section {
	t.Helper()
	for _, l := range s.Langs {
		for _, sec := range l.Sections {
			if l.Code == code && sec.Kind == k {
				return sec
			}
		}
	}
	t.Fatalf("no %s section in %s", k, code)
	return nil
}

// describe lists pages as "lang:title".
func describe(pages []*site.Page) []string {
	var out []string
	for _, p := range pages {
		if p == nil {
			out = append(out, "<nil>")
			continue
		}
		out = append(out, p.Lang.Code+":"+p.Title)
	}
	return out
}

func TestUntranslatedPagesAreListedInEveryLanguage(t *testing.T) {
	s := languages(t)
	// Weight first, then title; a chapter not yet in Slovenian is listed
	// in English.
	got := describe(section(t, s, "sl", content.Guideline).Items)
	want := []string{"en:Also first", "sl:Prvo poglavje", "en:Second chapter"}
	if !slices.Equal(got, want) {
		t.Errorf("Slovenian chapters %q, want %q", got, want)
	}
	// Previous and next link a language's own chapters only.
	en := page(t, s, "en", content.Guideline, "first")
	if got := describe([]*site.Page{en.Prev, en.Next}); !slices.Equal(got, []string{"en:Also first", "en:Second chapter"}) {
		t.Errorf("English first chapter: previous and next %q", got)
	}
	if sl := page(t, s, "sl", content.Guideline, "first"); sl.Prev != nil || sl.Next != nil {
		t.Errorf("the only Slovenian chapter links to %q", describe([]*site.Page{sl.Prev, sl.Next}))
	}
	// A Serbian case is published in Latin too, as a translation.
	alpha := page(t, s, "en", content.Case, "alpha")
	if got := describe(alpha.Translations); !slices.Equal(got, []string{"sr:Алфа", "sr-Latn:Alfa"}) {
		t.Errorf("translations of the English case %q", got)
	}
}

func TestSerbianLatinPagesAreMadeFromTheCyrillic(t *testing.T) {
	s := languages(t)
	latin := page(t, s, "sr-Latn", content.Case, "alpha")
	if latin.URL != "sr-latn/cases/alpha/" || latin.ToLatin != "sr" || latin.Generated {
		t.Errorf("URL %q, ToLatin %q, Generated %v; want sr-latn/cases/alpha/ from sr", latin.URL, latin.ToLatin, latin.Generated)
	}
	if latin.Title != "Alfa" || latin.Summary != "Biblioteka i udruženje." {
		t.Errorf("title %q, summary %q: not transliterated", latin.Title, latin.Summary)
	}
	if latin.File != "content/sr/cases/alpha.md" {
		t.Errorf("file %q, want the Cyrillic source, so that errors name it", latin.File)
	}
	if got := s.ByFile("content/sr/cases/alpha.md"); got != page(t, s, "sr", content.Case, "alpha") {
		t.Errorf("ByFile of the Cyrillic source gives %q, want the Cyrillic page", describe([]*site.Page{got}))
	}
	// Its reference to a partner goes to the partner in Latin.
	if lib := latin.Refs.Library; lib == nil || lib.Lang.Code != "sr-Latn" || lib.Title != "Gradska biblioteka" {
		t.Errorf("the Latin case's library is %q, want the Latin partner page", describe([]*site.Page{lib}))
	}
}

func TestLinksResolveToThePageInTheReadersLanguage(t *testing.T) {
	s := languages(t)
	first := page(t, s, "en", content.Guideline, "first")
	for _, c := range []struct {
		from             *site.Page
		dest, want, hash string
	}{
		{first, "../cases/alpha.md#what-was-done", "/handbook/cases/alpha/#what-was-done", "what-was-done"},
		{first, "#why-partnerships-fail", "#why-partnerships-fail", "why-partnerships-fail"},
		{first, "/img/logo.png", "/handbook/img/logo.png", ""},
		{first, "https://example.org/x.md", "https://example.org/x.md", ""},
		// Not yet translated: the default language's version.
		{page(t, s, "sl", content.Guideline, "first"), "second.md", "/handbook/guidelines/second/", ""},
		// Published in Latin: the Latin version of the Cyrillic target.
		{page(t, s, "sr-Latn", content.Case, "alpha"), "../partners/town.md", "/handbook/sr-latn/partners/town/", ""},
	} {
		got, anchor, err := s.ResolveLink(c.from, c.dest)
		if err != nil || got != c.want {
			t.Errorf("%s: %s resolves to %q (%v), want %q", c.from.URL, c.dest, got, err, c.want)
		}
		id := ""
		if anchor != nil {
			id = anchor.ID
		}
		if id != c.hash {
			t.Errorf("%s: %s: heading to check %q, want %q", c.from.URL, c.dest, id, c.hash)
		}
	}
	for dest, want := range map[string]string{
		"missing.md":    "there is no page content/en/guidelines/missing.md",
		"../cases/":     "link to another page by its source file",
		"first.md#%zz1": "is not a valid address",
	} {
		if _, _, err := s.ResolveLink(first, dest); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one saying %q", dest, err, want)
		}
	}
}

func TestReferencesAreResolvedBothWays(t *testing.T) {
	s := languages(t)
	first := page(t, s, "en", content.Guideline, "first")
	alpha := page(t, s, "en", content.Case, "alpha")
	town := page(t, s, "en", content.Partner, "town")
	if got := describe(first.Refs.Cases); !slices.Equal(got, []string{"en:Alpha case"}) {
		t.Errorf("cases of the first chapter %q", got)
	}
	if got := describe(alpha.Refs.Guidelines); !slices.Equal(got, []string{"en:First chapter"}) {
		t.Errorf("chapters citing the Alpha case %q, want the first chapter (a backlink)", got)
	}
	if alpha.Refs.Library != town || len(alpha.Refs.Partners) != 1 || alpha.Refs.Partners[0].ID != "ngo-one" {
		t.Errorf("library %q, partners %q", describe([]*site.Page{alpha.Refs.Library}), describe(alpha.Refs.Partners))
	}
	if got := describe(town.Refs.PartnerIn); !slices.Equal(got, []string{"en:Alpha case"}) {
		t.Errorf("the town library takes part in %q", got)
	}
}

func TestUnknownReferenceNamesFileLineAndClosestID(t *testing.T) {
	_, err := assemble(t, `A case names a partner with a typo.
-- content/taxonomies/partnership_type.yaml --
terms:
  educational: {label: {en: Educational}}
-- content/taxonomies/sector.yaml --
terms:
  ngo: {label: {en: NGO}}
-- content/taxonomies/country.yaml --
terms:
  si: {label: {en: Slovenia}}
-- content/taxonomies/target_groups.yaml --
terms: {}
-- content/taxonomies/relationship.yaml --
terms: {}
-- content/en/cases/alpha.md --
---
title: Alpha case
summary: A library and an NGO.
library: ngo-one
partners: [ngo-on]
partnership_type: [educational]
sector: [ngo]
country: si
---
-- content/en/partners/ngo-one.md --
---
title: NGO One
sector: [ngo]
country: si
---
`)
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("error %v, want one problem", err)
	}
	want := `content/en/cases/alpha.md:5: partners: unknown partner id "ngo-on"; did you mean "ngo-one"?`
	if got := list[0].Error(); !strings.HasPrefix(got, want) {
		t.Errorf("problem\n%s\nwant it to start with\n%s", got, want)
	}
}

func TestPageOnTheAddressOfASectionIsAnError(t *testing.T) {
	_, err := assemble(t, `A plain page named like a section would overwrite its list.
-- content/taxonomies/partnership_type.yaml --
terms: {}
-- content/taxonomies/sector.yaml --
terms: {}
-- content/taxonomies/country.yaml --
terms: {}
-- content/taxonomies/target_groups.yaml --
terms: {}
-- content/taxonomies/relationship.yaml --
terms: {}
-- content/en/cases.md --
---
title: Cases
---
`)
	want := "content/en/cases.md: page URL /cases/ is taken by the generated section page"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}
