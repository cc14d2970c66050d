package static

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/translit"
)

// Export sizes (docs/search-format.md).
const (
	FirstPage           = 16    // postings pairs inline in a chunk for a frequent term
	InlineAll           = 64    // a term with at most this many postings has them all inline
	SmallSite           = 2000  // documents up to which a site gets fewer, larger files (see smallSite)
	PageSize            = 512   // postings pairs per further page
	RecordsPerFile      = 32    // display records per file at most
	SmallRecordsPerFile = 128   // the same on a small site
	TextsPerHash        = 128   // documents whose text files share the hash in their names
	ChunkTarget         = 16000 // bytes above which a chunk is split by one more character
	SmallViewTarget     = 4000  // the same for a language's view on a small site (views: why 4,000)
	MaxPrefix           = 4     // characters of the longest chunk prefix
)

// FormatVersion is the manifest's version of the format of
// docs/search-format.md. 2: chunks and postings pages shared by several
// prefixes and terms ("more" names "<file>#<n>"). 3: the lang facet lists,
// for each document, the languages whose lists show it. 4: the manifest
// holds the analysis tables, and on a small site the filters; a small
// site's chunks hold all of every term's postings. 5: records hold the
// summary and come in views per language, text files are named by the
// hash of their group, and the filters hold no labels. 6: records hold
// the headings their language repeats, and postings (in chunks and
// postings pages) write each score after the first as its difference
// from the one before. 7: each language's view has its own chunks and
// manifest (manifest-<lang>.json), a small site's manifests name the
// chunk files (prefixes), and only where each chunk file starts is named.
// 8: a small site's chunks name a sections file (x) that tells, for each
// posting of a term's first page, the section of its document that holds
// the term best, and each section of a document's text is a file of its
// own too. 9: a view's manifest holds the filters of its documents only,
// each value's documents as differences, and its language's records
// files only. 10: a view's records files group its documents by the
// language they are written in, its own language's first (recordFiles),
// and a small site's chunk files are named by their number and one hash
// (chunks, which replaced prefixes). 11: a small site's chunk holds its
// sections (x) itself, no longer a file of its own.
const FormatVersion = 11

// Dir is where the static index goes in the output.
const Dir = "search/"

// Manifest is search/manifest.json.
type Manifest struct {
	Version     int                 `json:"version"`
	View        string              `json:"view"` // the language of the view whose dictionary this manifest names, "" for the whole index
	Docs        int                 `json:"docs"`
	Languages   []string            `json:"languages"`
	Schemes     []string            `json:"schemes"`
	Analysis    any                 `json:"analysis"`         // translit.Tables()
	Filters     json.RawMessage     `json:"filters"`          // the filters (a view's: of its documents, viewFilters), or on a large site the name of their file
	Letters     map[string]string   `json:"letters"`          // large site: first character of a key → its prefix file
	Chunks      *ChunkNames         `json:"chunks,omitempty"` // small site: the chunk files and where each starts
	Records     map[string][]string `json:"records"`          // language → the records files of its view
	RecordViews string              `json:"recordViews"`      // "shown" or "own": which documents a language's view holds
	RecordsPer  int                 `json:"recordsPer"`       // records per file
	Texts       []string            `json:"texts"`            // the hash of each group of TextsPer documents' text files
	TextsPer    int                 `json:"textsPer"`
}

// Stats tell what an export wrote.
type Stats struct {
	Terms, Keys, Chunks, Files, Bytes int
	// Views holds each language's view manifest (ViewManifest) as
	// written, by language: its search page carries a copy, so that a
	// first search fetches no manifest (docs/search-format.md, "First
	// search").
	Views map[string]json.RawMessage
}

// exporter writes files named by their content hash. It is safe for
// concurrent use.
type exporter struct {
	w     output.Writer
	mu    sync.Mutex
	stats Stats
	// sections, on a small site, tell which section of a document holds
	// each of its terms best (chunk "x"); nil on a large site.
	sections bestSections
}

func (e *exporter) write(name string, v any) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return e.writeBytes(name, data)
}

func (e *exporter) writeBytes(name string, data []byte) (string, error) {
	sum := sha256.Sum256(data)
	file := name + "." + hex.EncodeToString(sum[:4]) + ".json"
	return file, e.writeAs(file, data)
}

// writeAs writes data to name, which names its content by a hash already.
func (e *exporter) writeAs(name string, data []byte) error {
	e.mu.Lock()
	e.stats.Files++
	e.stats.Bytes += len(data)
	e.mu.Unlock()
	return e.w.Write(Dir+name, data)
}

