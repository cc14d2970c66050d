package render

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/skupaj/skupaj/internal/sources"
)

// Citation is one source of the bibliography as a reader of the page's
// language sees it.
type Citation struct {
	ID       string
	By       string // author and organisation
	Title    string // as published
	Lang     string // the document's language, for lang=
	TitleEN  string // the English title, where it helps this reader
	URL      string
	PartOf   string
	Where    string // place and year: "Letnica, 2011"
	Kind     string // the kind of document, in the reader's language
	LangName string // the document's language, named in the reader's
	Anchor   string // the citation on the bibliography page
	Citing   []Item // on the bibliography page: the pages that draw on it
}

// Citations are the sources a page names, in its order.
func (v *View) Citations(ids []string) []Citation {
	var out []Citation
	for _, id := range ids {
		if s := v.Site.Sources.Source(id); s != nil {
			out = append(out, v.citation(s))
		}
	}
	return out
}

// Bibliography is every source of the site, with the pages of the page's
// language that draw on each.
func (v *View) Bibliography() []Citation {
	if v.Site.Sources == nil {
		return nil
	}
	out := make([]Citation, len(v.Site.Sources.Sources))
	for i, s := range v.Site.Sources.Sources {
		out[i] = v.citation(s)
		out[i].Citing = v.Items(v.Lang.Citing(s.ID))
	}
	return out
}

func (v *View) citation(s *sources.Source) Citation {
	reader, doc := language.Make(v.Lang.Code), language.Make(s.Language)
	rb, _ := reader.Base()
	db, _ := doc.Base()
	c := Citation{ID: s.ID, By: join("; ", s.Author, s.Organisation), Title: s.Title, Lang: s.Language, URL: s.URL,
		PartOf: s.PartOf, Where: join(", ", s.Place, s.Year), Kind: v.T("source.kind." + s.Kind),
		LangName: display.Tags(reader).Name(doc)}
	if db.String() != "en" && db != rb {
		c.TitleEN = s.TitleEN
	}
	// A reader of the Latin edition of a language (sr-Latn) reads that
	// language's documents in Latin too, as its pages are.
	if l := v.Lang.Conf; l.Transliterates(s.Language) {
		for _, f := range []*string{&c.By, &c.Title, &c.PartOf, &c.Where} {
			*f = l.InScript(s.Language, *f)
		}
		c.Lang = v.Lang.Code
	}
	if b := v.Lang.Bibliography; b != nil {
		c.Anchor = v.URL(b) + "#source-" + s.ID
	}
	return c
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
