package scaffold

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// Data is what a page archetype sees: these fields, the methods First,
// Allowed and VocabFile for the taxonomies, and Sources for the bibliography.
type Data struct {
	Kind        string // guideline, case, partner or tool
	ID          string // the page id: its file name without .md
	Title       string // made from the id: "parvomay-drug-prevention" → "Parvomay drug prevention"
	Lang        string // the page's language code
	DefaultLang string // the site's default language code
	File        string // the new file, from the site root: content/en/cases/<id>.md
	// Weight, for guidelines and tools, puts the page after the last one of
	// its section in any language.
	Weight int
	// Library is a real partner id for a case's library: the first partner
	// page of the page's language, else of any language.
	Library string
	// Extra are the taxonomies declared in content/site.yaml that the
	// archetype of the kind does not write by name, in the order declared:
	// optional list fields of cases and partners.
	Extra []string
	// Today is the date the page is written, YYYY-MM-DD: its published date.
	Today string

	vocab taxonomy.Set
	bib   *sources.List
	cfg   *config.Config
	texts texts
}

// gather collects what the archetype of kind needs from the site.
func gather(root string, cfg *config.Config, kind content.Kind, id, lang, file string) (*Data, error) {
	vocab, _ := taxonomy.Load(root, cfg) // broken vocabularies and bibliographies are for skupaj check to report
	bib, _ := sources.Load(root)
	d := &Data{Kind: string(kind), ID: id, Title: TitleOf(id), Lang: lang, DefaultLang: cfg.DefaultLanguage,
		File: file, Today: time.Now().Format("2006-01-02"), vocab: vocab, bib: bib, cfg: cfg}
	// The archetypes write the built-in taxonomy fields by name; the
	// site's own ones are Extra. Each required one needs a term to pick.
	for _, f := range content.TaxonomyFields(kind, cfg.Taxonomies) {
		if !content.IsBuiltinTerm(f.Name) {
			d.Extra = append(d.Extra, f.Name)
		}
		if t := f.Name; f.Required(kind) && cfg.IsTaxonomy(t) && d.First(t) == "" {
			return nil, fmt.Errorf("a %s needs a %s term, but %s has none yet; add one first with: skupaj new term %s <term-id>", kind, t, vocabFile(t), t)
		}
	}
	switch kind {
	case content.Guideline, content.Tool:
		d.Weight = nextWeight(root, cfg, content.SectionOf(kind))
	case content.Case:
		d.Library = firstPartner(root, cfg, lang)
		if d.Library == "" {
			return nil, fmt.Errorf("a case needs the partner page of its library, and the site has no partner page yet; create one first with: skupaj new partner <id>")
		}
	}
	return d, nil
}

// First is the first term id of taxonomy tax, or "" when it has none.
func (d *Data) First(tax string) string {
	if v := d.vocab[tax]; v != nil && len(v.Terms) > 0 {
		return v.Terms[0].ID
	}
	return ""
}

// Allowed says, in a sentence, which values taxonomy field tax takes.
func (d *Data) Allowed(tax string) string {
	if !d.cfg.IsTaxonomy(tax) {
		return d.tr("terms.any", "file", config.File)
	}
	v := d.vocab[tax]
	if v == nil || len(v.Terms) == 0 {
		return d.tr("terms.none", "file", vocabFile(tax))
	}
	return d.tr("terms.allowed", "ids", strings.Join(v.IDs(), ", "))
}

// Sources says, in a sentence, which source ids the site's bibliography holds.
func (d *Data) Sources() string {
	if ids := d.bib.IDs(); len(ids) > 0 {
		return d.tr("sources.listed", "ids", strings.Join(ids, ", "))
	}
	return d.tr("sources.none", "file", sources.File)
}

// tr is the text of key in the page's language; a key that no language has
// shows as itself, for the test of the text files to find.
func (d *Data) tr(key string, args ...string) string {
	s, err := d.texts.T(key, args...)
	if err != nil {
		return key
	}
	return s
}

// VocabFile is where the terms of taxonomy tax are listed with their labels.
func (d *Data) VocabFile(tax string) string { return vocabFile(tax) }

func vocabFile(tax string) string { return path.Join(taxonomy.Dir, tax+".yaml") }

// TitleOf makes a title from a page id: hyphens become spaces and the first
// letter is upper case.
func TitleOf(id string) string {
	s := strings.ReplaceAll(id, "-", " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// nextWeight is 10 more than the highest weight in section in any language
// (10 when there is none), so that a new chapter or tool comes last.
func nextWeight(root string, cfg *config.Config, section string) int {
	max := 0
	for _, l := range cfg.Languages {
		for _, id := range pageIDs(root, l.Code, section) {
			file := path.Join("content", l.Code, section, id+".md")
			src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
			if err != nil {
				continue
			}
			if p, _ := content.Parse(file, src, cfg); p != nil && p.Weight > max {
				max = p.Weight
			}
		}
	}
	return max/10*10 + 10
}

// firstPartner is the first partner id of language lang, else of the other
// languages in configuration order, or "".
func firstPartner(root string, cfg *config.Config, lang string) string {
	langs := []string{lang}
	for _, l := range cfg.Languages {
		langs = append(langs, l.Code)
	}
	for _, l := range langs {
		if ids := pageIDs(root, l, content.SectionOf(content.Partner)); len(ids) > 0 {
			return ids[0]
		}
	}
	return ""
}

// pageIDs lists the ids of the pages in content/<lang>/<section>/, sorted.
func pageIDs(root, lang, section string) []string {
	entries, err := os.ReadDir(filepath.Join(root, "content", lang, section))
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".md")
		if ok && !e.IsDir() && idRe.MatchString(id) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
