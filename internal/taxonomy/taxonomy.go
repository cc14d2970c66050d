// Package taxonomy reads the controlled vocabularies of a site: one file
// per taxonomy, content/taxonomies/<name>.yaml, listing its terms with a
// label and a description per language. Term ids are shared by every
// language. The format is documented in README.md ("Taxonomies").
package taxonomy

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/translit"
)

// Dir is the folder of the vocabularies, relative to the site root.
const Dir = "content/taxonomies"

// Term is one entry of a vocabulary.
type Term struct {
	ID          string
	Label       map[string]string // language code → label
	Description map[string]string // language code → one or two sentences
	Line        int
}

// Vocabulary is the ordered list of terms of one taxonomy.
type Vocabulary struct {
	Name  string
	File  string
	Terms []*Term
	byID  map[string]*Term
}

// Set holds the vocabularies of every taxonomy declared in the configuration.
type Set map[string]*Vocabulary

var termID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load reads the vocabulary of every taxonomy of cfg.
func Load(root string, cfg *config.Config) (Set, error) {
	set := Set{}
	var errs diag.List
	for _, name := range cfg.Taxonomies {
		file := path.Join(Dir, name+".yaml")
		src, err := sitefs.ReadFile(root, file)
		if errors.Is(err, fs.ErrNotExist) {
			errs.Addf(file, 0, "taxonomy %q is declared in %s but has no vocabulary file", name, config.File)
			continue
		}
		if err != nil {
			errs.Add(sitefs.Problem(file, err))
			continue
		}
		v, list := parse(name, file, src, cfg)
		errs.Merge(list)
		set[name] = v
	}
	return set, errs.Err()
}

type rawTerm struct {
	Label       map[string]string `yaml:"label"`
	Description map[string]string `yaml:"description"`
}

func parse(name, file string, src []byte, cfg *config.Config) (*Vocabulary, diag.List) {
	var errs diag.List
	v := &Vocabulary{Name: name, File: file, byID: map[string]*Term{}}
	var doc struct {
		Terms yaml.Node `yaml:"terms"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		errs.Merge(diag.YAML(file, 0, err))
		return v, errs
	}
	if doc.Terms.Kind != yaml.MappingNode {
		errs.Addf(file, doc.Terms.Line, "a vocabulary is a map \"terms:\" of term ids, each with a label and a description per language")
		return v, errs
	}
	for i := 0; i+1 < len(doc.Terms.Content); i += 2 {
		k, val := doc.Terms.Content[i], doc.Terms.Content[i+1]
		var raw rawTerm
		if err := val.Decode(&raw); err != nil {
			errs.Merge(diag.YAML(file, 0, err))
			continue
		}
		if !termID.MatchString(k.Value) {
			errs.Addf(file, k.Line, "term id %q: use lowercase letters a-z, digits and single hyphens", k.Value)
		}
		if v.byID[k.Value] != nil {
			errs.Addf(file, k.Line, "term %q is listed twice", k.Value)
		}
		if raw.Label[cfg.DefaultLanguage] == "" {
			errs.Addf(file, k.Line, "term %q needs a label in the default language (%s)", k.Value, cfg.DefaultLanguage)
		}
		t := &Term{ID: k.Value, Label: raw.Label, Description: raw.Description, Line: k.Line}
		v.Terms = append(v.Terms, t)
		v.byID[t.ID] = t
	}
	return v, errs
}

// Term returns the term with id, or nil.
func (v *Vocabulary) Term(id string) *Term { return v.byID[id] }

// IDs lists the term ids in vocabulary order.
func (v *Vocabulary) IDs() []string {
	ids := make([]string, len(v.Terms))
	for i, t := range v.Terms {
		ids[i] = t.ID
	}
	return ids
}

// Unknown is the message for a term that is not in the vocabulary.
func (v *Vocabulary) Unknown(field, id, lang string) string {
	if t := v.Match(id); t != nil {
		return fmt.Sprintf("%s: %q is the name of a term, not its id: write %s: %s (a term is written by its id; readers see its name, %q in this language)", field, id, field, t.ID, t.labelIn(lang))
	}
	hint := ""
	if c := diag.Closest(id, v.IDs(), 3); len(c) > 0 {
		hint = fmt.Sprintf("; closest: %q", c[0])
		for _, x := range c[1:] {
			hint += fmt.Sprintf(", %q", x)
		}
	}
	var allowed []string
	for _, t := range v.Terms {
		allowed = append(allowed, fmt.Sprintf("%s (%s)", t.ID, t.labelIn(lang)))
	}
	return fmt.Sprintf("%s: %q is not a term of the vocabulary %s%s; allowed: %s", field, id, v.File, hint, strings.Join(allowed, ", "))
}

// Match is the term whose id or label in any language is s, ignoring
// case and diacritics ("Slovenija", "SLOVENIA", "SI" → si), or nil.
func (v *Vocabulary) Match(s string) *Term {
	key := strings.ToLower(translit.Fold(strings.TrimSpace(s)))
	for _, t := range v.Terms {
		if strings.ToLower(t.ID) == key {
			return t
		}
		for _, l := range t.Label {
			if strings.ToLower(translit.Fold(l)) == key {
				return t
			}
		}
	}
	return nil
}

// labelIn is t's label in lang, else in English, else its id.
func (t *Term) labelIn(lang string) string {
	return cmp.Or(t.Label[lang], t.Label["en"], t.ID)
}

// Parse reads and checks the vocabulary of taxonomy name from src, the
// bytes of its file (a path from the site root).
func Parse(name, file string, src []byte, cfg *config.Config) (*Vocabulary, diag.List) {
	return parse(name, file, src, cfg)
}
