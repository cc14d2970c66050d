package content

// Text is the value of a field of p that holds one string (Text, Markdown,
// Date, URL, Choice and single-term fields without a vocabulary), as
// written, or "" when p does not give it or the field holds something else.
// It reads what the field table's setters write (a test holds them together).
func (p *Page) Text(field string) string {
	switch field {
	case "title":
		return p.Title
	case "translation_key":
		return p.TranslationKey
	case "summary":
		return p.Summary
	case "library":
		return p.Library
	case "place":
		return p.Place
	case "start":
		return p.Start
	case "end":
		return p.End
	case "programme":
		return p.Programme
	case "website":
		return p.Website
	case "need":
		return p.Need
	case "activities":
		return p.Activities
	case "results":
		return p.Results
	case "lessons":
		return p.Lessons
	case "transferability":
		return p.Transferability
	case "funding":
		return p.Funding
	case "stage":
		return p.Stage
	case "contact_organisation":
		return p.ContactOrganisation
	case "licence":
		return p.Licence
	case "last_reviewed":
		return p.LastReviewed
	case "precision":
		return p.Precision
	case "published":
		return p.Published
	case "updated":
		return p.Updated
	}
	return ""
}
