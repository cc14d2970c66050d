// Package config reads and checks the site configuration, content/site.yaml.
// The format is documented in README.md ("Configuration").
package config

import (
	"bytes"
	"errors"
	"io/fs"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sitefs"
)

// File is where the configuration lives, relative to the site root.
const File = "content/site.yaml"

// Config is the whole site configuration.
type Config struct {
	BaseURL                 string                `yaml:"base_url"`
	DefaultLanguage         string                `yaml:"default_language"`
	DefaultLanguageInSubdir bool                  `yaml:"default_language_in_subdir"`
	Languages               []Language            `yaml:"languages"`
	Markdown                Markdown              `yaml:"markdown"`
	Taxonomies              []string              `yaml:"taxonomies"`
	Menus                   map[string][]MenuItem `yaml:"menus"`

	base  base           // BaseURL taken apart, set by Check
	lines map[string]int // the line of each top-level key in File, for errors
}

// Language is one language the site is published in.
type Language struct {
	Code        string `yaml:"code"`        // BCP 47 tag: en, sl, sr, sr-Latn ...
	Name        string `yaml:"name"`        // the language's name in itself: "Slovenščina"
	Title       string `yaml:"title"`       // the site title in this language
	Description string `yaml:"description"` // one sentence for <meta name="description">
	// TransliterateFrom names a language whose pages are published in this
	// one transliterated to Latin ("sr" for "sr-Latn"), where this language
	// has no page of its own.
	TransliterateFrom string `yaml:"transliterate_from"`
}

// Markdown holds rendering options.
type Markdown struct {
	// UnsafeHTML lets raw HTML in Markdown through to the page. Off by default:
	// then raw HTML is dropped.
	UnsafeHTML bool `yaml:"unsafe_html"`
}

// MenuItem is one entry of a menu: the label is an interface-string key, the
// URL is relative to the language's root ("guidelines/").
type MenuItem struct {
	Key string `yaml:"key"`
	URL string `yaml:"url"`
}

var (
	langCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	termName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

// Load reads and checks the configuration of the site rooted at root.
func Load(root string) (*Config, error) {
	src, err := Read(root)
	if err != nil {
		return nil, err
	}
	return Parse(src)
}

// Read returns the bytes of the configuration of the site rooted at root.
func Read(root string) ([]byte, error) {
	src, err := sitefs.ReadFile(root, File)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, diag.List{diag.Errorf(File, 0, "cannot read the site configuration: the file is missing; every site needs one, with its languages (see the README, \"Configuration\"), or run skupaj in the site's folder (-source DIR)")}
	}
	if err != nil {
		return nil, diag.List{sitefs.Problem(File, err)}
	}
	return src, nil
}

// Parse decodes and checks a configuration. Unknown keys are errors.
func Parse(src []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, diag.YAML(File, 0, err)
	}
	c.lines = keyLines(src)
	if err := c.Check(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Check validates the configuration and fills in defaults.
func (c *Config) Check() error {
	var errs diag.List
	errs.Add(c.setBase(c.BaseURL, func(problem string) *diag.Error {
		return diag.Errorf(File, c.lines["base_url"], "base_url %q: %s", c.BaseURL, problem)
	}))
	if len(c.Languages) == 0 {
		errs.Addf(File, c.lines["languages"], "languages: at least one language is needed")
	}
	seen := map[string]bool{}
	for _, l := range c.Languages {
		switch {
		case !langCode.MatchString(l.Code):
			errs.Addf(File, c.lines["languages"], "languages: code %q is not a language tag such as en, sl or sr-Latn", l.Code)
		case seen[strings.ToLower(l.Code)]:
			errs.Addf(File, c.lines["languages"], "languages: %q is listed twice", l.Code)
		case l.Name == "" || l.Title == "":
			errs.Addf(File, c.lines["languages"], "languages: %q needs a name and a title", l.Code)
		}
		seen[strings.ToLower(l.Code)] = true
		if l.TransliterateFrom != "" && (c.Language(l.TransliterateFrom) == nil || strings.EqualFold(l.TransliterateFrom, l.Code)) {
			errs.Addf(File, c.lines["languages"], "languages: %q: transliterate_from %q is not another language of the site", l.Code, l.TransliterateFrom)
		}
	}
	if c.DefaultLanguage == "" && len(c.Languages) > 0 {
		c.DefaultLanguage = c.Languages[0].Code
	}
	if c.Language(c.DefaultLanguage) == nil {
		errs.Addf(File, c.lines["default_language"], "default_language %q is not one of the languages", c.DefaultLanguage)
	}
	for _, t := range c.Taxonomies {
		if !termName.MatchString(t) {
			errs.Addf(File, c.lines["taxonomies"], "taxonomies: %q is not a field name (lowercase letters, digits and _)", t)
		}
	}
	return errs.Err()
}

// Language returns the language with the given code, or nil.
func (c *Config) Language(code string) *Language {
	for i := range c.Languages {
		if strings.EqualFold(c.Languages[i].Code, code) {
			return &c.Languages[i]
		}
	}
	return nil
}

// Prefix is the URL path of a language's root below the base path: "" for the
// default language at the site root, else "sl/", "sr-latn/".
func (c *Config) Prefix(code string) string {
	if strings.EqualFold(code, c.DefaultLanguage) && !c.DefaultLanguageInSubdir {
		return ""
	}
	return strings.ToLower(code) + "/"
}

// IsTaxonomy reports whether field is declared as a taxonomy.
func (c *Config) IsTaxonomy(field string) bool {
	for _, t := range c.Taxonomies {
		if t == field {
			return true
		}
	}
	return false
}

// keyLines maps each key of the top-level mapping of the YAML text src to
// its line.
func keyLines(src []byte) map[string]int {
	lines := map[string]int{}
	var doc yaml.Node
	if yaml.Unmarshal(src, &doc) != nil || len(doc.Content) == 0 {
		return lines
	}
	m := doc.Content[0]
	for i := 0; m.Kind == yaml.MappingNode && i+1 < len(m.Content); i += 2 {
		lines[m.Content[i].Value] = m.Content[i].Line
	}
	return lines
}
