package render

import (
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// terms finds the label and description of a term for a language: its own,
// or for a language transliterated from another (sr-Latn from sr) the
// other's in Latin, or the default language's.
type terms struct {
	vocab    taxonomy.Set
	fallback string // the default language
}

func (t terms) text(tax, id string, l *site.Lang, pick func(*taxonomy.Term) map[string]string) string {
	v := t.vocab[tax]
	if v == nil {
		return id
	}
	term := v.Term(id)
	if term == nil {
		return id
	}
	if s := l.Conf.Pick(pick(term), t.fallback); s != "" {
		return s
	}
	return id
}

func (t terms) label(tax, id string, l *site.Lang) string {
	return t.text(tax, id, l, func(x *taxonomy.Term) map[string]string { return x.Label })
}

func (t terms) description(tax, id string, l *site.Lang) string {
	return t.text(tax, id, l, func(x *taxonomy.Term) map[string]string { return x.Description })
}
