package render

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/site"
)

// Fact is one field of a case as a reader sees it: its label in the
// reader's language and its value.
type Fact struct {
	Name  string
	Label string
	HTML  template.HTML
}

// factFields are the short fields of a case that its facts list shows
// after the ones the layout places by name (lead library, terms, time).
var factFields = []string{"funding", "stage", "contact_organisation", "licence", "last_reviewed", "not_reported"}

// Teaching is the case's teaching sections (need, results ...), with
// headings in the page's language.
func (v *View) Teaching() []Teaching { return v.r.Teaching(v.Page, v.Lang) }

// CaseFacts are the short fields that case p gives, of those its facts list
// shows by this table (factFields), labelled in the page's language.
func (v *View) CaseFacts(p *site.Page) []Fact {
	var out []Fact
	for _, name := range factFields {
		if val := v.fieldHTML(p, name); val != "" {
			out = append(out, Fact{Name: name, Label: v.T("case." + name), HTML: val})
		}
	}
	return out
}

// row is the compare row a case field is shown in: the field's own, or
// the row of the field it goes with ("place" with "country").
func row(field string) string {
	switch field {
	case "year", "start", "end":
		return "time"
	case "place":
		return "country"
	case "precision":
		return "coordinates"
	}
	return field
}

// noRow are the case fields a comparison shows elsewhere (title and
// summary head each column) or not at all.
var noRow = map[string]bool{"title": true, "summary": true, "translation_key": true, "published": true, "updated": true}

// compareRows are the rows of a comparison of cases: one per field of the
// case fields of the table, in its order, fields that go together in one.
func (v *View) compareRows() []string {
	var out []string
	for _, f := range content.FieldsOf(content.Case, v.Site.Config.Taxonomies) {
		if noRow[f.Name] || (len(out) > 0 && out[len(out)-1] == row(f.Name)) {
			continue
		}
		out = append(out, row(f.Name))
	}
	return out
}

// fieldHTML is the value of row name of case p for a reader of the page's
// language, as HTML (escaped text, or rendered Markdown), "" when p does not
// give it.
func (v *View) fieldHTML(p *site.Page, name string) template.HTML {
	text := func(s string) template.HTML { return template.HTML(template.HTMLEscapeString(s)) }
	titles := func(pages []*site.Page) template.HTML {
		var t []string
		for _, q := range pages {
			if q != nil {
				t = append(t, v.TitleOf(q))
			}
		}
		return text(strings.Join(t, ", "))
	}
	switch {
	case name == "time":
		return text(v.Years(p))
	case name == "country":
		return text(strings.Join(nonEmpty(v.TermLabels(p, "country"), p.Place), " · "))
	case name == "library":
		return titles([]*site.Page{p.Refs.Library})
	case name == "partners":
		return titles(p.Refs.Partners)
	case name == "guidelines":
		return titles(p.Refs.Guidelines)
	case name == "sources":
		var t []string
		for _, c := range v.Citations(p.Sources) {
			t = append(t, c.Title)
		}
		return text(strings.Join(t, "; "))
	case name == "coordinates":
		if len(p.Coordinates) != 2 {
			return ""
		}
		s := fmt.Sprintf("%.4f, %.4f", p.Coordinates[0], p.Coordinates[1])
		if p.Precision != "" {
			s += " (" + v.T("case.precision."+p.Precision) + ")"
		}
		return text(s)
	case name == "stage":
		if p.Stage == "" {
			return ""
		}
		return text(v.T("case.stage." + p.Stage))
	case name == "not_reported":
		var t []string
		for _, f := range p.NotReported {
			t = append(t, v.r.teachingLabel(f, v.Lang))
		}
		return text(strings.Join(t, ", "))
	case name == "last_reviewed":
		return text(i18n.Date(v.Lang.Code, p.LastReviewed))
	case len(p.Terms[name]) > 0:
		return text(v.TermLabels(p, name))
	}
	for _, fd := range v.r.fields[p] {
		if fd.name == name {
			return template.HTML(fd.html)
		}
	}
	return text(p.Text(name))
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// CompareCase is one case as the compare page holds it for the script
// that shows cases side by side.
type CompareCase struct {
	Item
	Cells []Fact // the rows the case gives, in the order of CompareRows
}

// CompareRows are the rows of the compare page: every field of a case in
// the order of the field table, labelled in the page's language.
func (v *View) CompareRows() []Fact {
	var out []Fact
	for _, name := range v.compareRows() {
		var label string
		if v.Site.Vocab[name] != nil && !content.IsBuiltinTerm(name) {
			label = v.TaxonomyName(name) // a site's own taxonomy
		} else {
			label = v.T("case." + name)
		}
		out = append(out, Fact{Name: name, Label: label})
	}
	return out
}

// CompareCases are the cases of the page's language (a case not translated
// yet in another language), each with the rows it gives.
func (v *View) CompareCases() []CompareCase {
	v.others = true // their rendered fields
	var out []CompareCase
	rows := v.compareRows()
	for _, p := range v.Lang.Items(content.Case) {
		c := CompareCase{Item: v.Item(p)}
		for _, name := range rows {
			if h := v.fieldHTML(p, name); h != "" {
				c.Cells = append(c.Cells, Fact{Name: name, HTML: h})
			}
		}
		out = append(out, c)
	}
	return out
}
