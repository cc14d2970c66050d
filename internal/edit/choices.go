package edit

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// choice is one option of a picker: an id with its name in the form's
// language.
type choice struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
}

// site is what the form is made from: the configuration, the interface
// strings, and what the pickers offer: the site's pages, vocabularies and
// sources.
type site struct {
	cfg   *config.Config
	strs  *i18n.Bundle
	pages []*content.Page
	vocab taxonomy.Set
	bib   *sources.List
}

// loadSite is what the session's last good build read (the preview builds
// again after every change), else, before one, what the disk holds now. A
// part that cannot be read offers nothing: the checks say why.
func (s *Server) loadSite() (*site, error) {
	if l := s.opts.Session.Loaded(); l != nil {
		return &site{cfg: l.Config, strs: l.Strings, pages: l.Pages, vocab: l.Vocab, bib: l.Sources}, nil
	}
	cfg, err := s.config()
	if err != nil {
		return nil, err
	}
	st := &site{cfg: cfg}
	if st.strs, err = i18n.Load(build.Layouts(s.opts.Root), cfg); err != nil {
		return nil, err
	}
	st.pages, _ = content.Load(s.opts.Root, cfg)
	st.vocab, _ = taxonomy.Load(s.opts.Root, cfg)
	st.bib, _ = sources.Load(s.opts.Root)
	return st, nil
}

// pages are the pages of kind k as choices, each named by its title in
// lang (for a transliterated language: its source's, transliterated),
// else in the default language, else by the first title found.
func (st *site) pagesOf(k content.Kind, lang string) []choice {
	byID := map[string]*content.Page{}
	l := st.cfg.Language(lang)
	from := ""
	if l != nil {
		from = l.TransliterateFrom
	}
	rank := func(p *content.Page) int {
		switch p.Lang {
		case lang:
			return 0
		case from:
			return 1
		case st.cfg.DefaultLanguage:
			return 2
		}
		return 3
	}
	for _, p := range st.pages {
		if p.Kind != k || p.Title == "" {
			continue
		}
		if was, ok := byID[p.ID]; !ok || rank(p) < rank(was) {
			byID[p.ID] = p
		}
	}
	var out []choice
	for id, p := range byID {
		out = append(out, choice{ID: id, Label: l.InScript(p.Lang, p.Title), Description: l.InScript(p.Lang, p.Summary)})
	}
	return sorted(out, lang)
}

// terms are the terms of a vocabulary as choices, in the vocabulary's
// order, with their labels and descriptions in lang (for a transliterated
// language: its source's, transliterated), else the default language's,
// as the rendered pages show them.
func (st *site) terms(name, lang string) []choice {
	v := st.vocab[name]
	if v == nil {
		return []choice{}
	}
	l, def := st.cfg.Language(lang), st.cfg.DefaultLanguage
	out := []choice{}
	for _, t := range v.Terms {
		out = append(out, choice{ID: t.ID, Label: cmp.Or(l.Pick(t.Label, def), t.ID), Description: l.Pick(t.Description, def)})
	}
	return out
}

// sources are the documents of the bibliography as choices: a title in
// another language than lang's (sr-Latn reads sr) followed by its English
// one, as the rendered bibliography cites it.
func (st *site) sources(lang string) []choice {
	out := []choice{}
	if st.bib == nil {
		return out
	}
	l := st.cfg.Language(lang)
	reader, _ := language.Make(lang).Base()
	for _, src := range st.bib.Sources {
		// a Serbian source in Latin for sr-Latn, as the site cites it
		label, desc := l.InScript(src.Language, src.Title), l.InScript(src.Language, strings.TrimSpace(src.Organisation+" "+src.Year))
		if doc, _ := language.Make(src.Language).Base(); src.TitleEN != "" && doc != reader {
			label += " (" + src.TitleEN + ")"
		}
		out = append(out, choice{ID: src.ID, Label: label, Description: desc})
	}
	return sorted(out, lang)
}

// sorted orders choices by label as lang sorts words.
func sorted(cs []choice, lang string) []choice {
	col := collate.New(language.Make(lang))
	slices.SortStableFunc(cs, func(a, b choice) int {
		return cmp.Or(col.CompareString(a.Label, b.Label), strings.Compare(a.ID, b.ID))
	})
	if cs == nil {
		return []choice{}
	}
	return cs
}
