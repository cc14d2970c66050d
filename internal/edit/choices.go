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
	"github.com/skupaj/skupaj/internal/translit"
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

// source is the language lang is transliterated from (sr for sr-Latn),
// "" for a language with pages of its own.
func (st *site) source(lang string) string {
	if l := st.cfg.Language(lang); l != nil {
		return l.TransliterateFrom
	}
	return ""
}

// inLatin is text of language from in lang, transliterated when lang is
// made from it as the site's pages of lang are ("" stays "").
func inLatin(text, from string) string {
	if from == "" || text == "" {
		return ""
	}
	return translit.ToLatin(from, text)
}

// pages are the pages of kind k as choices, each named by its title in
// lang (for a transliterated language: its source's, transliterated),
// else in the default language, else by the first title found.
func (st *site) pagesOf(k content.Kind, lang string) []choice {
	byID := map[string]*content.Page{}
	from := st.source(lang)
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
		c := choice{ID: id, Label: p.Title, Description: p.Summary}
		if from != "" && p.Lang == from {
			c.Label, c.Description = inLatin(p.Title, from), inLatin(p.Summary, from)
		}
		out = append(out, c)
	}
	return sorted(out, lang)
}

// terms are the terms of a vocabulary as choices, in the vocabulary's
// order, with their labels and descriptions in lang (for a transliterated
// language: its source's, transliterated), else English.
func (st *site) terms(name, lang string) []choice {
	v := st.vocab[name]
	if v == nil {
		return []choice{}
	}
	from := st.source(lang)
	out := []choice{}
	for _, t := range v.Terms {
		out = append(out, choice{ID: t.ID, Label: cmp.Or(t.Label[lang], inLatin(t.Label[from], from), t.Label["en"], t.ID),
			Description: cmp.Or(t.Description[lang], inLatin(t.Description[from], from), t.Description["en"])})
	}
	return out
}

// sources are the documents of the bibliography as choices: a title in
// another language than lang followed by its English one.
func (st *site) sources(lang string) []choice {
	out := []choice{}
	if st.bib == nil {
		return out
	}
	from := st.source(lang)
	for _, src := range st.bib.Sources {
		label := src.Title
		switch {
		case from != "" && src.Language == from: // a Serbian source in Latin for sr-Latn, as the site cites it
			label = inLatin(src.Title, from)
		case src.TitleEN != "" && lang != src.Language:
			label += " (" + src.TitleEN + ")"
		}
		out = append(out, choice{ID: src.ID, Label: label, Description: strings.TrimSpace(src.Organisation + " " + src.Year)})
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