// Export analyses docs, written in langs, as Bleve would index them
// (package index), and exports from the analysis the static index to w,
// below search/. The display records are written while the documents are
// analysed.
func Export(langs []string, docs []*index.Doc, facets []Facet, w output.Writer) (*Stats, error) {
	e := &exporter{w: w}
	m := Manifest{Version: FormatVersion, Docs: len(docs), Languages: langs, Schemes: []string{"sr", "mk", "bg", "generic"},
		Analysis: translit.Tables()}
	ix, err := index.New(langs, docs)
	if err != nil {
		return nil, err
	}
	filt := filters(docs, facets)
	recordsDone := make(chan error, 1)
	go func() {
		var err error
		if m.Filters, err = e.filters(filt, len(docs)); err == nil {
			err = e.records(docs, &m)
		}
		recordsDone <- err
	}()
	raw, words := newRawPostings(langs, len(docs)), newSurfaceWords(len(langs))
	ix.Analyse(func(a *index.Analysed) {
		raw.add(a)
		words.add(a)
	})
	raw.setTerms(ix)
	views, err := e.dictionary(ix, raw, words, &m)
	if rerr := <-recordsDone; err == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	// Each view's manifest is the whole index's with the view's chunks,
	// filters and records (viewManifest); on a site with no views
	// (hasViews), the whole index's as it is.
	e.stats.Views = map[string]json.RawMessage{}
	for _, lang := range langs {
		v := m
		if views != nil {
			if v, err = viewManifest(m, views[lang], filt, inView(docs, lang), lang); err != nil {
				return nil, err
			}
		}
		data, err := e.manifest(ViewManifest(lang), v)
		if err != nil {
			return nil, err
		}
		e.stats.Views[lang] = data
	}
	_, err = e.manifest("manifest.json", m)
	return &e.stats, err
}

// manifest writes a manifest, with no hash in its name (it is fetched
// fresh), and returns its bytes.
func (e *exporter) manifest(name string, m Manifest) ([]byte, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	return data, e.writeAs(name, data)
}

// smallSite tells whether a site of docs documents gets the layout of a
// small site: its filters in the manifest, more postings in its chunks
// (inlineAll) and more records per file, so that a first search fetches
// fewer files. A large site keeps
// them apart, as the manifest is fetched fresh and the filters grow with
// the documents.
func smallSite(docs int) bool { return docs <= SmallSite }

// inlineAll is how many documents a term may be in and have all its
// postings in its chunk: InlineAll, and on a small site also an eighth of
// the documents, so that its few frequent terms (82 documents at most on
// the bundled handbook's 761) need no further postings file.
func inlineAll(docs int) int {
	if smallSite(docs) {
		return max(InlineAll, docs/8)
	}
	return InlineAll
}

// filters returns the manifest's filters field for a site of docs
// documents: the filters themselves on a small site, else the name of
// the file they are written to.
func (e *exporter) filters(fs filterSet, docs int) (json.RawMessage, error) {
	data, err := json.Marshal(fs)
	if err != nil || smallSite(docs) {
		return data, err
	}
	file, err := e.writeBytes("filters", data)
	if err != nil {
		return nil, err
	}
	return json.Marshal(file)
}

// dictionary writes the chunks of keys, terms and postings and the
// prefix files, from the analysis, of the whole index (found through m)
// and of each language's view (the manifests returned, by language, hold
// only how to find its chunks).
func (e *exporter) dictionary(ix *index.Index, raw *rawPostings, words *surfaceWords, m *Manifest) (map[string]*Manifest, error) {
	wkeys := wordKeys(ix)
	surf := words.forms(wkeys)
	*words = surfaceWords{} // let go: surf has what the dictionary needs
	raw.addStops(surf.stops)
	table := raw.score()
	keys := surfaceKeys(ix, table, wkeys)
	exactDocs(keys, surf.docs, table)
	if smallSite(len(ix.Docs())) {
		e.sections = findSections(ix)
	}
	chunkFiles, hash, err := e.chunks("c/", ChunkTarget, table, keys, ix.Langs(), smallSite(len(ix.Docs())))
	if err != nil {
		return nil, err
	}
	if err := e.find("c/", chunkFiles, hash, m); err != nil {
		return nil, err
	}
	views, err := e.views(ix.Docs(), ix.Langs(), table, keys, surf.docs)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	e.stats.Terms = len(table.names)
	for _, g := range keys {
		for _, k := range g.keys {
			if len(k.terms) > 0 {
				e.stats.Keys++
			}
		}
	}
	e.mu.Unlock()
	return views, nil
}

// Facet is a taxonomy that search filters by, besides kind and language:
// its name, which is the key of its terms in index.Doc.Facets. The labels
// of its terms are the search page's (in its language), not the index's.
type Facet struct {
	Name string
}

// facet is one filter's data.
type facet struct {
	Values []string `json:"values"`
	Docs   []any    `json:"docs"`
}

