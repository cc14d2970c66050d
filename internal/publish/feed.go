package publish

import (
	"encoding/xml"

	"github.com/skupaj/skupaj/internal/site"
)

// The Atom feed (RFC 4287) of one language: its dated pages, newest first.
type atomFeed struct {
	XMLName xml.Name    `xml:"feed"`
	NS      string      `xml:"xmlns,attr"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomEntry struct {
	ID        string   `xml:"id"`
	Title     string   `xml:"title"`
	Updated   string   `xml:"updated"`
	Published string   `xml:"published,omitempty"`
	Link      atomLink `xml:"link"`
	Summary   string   `xml:"summary,omitempty"`
}

// atomTime is a date at midnight UTC, as Atom needs a time.
func atomTime(d string) string {
	if d = fullDate(d); d == "" {
		return ""
	}
	return d + "T00:00:00Z"
}

func feed(s *site.Site, l *site.Lang) ([]byte, error) {
	abs := s.Config.AbsURL
	f := atomFeed{NS: "http://www.w3.org/2005/Atom", Lang: l.Code, ID: abs(l.News.URL), Title: l.Conf.Title,
		Updated: "1970-01-01T00:00:00Z",
		Links:   []atomLink{{Rel: "self", Href: abs(l.Prefix + "feed.xml"), Type: "application/atom+xml"}, {Rel: "alternate", Href: abs(l.News.URL)}}}
	for _, p := range l.Dated() {
		updated := atomTime(p.Date())
		if updated == "" {
			continue
		}
		if updated > f.Updated {
			f.Updated = updated
		}
		f.Entries = append(f.Entries, atomEntry{ID: abs(p.URL), Title: p.Title, Updated: updated, Published: atomTime(p.Published),
			Link: atomLink{Href: abs(p.URL)}, Summary: p.Summary})
	}
	return marshal(f)
}
