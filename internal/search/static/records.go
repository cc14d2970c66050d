package static

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"

	"github.com/skupaj/skupaj/internal/search/index"
)

// record is one display record: what a result shows, its summary
// included, before and unless its text is needed.
type record struct {
	URL     string `json:"u"`
	Title   string `json:"t"`
	Kind    string `json:"k"`
	Lang    string `json:"l"`
	Summary string `json:"s"`
	// Headings are the id and heading of each section whose heading its
	// language repeats (RepeatedHeading), so that a result whose query
	// words are in one lists that section without fetching its text.
	Headings [][2]string `json:"h,omitempty"`
}

// Record is a document's display record.
type Record = record

// Record views (docs/search-format.md, records): which documents a
// language's records files hold.
const (
	viewShown = "shown" // those its lists show: its own and the fallback pages (a small site)
	viewOwn   = "own"   // those written in it (a large site)
)

// records writes the display records and the text of each document. A
// language's records are its view, in files of m.RecordsPer (recordFiles):
// on a small site the documents its lists show (its own, then the
// fallback pages of each other language, so that its search reads its
// own language's file alone unless a result is a fallback page), on a
// large one those written in it (each record once).
func (e *exporter) records(docs []*index.Doc, m *Manifest) error {
	var err error
	if m.Texts, err = e.texts(docs); err != nil {
		return err
	}
	m.TextsPer = TextsPerHash
	m.RecordViews, m.RecordsPer = viewOwn, RecordsPerFile
	if smallSite(len(docs)) {
		m.RecordViews, m.RecordsPer = viewShown, SmallRecordsPerFile
	}
	views := map[string][]int{}
	for i, d := range docs {
		for _, l := range viewsOf(d, m.RecordViews) {
			views[l] = append(views[l], i)
		}
	}
	langs := make([]string, 0, len(views))
	for l := range views {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	m.Records = map[string][]string{}
	repeated := repeatedHeadings(docs)
	var r jsonWriter
	langOf := func(doc int) string { return docs[doc].Lang }
	for _, l := range langs {
		for _, file := range recordFiles(views[l], langOf, l, m.RecordsPer) {
			r.reset()
			r.list(len(file), func(j int) {
				d := docs[file[j]]
				r.record(record{URL: d.URL, Title: d.Title, Kind: d.Kind, Lang: d.Lang, Summary: recordSummary(d), Headings: recordHeadings(d, repeated[d.Lang])})
			})
			f, err := e.writeBytes(fmt.Sprintf("r/%s-%d", safeName(l), len(m.Records[l])), r.b)
			if err != nil {
				return err
			}
			m.Records[l] = append(m.Records[l], f)
		}
	}
	return nil
}

// recordFiles splits the documents of lang's records view, view (in
// document order), into its records files: grouped by the language each
// is written in (langOf), lang's own first, then those of each other
// language by name, each group in document order and in files of up to
// per documents, a group starting a file of its own. A reader's results
// are her own language's pages but for a few (at equal relevance hers
// come first): on the bundled handbook the Croatian search's 45 English
// fallback pages cost 3.4 KB gzipped of a records file that its first
// searches read whole. A view of one language's documents (a large
// site's, "own") is files of per in document order.
func recordFiles(view []int, langOf func(doc int) string, lang string, per int) [][]int {
	groups := map[string][]int{}
	for _, d := range view {
		groups[langOf(d)] = append(groups[langOf(d)], d)
	}
	names := make([]string, 0, len(groups))
	for l := range groups {
		if l != lang {
			names = append(names, l)
		}
	}
	sort.Strings(names)
	if _, ok := groups[lang]; ok {
		names = append([]string{lang}, names...)
	}
	var out [][]int
	for _, l := range names {
		g := groups[l]
		for start := 0; start < len(g); start += per {
			out = append(out, g[start:min(start+per, len(g))])
		}
	}
	return out
}

// recordSummary is the summary d's record holds: a term page's
// description is in its text instead (textSections), as the title of a
// vocabulary term says what the page is and its descriptions were a
// fifth of a records file's bytes (1.3–1.5 KB gzipped of a first
// search); a result fetches it when a query word is not in the title.
func recordSummary(d *index.Doc) string {
	if d.Kind == "term" {
		return ""
	}
	return d.Summary
}

// RepeatedHeading is how many documents of a language a heading heads
// sections of, at least, for their records to hold it: the headings of a
// template ("For discussion in training", "Who took part"), which a
// first search for one of their words finds on every page made from it.
// Records hold them, not the others: repeated, they cost a records file
// 0.3–0.6 KB gzipped, where every heading cost 3–4 KB. (At 4 documents,
// the "Role in the cases" of the three Slovenian partners was left out
// and a search for "primer" fetched their texts; at 2, +0.1 KB more.)
const RepeatedHeading = 3

// repeatedHeadings returns, per language, the headings of the sections of
// at least RepeatedHeading of its documents.
func repeatedHeadings(docs []*index.Doc) map[string]map[string]bool {
	count := map[[2]string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, sec := range textSections(d) {
			if sec.ID != "" && sec.Heading != "" && !seen[sec.Heading] {
				seen[sec.Heading] = true
				count[[2]string{d.Lang, sec.Heading}]++
			}
		}
	}
	out := map[string]map[string]bool{}
	for k, n := range count {
		if n >= RepeatedHeading {
			if out[k[0]] == nil {
				out[k[0]] = map[string]bool{}
			}
			out[k[0]][k[1]] = true
		}
	}
	return out
}

// recordHeadings are the id and heading of each of d's sections whose
// heading is one of repeated (its language's repeated headings).
func recordHeadings(d *index.Doc, repeated map[string]bool) [][2]string {
	var out [][2]string
	for _, sec := range textSections(d) {
		if sec.ID != "" && repeated[sec.Heading] {
			out = append(out, [2]string{sec.ID, sec.Heading})
		}
	}
	return out
}

// textSections are the sections of d's text file: its sections, or a
// term page's description as its one section.
func textSections(d *index.Doc) []index.Section {
	if d.Kind == "term" && len(d.Sections) == 0 && d.Summary != "" {
		return []index.Section{{Text: d.Summary}}
	}
	return d.Sections
}

// viewsOf is the languages whose records views hold d.
func viewsOf(d *index.Doc, views string) []string {
	if views == viewOwn {
		return []string{d.Lang}
	}
	return showing(d)
}

// texts writes each document's text file, x/<doc>.<hash>.json, its
// sections (on a small site also each section's, x/<doc>-<i>.<hash>.json),
// and returns the hash of each group of TextsPerHash documents:
// the first 8 hex digits of the SHA-256 of the group's files, each
// followed by a newline (which JSON has not outside strings). A group's
// files are renamed when any of them changes, and a record needs no hash
// of its own.
func (e *exporter) texts(docs []*index.Doc) ([]string, error) {
	small := smallSite(len(docs))
	var hashes []string
	var x jsonWriter
	for start := 0; start < len(docs); start += TextsPerHash {
		group := docs[start:min(start+TextsPerHash, len(docs))]
		files := make([][]byte, len(group))
		h := sha256.New()
		for i, d := range group {
			// {"x": [[id, heading, text], ...]}
			x.reset()
			x.raw(`{"x":`)
			sections := textSections(d)
			x.list(len(sections), func(j int) { x.section(sections[j]) })
			x.raw("}")
			files[i] = x.b
			h.Write(x.b)
			h.Write([]byte("\n"))
		}
		hash := hex.EncodeToString(h.Sum(nil)[:4])
		for i, data := range files {
			if err := e.writeAs(fmt.Sprintf("x/%d.%s.json", start+i, hash), data); err != nil {
				return nil, err
			}
			if !small {
				continue
			}
			// A small site's chunks tell the section that holds
			// a term best (chunk x): each section is a file of its own too.
			for j, s := range textSections(group[i]) {
				x.reset()
				x.section(s)
				if err := e.writeAs(fmt.Sprintf("x/%d-%d.%s.json", start+i, j, hash), x.b); err != nil {
					return nil, err
				}
			}
		}
		hashes = append(hashes, hash)
	}
	return hashes, nil
}

// record writes rec as encoding/json would.
func (w *jsonWriter) record(rec record) {
	for _, f := range []struct{ key, value string }{
		{`{"u":`, rec.URL}, {`,"t":`, rec.Title}, {`,"k":`, rec.Kind}, {`,"l":`, rec.Lang}, {`,"s":`, rec.Summary},
	} {
		w.raw(f.key)
		w.str(f.value)
	}
	if len(rec.Headings) > 0 {
		w.raw(`,"h":[`)
		for i, h := range rec.Headings {
			if i > 0 {
				w.raw(",")
			}
			w.raw("[")
			w.str(h[0])
			w.raw(",")
			w.str(h[1])
			w.raw("]")
		}
		w.raw("]")
	}
	w.raw("}")
}

// Records returns the display records of the first n hits, in order (of
// all of them when n < 0): what skupaj search lists and the tests compare.
func (s *Static) Records(hits []Result, n int) ([]*Record, error) {
	if n < 0 || n > len(hits) {
		n = len(hits)
	}
	out := make([]*Record, n)
	for i, h := range hits[:n] {
		rec, err := s.Record(h.Doc)
		if err != nil {
			return nil, err
		}
		out[i] = rec
	}
	return out, nil
}

// Record returns the display record of document doc, from the view of
// the language it is written in (every view holds the same record); in a
// view's index, whose manifest names its language's records only, from
// that language's.
func (s *Static) Record(doc int) (*Record, error) {
	if doc < 0 || doc >= s.Manifest.Docs {
		return nil, fmt.Errorf("no document %d", doc)
	}
	langs, err := s.Values("lang", doc)
	if err != nil {
		return nil, err
	}
	if len(langs) == 0 {
		return nil, fmt.Errorf("document %d is not in the view of %s", doc, s.Manifest.View)
	}
	lang := langs[0]
	if s.Manifest.View != "" {
		lang = s.Manifest.View
	}
	places, err := s.recordPlaces(lang)
	if err != nil {
		return nil, err
	}
	at, ok := places[doc]
	files := s.Manifest.Records[lang]
	if !ok || at[0] >= len(files) {
		return nil, fmt.Errorf("document %d is in no records file of %s", doc, lang)
	}
	var recs []record
	if err := s.read(files[at[0]], &recs); err != nil {
		return nil, err
	}
	if at[1] >= len(recs) {
		return nil, fmt.Errorf("document %d is past the end of %s", doc, files[at[0]])
	}
	return &recs[at[1]], nil
}

// recordPlaces returns where lang's records view holds each of its
// documents (recordFiles): the index of its records file and its place
// there. The view is the documents whose lang facet lists lang
// (recordViews "shown"), or has it first ("own").
func (s *Static) recordPlaces(lang string) (map[int][2]int, error) {
	if v, ok := s.views[lang]; ok {
		return v, nil
	}
	var view []int
	own := map[int]string{}
	for doc := range s.Manifest.Docs {
		langs, err := s.Values("lang", doc)
		if err != nil {
			return nil, err
		}
		if len(langs) > 0 && (s.Manifest.RecordViews == viewOwn && langs[0] == lang || s.Manifest.RecordViews != viewOwn && slices.Contains(langs, lang)) {
			view = append(view, doc)
			own[doc] = langs[0]
		}
	}
	if s.Manifest.RecordsPer <= 0 {
		return nil, fmt.Errorf("search manifest: recordsPer %d", s.Manifest.RecordsPer)
	}
	out := map[int][2]int{}
	for f, file := range recordFiles(view, func(doc int) string { return own[doc] }, lang, s.Manifest.RecordsPer) {
		for i, doc := range file {
			out[doc] = [2]int{f, i}
		}
	}
	if s.views == nil {
		s.views = map[string]map[int][2]int{}
	}
	s.views[lang] = out
	return out, nil
}

// Text is a document's text for excerpts (docs/search-format.md, x/).
type Text struct {
	Sections [][3]string `json:"x"` // heading id, heading and text of each
}

// Text returns the section texts of document doc.
func (s *Static) Text(doc int) (*Text, error) {
	g := doc / max(s.Manifest.TextsPer, 1)
	if doc < 0 || doc >= s.Manifest.Docs || g >= len(s.Manifest.Texts) {
		return nil, fmt.Errorf("no document %d", doc)
	}
	var out Text
	if err := s.read(fmt.Sprintf("x/%d.%s.json", doc, s.Manifest.Texts[g]), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Section returns section i of document doc's text (a small site's
// x/<doc>-<i>.<hash>.json): what a result whose chunk postings name that
// section reads for its excerpt.
func (s *Static) Section(doc, i int) ([3]string, error) {
	var out [3]string
	g := doc / max(s.Manifest.TextsPer, 1)
	if doc < 0 || doc >= s.Manifest.Docs || g >= len(s.Manifest.Texts) {
		return out, fmt.Errorf("no document %d", doc)
	}
	err := s.read(fmt.Sprintf("x/%d-%d.%s.json", doc, i, s.Manifest.Texts[g]), &out)
	return out, err
}
