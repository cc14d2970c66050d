package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
)

// TermData is what the archetype layouts/archetypes/term.yaml sees. The
// archetype writes the term at the left margin, with two spaces per level;
// NewTerm indents it as the vocabulary's terms are.
type TermData struct {
	Taxonomy string // the taxonomy: "sector"
	ID       string // the term id: "museums"
	Label    string // the label in Lang: given, or made from the id
	Lang     string // the site's default language
}

// NewTerm appends term id to the vocabulary of taxonomy tax, with label
// (made from the id when "") in the site's default language. The text
// already in the vocabulary file is kept byte for byte. It returns the path
// of the vocabulary file relative to root, with forward slashes.
func NewTerm(root, tax, id, label string) (string, error) {
	cfg, err := config.Load(root)
	if err != nil {
		return "", err
	}
	if !cfg.IsTaxonomy(tax) {
		return "", fmt.Errorf("%q is not a taxonomy of the site; declared in %s: %s", tax, config.File, strings.Join(cfg.Taxonomies, ", "))
	}
	if err := checkID(id, "term id"); err != nil {
		return "", err
	}
	if label = strings.TrimSpace(label); label == "" {
		label = TitleOf(id)
	}
	file := vocabFile(tax)
	p := filepath.Join(root, filepath.FromSlash(file))
	old, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		old, err = nil, nil
	}
	if err != nil {
		return "", err
	}
	v, err := terms(file, old)
	if err != nil {
		return "", err
	}
	if contains(v.ids, id) {
		return "", fmt.Errorf("%s already has the term %q; it was left as it is", file, id)
	}
	block, err := run(layouts(root), path.Join(Dir, "term.yaml"), TermData{Taxonomy: tax, ID: id, Label: label, Lang: cfg.DefaultLanguage}, texts{})
	if err != nil {
		return "", err
	}
	text := appendTerm(old, block, v)
	if after, err := terms(file, text); err != nil || !contains(after.ids, id) {
		return "", fmt.Errorf("%s: cannot add the term without rewriting the file (%v); add it by hand", file, err)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", err
	}
	return file, os.WriteFile(p, text, 0o644)
}

// shape is what NewTerm needs to know of a vocabulary file.
type shape struct {
	ids    []string // the term ids
	indent int      // the indentation of the term ids
	bare   bool     // no YAML in the file yet (no "terms:")
}

// terms reads the shape of a vocabulary file. An empty file, or "terms:"
// with no term yet, has no terms.
func terms(file string, src []byte) (shape, error) {
	v := shape{indent: 2}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return v, diag.YAML(file, 0, err).Err()
	}
	if len(doc.Content) == 0 {
		v.bare = true
		return v, nil
	}
	root := doc.Content[0]
	n := len(root.Content)
	if root.Kind != yaml.MappingNode || n < 2 || root.Content[n-2].Value != "terms" {
		return v, fmt.Errorf("%s: a vocabulary is a map \"terms:\", and it must be the last key of the file", file)
	}
	list := root.Content[n-1]
	switch {
	case list.Kind == yaml.ScalarNode && list.Tag == "!!null":
		return v, nil
	case list.Kind != yaml.MappingNode || list.Style&yaml.FlowStyle != 0:
		return v, fmt.Errorf("%s:%d: write the terms one per line, \"  <term-id>:\" followed by its label and description", file, list.Line)
	}
	for i := 0; i+1 < len(list.Content); i += 2 {
		v.ids = append(v.ids, list.Content[i].Value)
	}
	if len(list.Content) > 0 {
		v.indent = list.Content[0].Column - 1
	}
	return v, nil
}

// appendTerm adds block at the end of old, indented as the terms of v: a
// level of the block (two spaces) becomes v.indent spaces.
func appendTerm(old, block []byte, v shape) []byte {
	out := append([]byte(nil), old...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	if v.bare {
		out = append(out, "terms:\n"...)
	}
	step := max(v.indent, 1)
	for _, line := range bytes.Split(bytes.TrimRight(block, "\n"), []byte("\n")) {
		text := bytes.TrimLeft(line, " ")
		if len(bytes.TrimSpace(text)) > 0 {
			level := 1 + (len(line)-len(text))/2
			out = append(out, strings.Repeat(" ", level*step)...)
			out = append(out, text...)
		}
		out = append(out, '\n')
	}
	return out
}
