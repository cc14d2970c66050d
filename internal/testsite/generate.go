package testsite

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// words is a small vocabulary for generated prose, in several languages so
// that slugs and (later) analysis see real letters.
var words = strings.Fields(`library partnership knjižnica partnerstvo community school museum
	municipality volunteers reading literacy evaluation agreement goals activities results
	сарадња библиотека партньорство читалище współpraca biblioteka samarbejde bibliotek
	readers children seniors heritage tourism media research funding project programme`)

// GenOptions shape a generated site.
type GenOptions struct {
	Pages int      // total pages, spread over the kinds
	Langs []string // languages; the first is the default
	Body  int      // approximate bytes of Markdown per page (default 5000)
	// NoTaxonomies declares no taxonomy (the case fields stay), to measure
	// what taxonomies cost.
	NoTaxonomies bool
	// Vocabulary, when set, draws page bodies from that many synthetic
	// stems per language, with Zipf-distributed frequencies and inflected
	// forms, in the language's letters (see vocabulary.go), instead of the
	// small fixed word list that makes every word frequent.
	Vocabulary int
}

// Generate writes a site of about o.Pages pages below root: a third cases,
// a quarter partners, the rest guidelines and tools, every case linking
// partners and chapters, every page with headings, lists, a table and links
// to other pages' source files and headings. It is deterministic.
func Generate(root string, o GenOptions) error {
	if o.Body == 0 {
		o.Body = 5000
	}
	if len(o.Langs) == 0 {
		o.Langs = []string{"en"}
	}
	types := []string{"educational", "media", "research", "tourism", "literacy"}
	sectors := []string{"ngo", "business", "education", "culture", "health", "libraries"}
	countries := []string{"si", "rs", "bg", "pl", "dk"}
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "base_url: /\ndefault_language: %s\nlanguages:\n", o.Langs[0])
	for _, l := range o.Langs {
		fmt.Fprintf(&cfg, "  - {code: %s, name: %s, title: Generated %s}\n", l, strings.ToUpper(l), l)
	}
	if !o.NoTaxonomies {
		cfg.WriteString("taxonomies: [partnership_type, sector, country]\n")
	}
	cfg.WriteString("menus:\n  main:\n    - {key: nav.guidelines, url: guidelines/}\n")
	if err := write(root, "content/site.yaml", cfg.String()); err != nil {
		return err
	}
	for name, ids := range map[string][]string{"partnership_type": types, "sector": sectors, "country": countries} {
		if err := write(root, "content/taxonomies/"+name+".yaml", Vocabulary(ids...)); err != nil {
			return err
		}
	}
	perLang := o.Pages / len(o.Langs)
	nCases, nPartners := perLang/3, perLang/4
	nGuides := (perLang - nCases - nPartners) * 2 / 3
	nTools := perLang - nCases - nPartners - nGuides
	for _, l := range o.Langs {
		dir := "content/" + l + "/"
		voc := newVocab(l, o.Vocabulary)
		for i := 0; i < nCases; i++ {
			fm := fmt.Sprintf("title: Case %d %s\nsummary: A generated case about %s.\nlibrary: partner-%d\npartners: [partner-%d, partner-%d]\n"+
				"partnership_type: [%s]\nsector: [%s, %s]\ncountry: %s\nyear: %d\nguidelines: [chapter-%d]\n",
				i, words[i%len(words)], words[(i*7)%len(words)], i%nPartners, (i+1)%nPartners, (i+2)%nPartners,
				types[i%len(types)], sectors[i%len(sectors)], sectors[(i+3)%len(sectors)], countries[i%len(countries)], 2000+i%25, i%nGuides)
			if err := write(root, fmt.Sprintf("%scases/case-%d.md", dir, i), page(fm, i, o.Body, fmt.Sprintf("../partners/partner-%d.md", i%nPartners), voc.source(fmt.Sprintf("cases/%d", i)))); err != nil {
				return err
			}
		}
		for i := 0; i < nPartners; i++ {
			fm := fmt.Sprintf("title: Partner %d\nsector: [%s]\ncountry: %s\nsummary: A generated partner.\n", i, sectors[i%len(sectors)], countries[i%len(countries)])
			if err := write(root, fmt.Sprintf("%spartners/partner-%d.md", dir, i), page(fm, i, o.Body/2, fmt.Sprintf("../cases/case-%d.md", i%nCases), voc.source(fmt.Sprintf("partners/%d", i)))); err != nil {
				return err
			}
		}
		for i := 0; i < nGuides; i++ {
			fm := fmt.Sprintf("title: Chapter %d\nweight: %d\nsummary: A generated chapter.\ncases: [case-%d]\ntools: [tool-%d]\n", i, i*10, i%nCases, i%nTools)
			if err := write(root, fmt.Sprintf("%sguidelines/chapter-%d.md", dir, i), page(fm, i, o.Body, fmt.Sprintf("chapter-%d.md", (i+1)%nGuides), voc.source(fmt.Sprintf("guidelines/%d", i)))); err != nil {
				return err
			}
		}
		for i := 0; i < nTools; i++ {
			fm := fmt.Sprintf("title: Tool %d\nweight: %d\nsummary: A generated worksheet.\n", i, i)
			if err := write(root, fmt.Sprintf("%stools/tool-%d.md", dir, i), page(fm, i, o.Body/2, fmt.Sprintf("../guidelines/chapter-%d.md", i%nGuides), voc.source(fmt.Sprintf("tools/%d", i)))); err != nil {
				return err
			}
		}
	}
	return nil
}

// page makes a page of about size bytes of Markdown; link is a source file
// it links to (its "section-1" heading too). With a word source the body's
// words come from it, otherwise from the fixed list.
func page(front string, seed, size int, link string, src *wordSource) string {
	var b strings.Builder
	b.WriteString("---\n" + front + "---\n")
	for s := 1; b.Len() < size; s++ {
		fmt.Fprintf(&b, "\n## Section %d\n\n", s)
		for p := 0; p < 3; p++ {
			for w := 0; w < 40; w++ {
				word := words[(seed*31+s*17+p*7+w)%len(words)]
				if src != nil {
					word = src.next()
				}
				if w%13 == 5 {
					word = "**" + word + "**"
				}
				b.WriteString(word + " ")
			}
			fmt.Fprintf(&b, "see [this page](%s#section-1).\n\n", link)
		}
		items := [3]string{words[s%len(words)], words[(s+1)%len(words)], words[(s+2)%len(words)]}
		if src != nil {
			items = [3]string{src.next(), src.next(), src.next()}
		}
		fmt.Fprintf(&b, "- [ ] %s\n- [x] %s\n\n| a | b |\n|---|---|\n| %d | %s |\n", items[0], items[1], s, items[2])
	}
	return b.String()
}

func write(root, name, text string) error {
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(text), 0o644)
}
