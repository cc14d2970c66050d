// Package sources reads the bibliography of a site: content/sources.yaml,
// the documents its pages draw on, each under a readable id that pages
// name in their "sources:" field. The format is documented in README.md
// ("Sources").
package sources

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sitefs"
)

// File is the bibliography, relative to the site root. A site without it
// has no sources, and a page that names one is an error.
const File = "content/sources.yaml"

// Kinds are the kinds of document a source may be, in the order readers
// meet them; each has an interface string "source.kind.<kind>".
var Kinds = []string{"guidelines", "slides", "article", "training-report", "project-report"}

// Source is one document of the bibliography. Every field but ID, Title,
// Kind and Language is optional: it is left empty where the document does
// not say. As JSON (catalogue.json) it has the field names of File.
type Source struct {
	ID           string `json:"-"`
	Title        string `json:"title"`                  // as published, in the document's language and script
	TitleEN      string `json:"title_en,omitempty"`     // an English translation of the title, for readers of other languages
	Author       string `json:"author,omitempty"`       // the person or people who wrote it
	Organisation string `json:"organisation,omitempty"` // the organisation that published it or stands behind it
	PartOf       string `json:"part_of,omitempty"`      // the conference, programme or project it belongs to
	Place        string `json:"place,omitempty"`
	Year         string `json:"year,omitempty"` // "2011" or a span "2010–2012"
	Kind         string `json:"kind"`           // one of Kinds
	Language     string `json:"language"`       // BCP 47 code of the document's language ("sl", "sr")
	URL          string `json:"url,omitempty"`
	Line         int    `json:"-"` // line of the id in File
}

// List is the bibliography in file order.
type List struct {
	File    string
	Sources []*Source
	byID    map[string]*Source
}

type raw struct {
	Title        string `yaml:"title"`
	TitleEN      string `yaml:"title_en"`
	Author       string `yaml:"author"`
	Organisation string `yaml:"organisation"`
	PartOf       string `yaml:"part_of"`
	Place        string `yaml:"place"`
	Year         string `yaml:"year"`
	Kind         string `yaml:"kind"`
	Language     string `yaml:"language"`
	URL          string `yaml:"url"`
}

// fields are the keys of a source in File, as raw names them.
var fields = []string{"title", "title_en", "author", "organisation", "part_of", "place", "year", "kind", "language", "url"}

var (
	idRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	yearRe = regexp.MustCompile(`^\d{4}(–\d{4})?$`)
)

// Load reads root/File; a missing file is an empty bibliography.
func Load(root string) (*List, error) {
	src, err := sitefs.ReadFile(root, File)
	if errors.Is(err, fs.ErrNotExist) {
		return &List{File: File, byID: map[string]*Source{}}, nil
	}
	if err != nil {
		return nil, diag.List{sitefs.Problem(File, err)}
	}
	l, errs := Parse(File, src)
	return l, errs.Err()
}

// Parse reads a bibliography from src, reporting each problem at its line.
func Parse(file string, src []byte) (*List, diag.List) {
	var errs diag.List
	l := &List{File: file, byID: map[string]*Source{}}
	var doc struct {
		Sources yaml.Node `yaml:"sources"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		errs.Merge(diag.YAML(file, 0, err))
		return l, errs
	}
	if doc.Sources.Kind != yaml.MappingNode {
		errs.Addf(file, doc.Sources.Line, `a bibliography is a map "sources:" of source ids, each with a title, a kind and a language`)
		return l, errs
	}
	for i := 0; i+1 < len(doc.Sources.Content); i += 2 {
		k, val := doc.Sources.Content[i], doc.Sources.Content[i+1]
		if val.Kind != yaml.MappingNode {
			errs.Addf(file, k.Line, "source %q: give its fields (%s) one per line below the id", k.Value, strings.Join(fields, ", "))
			continue
		}
		for j := 0; j < len(val.Content); j += 2 {
			if f := val.Content[j]; !has(fields, f.Value) {
				errs.Addf(file, f.Line, "source %q: unknown field %q%s (allowed: %s)", k.Value, f.Value, diag.DidYouMean(f.Value, fields), strings.Join(fields, ", "))
			}
		}
		var r raw
		if err := val.Decode(&r); err != nil {
			errs.Merge(diag.YAML(file, 0, err))
			continue
		}
		s := &Source{ID: k.Value, Title: r.Title, TitleEN: r.TitleEN, Author: r.Author, Organisation: r.Organisation,
			PartOf: r.PartOf, Place: r.Place, Year: r.Year, Kind: r.Kind, Language: r.Language, URL: r.URL, Line: k.Line}
		check(file, s, l.byID[s.ID] != nil, &errs)
		l.Sources = append(l.Sources, s)
		l.byID[s.ID] = s
	}
	return l, errs
}

// check reports what is wrong with one source.
func check(file string, s *Source, twice bool, errs *diag.List) {
	at := func(format string, args ...any) {
		errs.Addf(file, s.Line, "source %q: "+format, append([]any{s.ID}, args...)...)
	}
	if !idRe.MatchString(s.ID) {
		at("use lowercase letters a-z, digits and single hyphens in a source id")
	}
	if twice {
		at("listed twice")
	}
	if s.Title == "" {
		at("needs a title, as the document gives it")
	}
	if !has(Kinds, s.Kind) {
		at("kind %q is not one of %s%s", s.Kind, strings.Join(Kinds, ", "), diag.DidYouMean(s.Kind, Kinds))
	}
	if tag, err := language.Parse(s.Language); s.Language == "" || err != nil || tag.String() != s.Language {
		at("language %q is not a language code such as sl, sr or bg", s.Language)
	}
	if s.Year != "" && !yearRe.MatchString(s.Year) {
		at("year %q: write a year (2011) or a span with an en dash (2010–2012)", s.Year)
	}
	if u, err := url.Parse(s.URL); s.URL != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
		at("url %q is not an http:// or https:// address", s.URL)
	}
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Source returns the source with id, or nil. A nil List holds no source.
func (l *List) Source(id string) *Source {
	if l == nil {
		return nil
	}
	return l.byID[id]
}

// IDs lists the source ids in file order.
func (l *List) IDs() []string {
	if l == nil {
		return nil
	}
	ids := make([]string, len(l.Sources))
	for i, s := range l.Sources {
		ids[i] = s.ID
	}
	return ids
}

// Unknown is the message for a source id that is not in the bibliography.
func (l *List) Unknown(field, id string) string {
	return fmt.Sprintf("%s: unknown source id %q%s (source ids are the keys of %s)", field, id, diag.DidYouMean(id, l.IDs()), File)
}
