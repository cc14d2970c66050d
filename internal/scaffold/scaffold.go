// Package scaffold starts new content from archetypes, for `skupaj new`.
//
// NewPage writes content/<lang>/<section>/<id>.md from the archetype of its
// kind, layouts/archetypes/<kind>.md: every front matter field of the kind,
// each explained in a YAML comment for the librarian who fills it in, with
// values that pass every check of a build as they are (ids that must exist
// are real ones taken from the site). NewTerm appends a term to a taxonomy's
// vocabulary from layouts/archetypes/term.yaml.
//
// Archetypes are text/template files that see a Data and take their words
// (the notes and the suggested headings) from layouts/archetypes/i18n/
// <lang>.yaml, so that a page starts in its own language. Values the
// archetype invents are marked for skupaj check (content.PlaceholderMark),
// which warns until they are changed. Archetypes come from the theme built
// into skupaj; a site overrides one by putting a file of the
// same path in its own layouts/, and may add one per language
// (layouts/archetypes/case.sl.md is used for Slovenian cases).
package scaffold

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
)

// Kinds are the kinds of page NewPage writes, in the order help text lists them.
var Kinds = []content.Kind{content.Guideline, content.Case, content.Partner, content.Tool}

// ids of pages and terms: as content and taxonomy check them.
var idRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// NewPage writes a new page of kind with id in language lang ("" for the
// site's default language) into the site rooted at root. It returns the
// path of the new file relative to root, with forward slashes. It never
// overwrites a file.
func NewPage(root string, kind content.Kind, id, lang string) (string, error) {
	section := content.SectionOf(kind)
	if !isKind(kind) {
		return "", fmt.Errorf("%q is not a kind of page skupaj new writes; use one of: %s (or: term)", kind, kindList())
	}
	if err := checkID(id, "page id"); err != nil {
		return "", err
	}
	cfg, err := config.Load(root)
	if err != nil {
		return "", err
	}
	l, err := language(cfg, lang)
	if err != nil {
		return "", err
	}
	file := path.Join("content", l.Code, section, id+".md")
	if err := notThere(root, file); err != nil {
		return "", err
	}
	fsys := layouts(root)
	tx, err := loadTexts(fsys, cfg, l.Code)
	if err != nil {
		return "", err
	}
	d, err := gather(root, cfg, kind, id, l.Code, file)
	if err != nil {
		return "", err
	}
	d.texts = tx
	text, err := execute(fsys, kind, l.Code, d, tx)
	if err != nil {
		return "", err
	}
	if _, errs := content.Parse(file, text, cfg); len(errs) > 0 {
		return "", fmt.Errorf("the archetype of a %s makes a page that does not pass the checks:\n%v", kind, errs.Err())
	}
	return file, create(root, file, text)
}

func isKind(k content.Kind) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

func kindList() string {
	var s []string
	for _, k := range Kinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

func checkID(id, what string) error {
	if !idRe.MatchString(id) {
		return fmt.Errorf("%q is not a valid %s: use lowercase letters a-z, digits and single hyphens, e.g. parvomay-drug-prevention", id, what)
	}
	return nil
}

// language returns the language code of the site that lang names, or the
// default language when lang is "".
func language(cfg *config.Config, lang string) (*config.Language, error) {
	if lang == "" {
		lang = cfg.DefaultLanguage
	}
	if l := cfg.Language(lang); l != nil {
		return l, nil
	}
	var codes []string
	for _, l := range cfg.Languages {
		codes = append(codes, l.Code)
	}
	return nil, fmt.Errorf("%q is not a language of the site; use one of: %s (languages are listed in %s)", lang, strings.Join(codes, ", "), config.File)
}

// notThere fails when file (relative to root) already exists.
func notThere(root, file string) error {
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(file))); err == nil {
		return existsError(file)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

func existsError(file string) error {
	return fmt.Errorf("%s already exists; it was left as it is (edit it, or choose another id)", file)
}

// create writes a new file, refusing to replace one that appeared meanwhile.
func create(root, file string, text []byte) error {
	p := filepath.Join(root, filepath.FromSlash(file))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return existsError(file)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(text); err != nil {
		f.Close()
		os.Remove(p)
		return err
	}
	return f.Close()
}
