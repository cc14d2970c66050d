package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// seedsDir is where the source documents sit: shared/seeds beside the
// repository, as in every checkout of this project and in CI.
const seedsDir = "../../../shared/seeds"

// handbookSite loads the bundled handbook's model.
func handbookSite(t *testing.T) *site.Site {
	t.Helper()
	cfg, err := config.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := content.Load("../..", cfg)
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := taxonomy.Load("../..", cfg)
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.New(cfg, vocab, pages)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The bundled handbook is a real starting edition (issue 6): enough
// chapters, cases, partners and tools, in the languages they must have,
// with complete cross-links and sources that exist.
func TestBundledHandbookContent(t *testing.T) {
	s := handbookSite(t)
	count := map[string]map[content.Kind]int{} // language → kind → pages written in it
	for _, p := range s.Pages {
		if p.Generated || p.ToLatin != "" {
			continue
		}
		if count[p.Lang.Code] == nil {
			count[p.Lang.Code] = map[content.Kind]int{}
		}
		count[p.Lang.Code][p.Kind]++
	}
	for _, want := range []struct {
		lang string
		kind content.Kind
		min  int
	}{
		{"en", content.Guideline, 10}, {"sl", content.Guideline, 10},
		{"en", content.Case, 13}, {"en", content.Partner, 30}, {"en", content.Tool, 7}, {"sl", content.Tool, 7},
		{"bg", content.Case, 9}, {"pl", content.Case, 1}, {"da", content.Case, 1}, {"sr", content.Case, 1}, {"sl", content.Case, 1},
		{"en", content.Plain, 1}, {"sl", content.Plain, 1}, // the contribution guide
	} {
		if got := count[want.lang][want.kind]; got < want.min {
			t.Errorf("%s %s pages: %d; want at least %d", want.lang, want.kind, got, want.min)
		}
	}
	for _, l := range s.Langs {
		if l.Conf.TransliterateFrom == "" && (l.Home == nil || l.Home.Generated) {
			t.Errorf("%s has no home page of its own (content/%s/_index.md)", l.Code, l.Code)
		}
	}
	for _, p := range s.Pages {
		if p.Generated || p.ToLatin != "" {
			continue
		}
		switch p.Kind {
		case content.Case:
			if p.Refs.Library == nil && len(p.Refs.Partners) == 0 {
				t.Errorf("%s links no partner", p.File)
			}
			if len(p.Refs.Guidelines) == 0 {
				t.Errorf("%s links no guideline chapter", p.File)
			}
			if len(p.Sources) == 0 {
				t.Errorf("%s names no source", p.File)
			}
			for _, src := range p.Sources {
				if _, err := os.Stat(filepath.Join(seedsDir, src)); err != nil {
					t.Errorf("%s: source %q is not a file of shared/seeds", p.File, src)
				}
			}
		case content.Partner:
			if len(p.Refs.PartnerIn) == 0 {
				t.Errorf("%s takes part in no case", p.File)
			}
		}
	}
	// Every term a page uses has a label and a description in English and Slovenian.
	for _, p := range s.Pages {
		for tax, ids := range p.Terms {
			v := s.Vocab[tax]
			if v == nil {
				continue
			}
			for _, id := range ids {
				term := v.Term(id)
				if term == nil {
					continue // the build reports it
				}
				for _, lang := range []string{"en", "sl"} {
					if term.Label[lang] == "" || term.Description[lang] == "" {
						t.Errorf("term %s %q lacks a %s label or description", tax, id, lang)
					}
				}
			}
		}
	}
}
