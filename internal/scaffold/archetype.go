package scaffold

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"
	"unicode"

	"gopkg.in/yaml.v3"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/theme"
)

// Dir is the folder of the archetypes inside layouts/.
const Dir = "archetypes"

// layouts are the site's layouts laid over the theme's.
func layouts(root string) fs.FS {
	var site fs.FS
	if st, err := os.Stat(filepath.Join(root, "layouts")); err == nil && st.IsDir() {
		site = os.DirFS(filepath.Join(root, "layouts"))
	}
	return theme.Overlay(site, skupaj.Layouts())
}

// execute runs the archetype of kind for language lang with d, in the
// words of tx.
func execute(fsys fs.FS, kind content.Kind, lang string, d any, tx texts) ([]byte, error) {
	name := path.Join(Dir, string(kind)+"."+lang+".md")
	if _, err := fs.Stat(fsys, name); err != nil {
		name = path.Join(Dir, string(kind)+".md")
	}
	return run(fsys, name, d, tx)
}

// run executes the archetype name (a path inside layouts/) with d.
func run(fsys fs.FS, name string, d any, tx texts) ([]byte, error) {
	src, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("layouts/%s: no such archetype in the site or the theme", name)
	}
	if err != nil {
		return nil, err
	}
	t, err := template.New(name).Funcs(funcs(tx)).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("layouts/%v", err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("layouts/%v", err)
	}
	return buf.Bytes(), nil
}

// funcs are the template functions of archetypes: q quotes a YAML value;
// comment wraps text into comment lines; t is the text of a key in the
// page's language (layouts/archetypes/i18n), with "{name}" arguments given
// as name-value pairs; placeholder writes a field whose value skupaj new
// invented, with the note and the mark that make skupaj check warn while it
// stays (content.PlaceholderMark).
func funcs(tx texts) template.FuncMap {
	return template.FuncMap{
		"q":       Quote,
		"comment": comment,
		"t":       tx.T,
		"placeholder": func(field, value string) (string, error) {
			note, err := tx.T("placeholder", "value", value)
			if err != nil {
				return "", err
			}
			return comment("# ", note) + "\n" + content.PlaceholderMark + value + "\n" + field + ": " + value, nil
		},
	}
}

// Quote writes s as a YAML scalar: as it is when that reads back as the
// same text in block and flow context, else in double quotes.
func Quote(s string) string {
	if plain(s) {
		var back any
		if yaml.Unmarshal([]byte("{k: "+s+"}"), &back) == nil {
			if m, ok := back.(map[string]any); ok && m["k"] == s {
				return s
			}
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// plain reports whether s is only letters, digits, inner spaces, hyphens
// and full stops, starts with a letter or digit, and is no YAML keyword.
func plain(s string) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return false
	}
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
		return false
	}
	for i, r := range s {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || (i > 0 && strings.ContainsRune(" -.", r))
		if !ok {
			return false
		}
	}
	return true
}

// comment wraps text into YAML comment lines of at most 78 characters, each
// starting with prefix ("# ", "#   ").
func comment(prefix, text string) string {
	var lines []string
	line := prefix
	for _, w := range strings.Fields(text) {
		if line != prefix && len([]rune(line))+1+len([]rune(w)) > 78 {
			lines = append(lines, line)
			line = prefix
		}
		if line != prefix {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}
