package site

import (
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/translit"
)

// deriveTransliterated publishes, for every language configured with
// transliterate_from (sr-Latn from sr), each page of the source language in
// Latin script, unless the language has its own page for it. The derived
// page keeps the source file (errors and links refer to it) and is a
// translation of the source page.
func (s *Site) deriveTransliterated() {
	latin := latinFields(content.Fields(s.Config.Taxonomies))
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
			for _, f := range latin {
				f.SetText(&c, translit.ToLatin(from, c.Text(f.Name)))
			}
			d := &Page{Page: &c, Site: s, Lang: l, ToLatin: from}
			s.add(d)
		}
	}
}

// latinFields are the fields of the table that a page copied into Latin
// has transliterated: those of one line of prose (Text naming nothing).
// Not the ids (translation_key, a partner's, a term's), nor the Choice
// values, dates and addresses; nor the Markdown fields, which render
// transliterates as it renders them, prose only (code and link
// destinations stay as written), as it does the body.
func latinFields(fields []content.Field) []content.Field {
	var out []content.Field
	for _, f := range fields {
		if f.Type == content.Text && f.Ref == "" && f.Name != "translation_key" {
			out = append(out, f)
		}
	}
	return out
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
