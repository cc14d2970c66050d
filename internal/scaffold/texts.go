package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/translit"
)

// TextDir holds the texts of the archetypes, one file per language
// (layouts/archetypes/i18n/<code>.yaml): the notes that explain each field
// and the suggested headings. Every archetype takes its words from there, so
// that the languages share one structure.
const TextDir = Dir + "/i18n"

// fallback is the language whose texts stand in for a key or a language
// that has none.
const fallback = "en"

// texts are the archetype texts of one language: key → text, where
// "{name}" stands for an argument.
type texts map[string]string

// loadTexts reads the texts of language lang from fsys (the layouts). A
// language without a file of its own that is transliterated from another
// (sr-Latn from sr) takes that one's texts in Latin letters; any key still
// missing comes from English.
func loadTexts(fsys fs.FS, cfg *config.Config, lang string) (texts, error) {
	out, err := readTexts(fsys, lang)
	if err != nil {
		return nil, err
	}
	if l := cfg.Language(lang); out == nil && l != nil && l.TransliterateFrom != "" {
		from, err := readTexts(fsys, l.TransliterateFrom)
		if err != nil {
			return nil, err
		}
		for k, v := range from {
			from[k] = translit.ToLatin(l.TransliterateFrom, v)
		}
		out = from
	}
	en, err := readTexts(fsys, fallback)
	if err != nil {
		return nil, err
	}
	if out == nil {
		out = texts{}
	}
	for k, v := range en {
		if _, ok := out[k]; !ok {
			out[k] = v
		}
	}
	return out, nil
}

// readTexts reads the texts file of lang, or returns nil when there is none.
func readTexts(fsys fs.FS, lang string) (texts, error) {
	name := path.Join(TextDir, lang+".yaml")
	src, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var t texts
	if err := yaml.Unmarshal(src, &t); err != nil {
		return nil, diag.YAML("layouts/"+name, 0, err).Err()
	}
	return t, nil
}

// T returns the text of key with each "{name}" replaced: args are pairs of
// a name and its value.
func (t texts) T(key string, args ...string) (string, error) {
	s, ok := t[key]
	if !ok {
		return "", fmt.Errorf("no archetype text %q in %s/%s.yaml", key, TextDir, fallback)
	}
	if len(args)%2 != 0 {
		return "", fmt.Errorf("archetype text %q: arguments come in pairs of a name and a value", key)
	}
	for i := 0; i < len(args); i += 2 {
		s = strings.ReplaceAll(s, "{"+args[i]+"}", args[i+1])
	}
	return s, nil
}
