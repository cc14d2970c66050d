// Package publish writes what hosting and readers' tools expect beside the
// pages: sitemap.xml with hreflang alternates, robots.txt, .nojekyll for
// GitHub Pages, and an Atom feed of new and updated pages per language.
package publish

import (
	"bytes"
	"encoding/xml"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/site"
)

// Write writes every publishing file of s to w. Its links are
// s.Config.AbsURL: absolute when base_url names a host, else paths.
func Write(s *site.Site, w output.Writer) error {
	files := map[string][]byte{
		".nojekyll":  nil, // GitHub Pages: serve the files as they are
		"robots.txt": robots(s),
	}
	sm, err := sitemap(s)
	if err != nil {
		return err
	}
	files["sitemap.xml"] = sm
	for _, l := range s.Langs {
		f, err := feed(s, l)
		if err != nil {
			return err
		}
		files[l.Prefix+"feed.xml"] = f
	}
	for name, data := range files {
		if err := w.Write(name, data); err != nil {
			return err
		}
	}
	return nil
}

func robots(s *site.Site) []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + s.Config.AbsURL("sitemap.xml") + "\n")
}

// inSitemap are the pages worth a search engine's visit: every page but the
// search page, the print edition, the compare page and the 404 page.
func inSitemap(p *site.Page) bool {
	switch p.Kind {
	case content.Search, content.Print, content.Compare, content.NotFound:
		return false
	}
	return true
}

type urlset struct {
	XMLName xml.Name `xml:"urlset"`
	NS      string   `xml:"xmlns,attr"`
	XHTML   string   `xml:"xmlns:xhtml,attr"`
	URLs    []smURL  `xml:"url"`
}

type smURL struct {
	Loc     string   `xml:"loc"`
	LastMod string   `xml:"lastmod,omitempty"`
	Links   []smLink `xml:"xhtml:link"`
}

type smLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

func sitemap(s *site.Site) ([]byte, error) {
	abs := s.Config.AbsURL
	set := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml"}
	for _, p := range s.Pages {
		if !inSitemap(p) {
			continue
		}
		u := smURL{Loc: abs(p.URL), LastMod: fullDate(p.Date())}
		if len(p.Translations) > 0 {
			for _, v := range append([]*site.Page{p}, p.Translations...) {
				u.Links = append(u.Links, smLink{"alternate", v.Lang.Code, abs(v.URL)})
			}
		}
		set.URLs = append(set.URLs, u)
	}
	return marshal(set)
}

// fullDate keeps a date only when it names a day (sitemaps and feeds want one).
func fullDate(d string) string {
	if len(d) == 10 {
		return d
	}
	return ""
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
