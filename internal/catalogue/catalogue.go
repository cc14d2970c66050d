// Package catalogue exports every case and partner of the site, in every
// language, as one JSON file (public/catalogue.json) that other library
// systems can reuse, and its cases as a spreadsheet (public/catalogue.csv).
// Both formats are documented in docs/catalogue.md.
package catalogue

import (
	"encoding/json"
	"sort"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sources"
)

// File is where the export is written in the output.
const File = "catalogue.json"

// Version of the format; it changes only when a field changes meaning or
// goes away.
const Version = 1

// Catalogue is the whole export.
type Catalogue struct {
	Version    int                            `json:"version"`
	Languages  []string                       `json:"languages"`
	Taxonomies map[string]map[string]TermInfo `json:"taxonomies"`
	Entries    []Entry                        `json:"entries"`
	// Sources are the documents entries name in their "sources", by id.
	Sources map[string]*sources.Source `json:"sources"`

	order []string // the site's taxonomies in the order site.yaml declares them
}

// TermInfo is a vocabulary term's labels, by language.
type TermInfo struct {
	Label map[string]string `json:"label"`
}

// Entry is one case or partner page in one language.
type Entry struct {
	ID           string              `json:"id"`
	Kind         string              `json:"kind"` // "case" or "partner"
	Lang         string              `json:"lang"`
	URL          string              `json:"url"`
	Title        string              `json:"title"`
	Summary      string              `json:"summary"`
	Terms        map[string][]string `json:"terms"`
	Place        string              `json:"place,omitempty"`
	Library      string              `json:"library,omitempty"`      // case: the lead library's partner id
	Partners     []string            `json:"partners,omitempty"`     // case: partner ids
	Year         int                 `json:"year,omitempty"`         // case
	Start        string              `json:"start,omitempty"`        // case
	End          string              `json:"end,omitempty"`          // case
	Programme    string              `json:"programme,omitempty"`    // case
	Sources      []string            `json:"sources,omitempty"`      // case: source ids (see Catalogue.Sources)
	Guidelines   []string            `json:"guidelines,omitempty"`   // case: chapter ids
	Website      string              `json:"website,omitempty"`      // partner
	Cases        []string            `json:"cases,omitempty"`        // partner: ids of the cases it takes part in
	Translations map[string]string   `json:"translations,omitempty"` // language → URL of the same page

	// What a case teaches, in Markdown as written.
	Need            string `json:"need,omitempty"`
	Activities      string `json:"activities,omitempty"`
	Results         string `json:"results,omitempty"`
	Lessons         string `json:"lessons,omitempty"`
	Transferability string `json:"transferability,omitempty"`

	// About a case, as written: stage is planned, running or finished,
	// last_reviewed a date YYYY-MM-DD.
	Funding             string `json:"funding,omitempty"`
	Stage               string `json:"stage,omitempty"`
	ContactOrganisation string `json:"contact_organisation,omitempty"`
	Licence             string `json:"licence,omitempty"`
	LastReviewed        string `json:"last_reviewed,omitempty"`
	// The teaching fields (need … transferability) that the case's
	// sources say nothing of: empty there because unknown, not forgotten.
	NotReported []string `json:"not_reported,omitempty"`

	// Where a case took place, for its pin on a map: [latitude, longitude]
	// and how exact they are (exact, town, region or country).
	Coordinates []float64 `json:"coordinates,omitempty"`
	Precision   string    `json:"precision,omitempty"`

	page *content.Page // what the entry was made from
}

// New makes the export of s; its URLs are s.Config.AbsURL.
func New(s *site.Site) *Catalogue {
	absURL := func(p *site.Page) string { return s.Config.AbsURL(p.URL) }
	c := &Catalogue{Version: Version, Taxonomies: map[string]map[string]TermInfo{}, Entries: []Entry{}, Sources: map[string]*sources.Source{},
		order: s.Config.Taxonomies}
	if s.Sources != nil {
		for _, src := range s.Sources.Sources {
			c.Sources[src.ID] = src
		}
	}
	for _, l := range s.Langs {
		c.Languages = append(c.Languages, l.Code)
	}
	for name, v := range s.Vocab {
		terms := map[string]TermInfo{}
		for _, t := range v.Terms {
			terms[t.ID] = TermInfo{Label: t.Label}
		}
		c.Taxonomies[name] = terms
	}
	for _, p := range s.Pages {
		if p.Kind != content.Case && p.Kind != content.Partner {
			continue
		}
		e := Entry{ID: p.ID, Kind: string(p.Kind), Lang: p.Lang.Code, URL: absURL(p), Title: p.Title,
			Summary: p.Summary, Terms: map[string][]string{}, Place: p.Place, page: p.Page}
		for _, tax := range s.Config.Taxonomies {
			if len(p.Terms[tax]) > 0 {
				e.Terms[tax] = p.Terms[tax]
			}
		}
		if p.Kind == content.Case {
			e.Library, e.Partners, e.Year, e.Start, e.End = p.Library, p.Partners, p.Year, p.Start, p.End
			e.Programme, e.Sources, e.Guidelines = p.Programme, p.Sources, p.Guidelines
			e.Need, e.Activities, e.Results, e.Lessons, e.Transferability = p.Need, p.Activities, p.Results, p.Lessons, p.Transferability
			e.Funding, e.Stage, e.ContactOrganisation, e.Licence, e.LastReviewed = p.Funding, p.Stage, p.ContactOrganisation, p.Licence, p.LastReviewed
			e.NotReported, e.Coordinates, e.Precision = p.NotReported, p.Coordinates, p.Precision
		} else {
			e.Website = p.Website
			for _, c := range p.Refs.PartnerIn {
				e.Cases = append(e.Cases, c.ID)
			}
		}
		for _, t := range p.Translations {
			if e.Translations == nil {
				e.Translations = map[string]string{}
			}
			e.Translations[t.Lang.Code] = absURL(t)
		}
		c.Entries = append(c.Entries, e)
	}
	order := map[string]int{}
	for i, l := range c.Languages {
		order[l] = i
	}
	sort.SliceStable(c.Entries, func(i, j int) bool {
		a, b := c.Entries[i], c.Entries[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return order[a.Lang] < order[b.Lang]
	})
	return c
}

// JSON is catalogue.json.
func (c *Catalogue) JSON() ([]byte, error) {
	out, err := json.MarshalIndent(c, "", " ")
	return append(out, '\n'), err
}
