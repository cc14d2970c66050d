package edit

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
)

// A page's place: the server builds every path it writes from these, never
// from a path the client sent.
type place struct {
	lang string
	kind content.Kind
	id   string
}

// file is the page's path from the site root.
func (p place) file() string {
	switch p.kind {
	case content.Home:
		return path.Join("content", p.lang, "_index.md")
	case content.Plain:
		return path.Join("content", p.lang, p.id+".md")
	case content.Section:
		return path.Join("content", p.lang, p.id, "_index.md")
	}
	return path.Join("content", p.lang, content.SectionOf(p.kind), p.id+".md")
}

// editable are the kinds of pages the form makes (each has a section).
var editable = []content.Kind{content.Case, content.Partner, content.Guideline, content.Tool}

// newPlace checks a new page's kind, language and id.
func newPlace(cfg *config.Config, kind, lang, id string) (place, error) {
	k := content.Kind(kind)
	if !slices.Contains(kindNames(), kind) {
		return place{}, fmt.Errorf("kind %q: the form makes pages of the kinds %s", kind, strings.Join(kindNames(), ", "))
	}
	if cfg.Language(lang) == nil || cfg.Language(lang).Code != lang {
		return place{}, fmt.Errorf("language %q is not a language of the site", lang)
	}
	if !content.IsID(id) {
		return place{}, fmt.Errorf("id %q: an id is lowercase letters a-z, digits and single hyphens, e.g. parvomay-drug-prevention", id)
	}
	return place{lang, k, id}, nil
}

func kindNames() []string {
	var out []string
	for _, k := range editable {
		out = append(out, string(k))
	}
	return out
}

// placeOf checks a page file named by the client ("content/sl/cases/x.md",
// also a home page, a section's _index.md or a page at the language's
// root) and returns its place: the path must be exactly the one the
// server would build for it.
func placeOf(cfg *config.Config, file string) (place, error) {
	parts := strings.Split(file, "/")
	bad := fmt.Errorf("%q is not a page file: content/<language>/<section>/<id>.md", file)
	if len(parts) < 3 || len(parts) > 4 || parts[0] != "content" || !strings.HasSuffix(file, ".md") {
		return place{}, bad
	}
	lang, name := parts[1], strings.TrimSuffix(parts[len(parts)-1], ".md")
	if l := cfg.Language(lang); l == nil || l.Code != lang {
		return place{}, fmt.Errorf("%q: %q is not a language of the site", file, lang)
	}
	p := place{lang: lang, id: name}
	switch {
	case len(parts) == 3 && name == "_index":
		p.kind, p.id = content.Home, ""
	case len(parts) == 3:
		p.kind = content.Plain
	default:
		for _, s := range content.Sections {
			if s.Dir == parts[2] {
				p.kind = s.Kind
			}
		}
		if p.kind == "" {
			return place{}, bad
		}
		if name == "_index" {
			p.kind, p.id = content.Section, parts[2]
		}
	}
	if p.kind != content.Home && p.kind != content.Section && !content.IsID(p.id) {
		return place{}, fmt.Errorf("%q: %q is not a page id: lowercase letters a-z, digits and single hyphens", file, p.id)
	}
	if p.file() != file {
		return place{}, bad
	}
	return p, nil
}

// linkError is local's refusal of a path with a link on the way: a
// request the editor will not do (400), not a failure of the server.
type linkError string

func (rel linkError) Error() string {
	return string(rel) + " is a link: the editor writes only real files of the site"
}

// local is the path on disk of rel (a path from the site root built by
// the server), after making sure that no folder on the way, nor the file,
// is a link that could lead out of the site.
func local(root, rel string) (string, error) {
	p := root
	for _, part := range strings.Split(rel, "/") {
		p = filepath.Join(p, part)
		st, err := os.Lstat(p)
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			return "", err
		}
		if st.Mode()&os.ModeSymlink != 0 {
			return "", linkError(rel)
		}
	}
	return filepath.Join(root, filepath.FromSlash(rel)), nil
}
