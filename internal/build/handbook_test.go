package build

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

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
	bib, err := sources.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.New(cfg, vocab, bib, pages)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The bundled handbook is a real starting edition (issue 6): enough
// chapters, cases, partners and tools, in the languages they must have,
// with complete cross-links and sources of its bibliography.
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
			for _, id := range p.Sources {
				if s.Sources.Source(id) == nil {
					t.Errorf("%s: source %q is not in %s", p.File, id, sources.File)
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

// seedName is the file name of a source document as it was handed over
// ("002_aac3fdd250fec33c.txt"): readers see citations, never these.
var seedName = regexp.MustCompile(`[0-9]{3}_[0-9a-f]{16}\.txt`)

// The built handbook cites its sources from the bibliography: every source
// is cited by some page, and no page shows a source document's file name.
func TestBundledHandbookCitesSources(t *testing.T) {
	out := t.TempDir()
	if _, err := Build(Options{Root: "../..", Out: out, NoSearch: true}); err != nil {
		t.Fatal(err)
	}
	pages := 0
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		pages++
		if m := seedName.Find(data); m != nil {
			t.Errorf("%s shows the file name %s", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bib, err := os.ReadFile(filepath.Join(out, "sources", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := handbookSite(t)
	for _, src := range s.Sources.Sources {
		if !bytes.Contains(bib, []byte(`id="source-`+src.ID+`"`)) {
			t.Errorf("the bibliography page does not list %s", src.ID)
		}
		if len(s.Langs[0].Citing(src.ID)) == 0 {
			t.Errorf("no page of the handbook draws on source %s", src.ID)
		}
	}
	if pages < 1000 {
		t.Errorf("walked %d files of the built handbook; want the whole site", pages)
	}
}
