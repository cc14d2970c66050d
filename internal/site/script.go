package site

import (
	"strings"

	"github.com/skupaj/skupaj/internal/translit"
)

// deriveTransliterated publishes, for every language configured with
// transliterate_from (sr-Latn from sr), each page of the source language in
// Latin script, unless the language has its own page for it. The derived
// page keeps the source file (errors and links refer to it) and is a
// translation of the source page.
func (s *Site) deriveTransliterated() {
	for _, l := range s.Langs {
		from := l.Conf.TransliterateFrom
		if from == "" {
			continue
		}
		src := s.lang(from)
		own := map[string]bool{}
		for _, p := range l.Pages {
			own[p.group] = true
		}
		for _, p := range append([]*Page(nil), src.Pages...) {
			if own[p.group] || p.Generated {
				continue
			}
			c := *p.Page // a copy: the source page stays as it is
			c.Lang = l.Code
			for _, f := range []*string{&c.Title, &c.Summary, &c.Place, &c.Programme, &c.Funding, &c.ContactOrganisation, &c.Licence} {
				*f = translit.ToLatin(from, *f)
			}
			d := &Page{Page: &c, Site: s, Lang: l, ToLatin: from}
			s.add(d)
		}
	}
}

// lang returns the language with code, or nil.
func (s *Site) lang(code string) *Lang {
	for _, l := range s.Langs {
		if strings.EqualFold(l.Code, code) {
			return l
		}
	}
	return nil
}

// Siblings reports whether two languages are one language in two scripts.
func Siblings(a, b *Lang) bool {
	return strings.EqualFold(a.Conf.TransliterateFrom, b.Code) || strings.EqualFold(b.Conf.TransliterateFrom, a.Code)
}
