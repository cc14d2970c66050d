package render

import (
	"html/template"
	"strings"
)

// TrainingID is the heading id that marks the training path in a home
// page's text: "## Using the handbook in staff training {#training}".
const TrainingID = "training"

// Card is an entry point of the home page: a list page, its name and one
// line about it.
type Card struct {
	Label, Line, URL string
	Count            string // how many pages it lists, "" for the catalogue
}

// Cards are the home page's entry points: each section of the language
// (Guidelines, Cases, Partners, Toolbox) and, when the site has one, the
// catalogue, named by the interface strings "section.<dir>" and
// "catalogue.title", with the line "home.<dir>" or "home.catalogue".
func (v *View) Cards() []Card {
	var out []Card
	for _, s := range v.Lang.Sections {
		out = append(out, Card{Label: v.T("section." + s.Dir), Line: v.T("home." + s.Dir),
			URL: v.URL(s.Index), Count: v.N("count."+s.Dir, len(s.Items))})
	}
	if c := v.Lang.Catalogue; c != nil {
		out = append(out, Card{Label: v.T("catalogue.title"), Line: v.T("home.catalogue"), URL: v.URL(c)})
	}
	return out
}

// Training is the part of the page's text under the heading marked
// TrainingID, that heading included, up to the next heading of the same
// level; "" when the text has no such heading.
func (v *View) Training() template.HTML {
	training, _ := v.splitTraining()
	return training
}

// Text is the page's text without the part Training shows.
func (v *View) Text() template.HTML {
	_, rest := v.splitTraining()
	return rest
}

// splitTraining cuts the rendered text at the heading marked TrainingID and
// at the next heading of its level or above: it looks for the opening tags
// the Markdown renderer wrote for those of the page's Headings.
func (v *View) splitTraining() (training, rest template.HTML) {
	body := string(v.Content)
	for i, h := range v.Headings {
		if h.ID != TrainingID {
			continue
		}
		start := strings.Index(body, headingTag(h.Level, h.ID))
		if start < 0 {
			break
		}
		end := len(body)
		for _, next := range v.Headings[i+1:] {
			if next.Level <= h.Level {
				if e := strings.Index(body[start:], headingTag(next.Level, next.ID)); e >= 0 {
					end = start + e
				}
				break
			}
		}
		return template.HTML(body[start:end]), template.HTML(body[:start] + body[end:])
	}
	return "", v.Content
}

// headingTag is how the Markdown renderer opens a heading of level and id.
func headingTag(level int, id string) string {
	return "<h" + string(rune('0'+level)) + ` id="` + template.HTMLEscapeString(id) + `"`
}