// filterSet is the filters file: the facets' names in the order the
// search page shows them, and every facet's values and each document's.
type filterSet struct {
	Names  []string          `json:"names"`
	Facets map[string]*facet `json:"facets"`
}

// filters is the filters of docs.
func filters(docs []*index.Doc, taxonomies []Facet) filterSet {
	facets := map[string]*facet{}
	names := []string{"kind", "lang"}
	single := func(name string, value func(*index.Doc) string) {
		f := &facet{Values: []string{}}
		pos := map[string]int{}
		for _, d := range docs {
			v := value(d)
			i, ok := pos[v]
			if !ok {
				i = len(f.Values)
				pos[v] = i
				f.Values = append(f.Values, v)
			}
			f.Docs = append(f.Docs, i)
		}
		facets[name] = f
	}
	single("kind", func(d *index.Doc) string { return d.Kind })
	facets["lang"] = shownFacet(docs)
	for _, tax := range taxonomies {
		name := tax.Name
		names = append(names, name)
		f := &facet{Values: []string{}}
		set := map[string]bool{}
		for _, d := range docs {
			for _, v := range d.Facets[name] {
				set[v] = true
			}
		}
		for v := range set {
			f.Values = append(f.Values, v)
		}
		sort.Strings(f.Values)
		pos := map[string]int{}
		for i, v := range f.Values {
			pos[v] = i
		}
		for _, d := range docs {
			list := []int{}
			for _, v := range d.Facets[name] {
				list = append(list, pos[v])
			}
			f.Docs = append(f.Docs, list)
		}
		facets[name] = f
	}
	return filterSet{Names: names, Facets: facets}
}

// shownFacet is the lang facet: for each document the languages whose
// search covers it (showing), its own first, so that a language's filter
// keeps what that language's lists show. Values are in order of first
// appearance.
func shownFacet(docs []*index.Doc) *facet {
	f := &facet{Values: []string{}}
	pos := map[string]int{}
	for _, d := range docs {
		list := []int{}
		for _, l := range showing(d) {
			i, ok := pos[l]
			if !ok {
				i = len(f.Values)
				pos[l] = i
				f.Values = append(f.Values, l)
			}
			list = append(list, i)
		}
		f.Docs = append(f.Docs, list)
	}
	return f
}

// ChunkNames is how a small site's manifest names its chunk files
// (docs/search-format.md, "chunks"): file i is <Dir><i>.<Hash>.json
// (oneHashNames) and holds the starts Starts[i], separated by spaces.
type ChunkNames struct {
	Dir    string   `json:"dir"`
	Hash   string   `json:"hash"`
	Starts []string `json:"starts"`
}

// files returns where each chunk file starts → that file.
func (c *ChunkNames) files() map[string]string {
	out := map[string]string{}
	for i, starts := range c.Starts {
		for _, p := range strings.Fields(starts) {
			out[p] = fmt.Sprintf("%s%d.%s.json", c.Dir, i, c.Hash)
		}
	}
	return out
}

// find sets how manifest m finds the chunk files below dir, files (of
// one hash on a small site, oneHashNames): on a
// small site its chunks name them all (a view of the bundled handbook
// has 35 to 55 files and 55 to 82 starts, 0.18–0.25 KB gzipped, and its
// first search has no prefix file to fetch), else its letters name the
// prefix files.
func (e *exporter) find(dir string, files []chunkFile, hash string, m *Manifest) error {
	m.Letters, m.Chunks = map[string]string{}, nil
	if smallSite(m.Docs) {
		m.Chunks = &ChunkNames{Dir: dir, Hash: hash, Starts: []string{}}
		for _, f := range files {
			m.Chunks.Starts = append(m.Chunks.Starts, strings.Join(f.starts, " "))
		}
		return nil
	}
	starts := map[string]string{}
	for _, f := range files {
		for _, p := range f.starts {
			starts[p] = f.file
		}
	}
	var err error
	m.Letters, err = e.letters(dir, starts)
	return err
}

// letters groups the chunk prefixes by their first character and writes one
// prefix file per character (prefix → chunk file), so that the manifest
// stays small however many chunks a large site has.
func (e *exporter) letters(dir string, chunkFiles map[string]string) (map[string]string, error) {
	groups := map[string]map[string]string{}
	for p, f := range chunkFiles {
		first := string([]rune(p)[:1])
		if groups[first] == nil {
			groups[first] = map[string]string{}
		}
		groups[first][p] = f
	}
	out := map[string]string{}
	for first, g := range groups {
		f, err := e.write(dir+"i/"+safeName(first), g)
		if err != nil {
			return nil, err
		}
		out[first] = f
	}
	return out, nil
}
