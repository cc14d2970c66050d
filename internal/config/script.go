package config

import (
	"strings"

	"github.com/skupaj/skupaj/internal/translit"
)

// Transliterates reports whether l is the Latin edition of language
// textLang (sr-Latn of sr), the codes compared without regard to case.
func (l *Language) Transliterates(textLang string) bool {
	return l != nil && l.TransliterateFrom != "" && strings.EqualFold(l.TransliterateFrom, textLang)
}

// InScript is text written in language textLang as a reader of l reads it:
// in Latin when l is the Latin edition of textLang (sr text for sr-Latn),
// else as written: the one rule by which the rendered pages and the
// editor's choices show the text of a transliterated language's source.
func (l *Language) InScript(textLang, text string) string {
	if text == "" || !l.Transliterates(textLang) {
		return text
	}
	return translit.ToLatin(l.TransliterateFrom, text)
}

// Pick is the text of texts (keyed by language code) for a reader of l:
// l's own, else that of the language l is transliterated from in Latin,
// else fallback's (the site's default language), else "".
func (l *Language) Pick(texts map[string]string, fallback string) string {
	if l == nil {
		return texts[fallback]
	}
	if s := texts[l.Code]; s != "" {
		return s
	}
	if from := l.TransliterateFrom; from != "" && texts[from] != "" {
		return l.InScript(from, texts[from])
	}
	return texts[fallback]
}
