// Package i18n holds the interface strings of the layouts, one bundle per
// language (layouts/i18n/<code>.yaml), with CLDR plural rules from
// golang.org/x/text. A string missing in a language falls back to the
// default language, and the build reports which keys are missing.
package i18n

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/translit"
)

// Dir is the folder of the bundles inside layouts/.
const Dir = "i18n"

// entry is one string: plain, or one form per CLDR plural category
// (zero, one, two, few, many, other). "{count}" stands for the number.
type entry struct {
	text  string
	forms map[string]string
}

// UnmarshalYAML accepts a string or a map of plural forms.
func (e *entry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		e.text = n.Value
		return nil
	}
	if err := n.Decode(&e.forms); err != nil {
		return err
	}
	for k := range e.forms {
		if _, ok := categories[k]; !ok {
			return fmt.Errorf("line %d: plural form %q is not one of zero, one, two, few, many, other", n.Line, k)
		}
	}
	if _, ok := e.forms["other"]; !ok {
		return fmt.Errorf("line %d: a plural string needs the form \"other\"", n.Line)
	}
	return nil
}

var categories = map[string]plural.Form{
	"other": plural.Other, "zero": plural.Zero, "one": plural.One,
	"two": plural.Two, "few": plural.Few, "many": plural.Many,
}

// Bundle holds the strings of every language of a site.
type Bundle struct {
	def     string
	tags    map[string]language.Tag
	strings map[string]map[string]entry // lang → key → entry

	mu      sync.Mutex
	missing map[string]map[string]bool // lang → keys asked for but missing
}

// Load reads layouts/i18n/<code>.yaml for each language of cfg from fsys
// (the layouts folder). A language without a file uses the default's strings.
func Load(fsys fs.FS, cfg *config.Config) (*Bundle, error) {
	b := &Bundle{def: cfg.DefaultLanguage, tags: map[string]language.Tag{}, strings: map[string]map[string]entry{}, missing: map[string]map[string]bool{}}
	var errs diag.List
	for _, l := range cfg.Languages {
		b.tags[l.Code] = language.Make(l.Code)
		name := Dir + "/" + l.Code + ".yaml"
		src, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs.Add(sitefs.Problem("layouts/"+name, err))
			continue
		}
		m := map[string]entry{}
		dec := yaml.NewDecoder(bytes.NewReader(src))
		if err := dec.Decode(&m); err != nil {
			errs.Merge(diag.YAML("layouts/"+name, 0, err))
			continue
		}
		b.strings[l.Code] = m
	}
	for _, l := range cfg.Languages { // sr-Latn: the sr strings in Latin, unless it has its own file
		if from := l.TransliterateFrom; from != "" && b.strings[l.Code] == nil && b.strings[from] != nil {
			b.strings[l.Code] = toLatin(from, b.strings[from])
		}
	}
	return b, errs.Err()
}

// toLatin transliterates every string of a bundle written in lang's Cyrillic.
func toLatin(lang string, m map[string]entry) map[string]entry {
	out := make(map[string]entry, len(m))
	for k, e := range m {
		t := entry{text: translit.ToLatin(lang, e.text)}
		if e.forms != nil {
			t.forms = map[string]string{}
			for f, v := range e.forms {
				t.forms[f] = translit.ToLatin(lang, v)
			}
		}
		out[k] = t
	}
	return out
}

func (b *Bundle) lookup(lang, key string) (entry, bool) {
	if e, ok := b.strings[lang][key]; ok {
		return e, true
	}
	b.mu.Lock()
	if b.missing[lang] == nil {
		b.missing[lang] = map[string]bool{}
	}
	b.missing[lang][key] = true
	b.mu.Unlock()
	e, ok := b.strings[b.def][key]
	return e, ok
}

// T returns the string key in language lang.
func (b *Bundle) T(lang, key string) string {
	e, ok := b.lookup(lang, key)
	if !ok {
		return key
	}
	if e.forms != nil {
		return e.forms["other"]
	}
	return e.text
}

// N returns the plural form of key for count n in language lang, with
// "{count}" replaced by n.
func (b *Bundle) N(lang, key string, n int) string {
	e, ok := b.lookup(lang, key)
	if !ok {
		return key
	}
	s := e.text
	if e.forms != nil {
		s = e.forms[b.Form(lang, n)]
		if s == "" {
			s = e.forms["other"]
		}
	}
	return strings.ReplaceAll(s, "{count}", strconv.Itoa(n))
}

// Forms returns the plural forms of key in lang ("one" → "{count} case"),
// or nil when key is not a plural string.
func (b *Bundle) Forms(lang, key string) map[string]string {
	e, ok := b.lookup(lang, key)
	if !ok || e.forms == nil {
		return nil
	}
	out := make(map[string]string, len(e.forms))
	for k, v := range e.forms {
		out[k] = v
	}
	return out
}

// Form is the CLDR plural category of n in lang: "one", "few", "other"...
func (b *Bundle) Form(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	f := plural.Cardinal.MatchPlural(b.tags[lang], n, 0, 0, 0, 0)
	// golang.org/x/text carries CLDR 32 plural rules. CLDR 33 changed
	// Macedonian so that 11, 111 ... are "other" ("11 случаи"), as in
	// today's usage; x/text still says "one".
	if base, _ := b.tags[lang].Base(); base.String() == "mk" && n%100 == 11 {
		f = plural.Other
	}
	for name, c := range categories {
		if c == f {
			return name
		}
	}
	return "other"
}

// Missing lists, per language, the keys a build asked for that the
// language's bundle lacks, sorted.
func (b *Bundle) Missing() map[string][]string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string][]string{}
	for lang, keys := range b.missing {
		for k := range keys {
			out[lang] = append(out[lang], k)
		}
		sort.Strings(out[lang])
	}
	return out
}

// Prefixed returns every string whose key starts with prefix, in language
// lang (a key lang lacks in the default language's text), for a script
// that shows them: the editor's form asks for "edit.".
func (b *Bundle) Prefixed(lang, prefix string) map[string]string {
	out := map[string]string{}
	for _, l := range []string{b.def, lang} {
		for key := range b.strings[l] {
			if strings.HasPrefix(key, prefix) {
				out[key] = b.T(lang, key)
			}
		}
	}
	return out
}
