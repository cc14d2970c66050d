package render

import (
	"github.com/skupaj/skupaj/internal/i18n"
)

// Feed is the link to the Atom feed of the page's language.
func (v *View) Feed() string { return v.Rel("feed.xml") }

// DatedItem is a page of "what's new".
type DatedItem struct {
	Date     string
	DateText string
	KindName string
	Item     Item
}

// Dated lists the pages of the page's language with a date, newest first.
func (v *View) Dated() []DatedItem {
	var out []DatedItem
	for _, p := range v.Lang.Dated() {
		out = append(out, DatedItem{Date: p.Date(), DateText: i18n.Date(v.Lang.Code, p.Date()), KindName: v.T("kind." + string(p.Kind)), Item: v.Item(p)})
	}
	return out
}

// NotFoundText is the 404 page in one language.
type NotFoundText struct {
	Code, Prefix, Title, Text, Label, Submit, SearchURL, HomeURL, HomeText string
	Default                                                                bool
}

// NotFoundLanguages is the 404 page's text in every language; the page
// shows the one whose prefix the missing path starts with.
func (v *View) NotFoundLanguages() []NotFoundText {
	var out []NotFoundText
	for _, l := range v.Site.Langs {
		t := func(key string) string { return v.r.strings.T(l.Code, key) }
		out = append(out, NotFoundText{
			Code: l.Code, Prefix: v.Site.Config.URL(l.Prefix), Default: l.Default,
			Title: t("notfound.title"), Text: t("notfound.text"), Label: t("search.label"), Submit: t("search.submit"),
			SearchURL: v.URL(l.Search), HomeURL: v.URL(l.Home), HomeText: t("notfound.home"),
		})
	}
	return out
}
