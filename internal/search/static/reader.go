package static

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/skupaj/skupaj/internal/search/analysis"
)

// chunk is one dictionary file, as read (chunks.go writes it).
type chunk struct {
	K    map[string][]any    `json:"k"`
	S    map[string][]string `json:"s"`
	E    map[string][]int    `json:"e"`
	T    []string            `json:"t"`
	DF   []int               `json:"df"`
	P    [][]int             `json:"p"`
	More [][]string          `json:"more"`
	X    []string            `json:"x"`
}

// Static reads an exported static index and queries it as the search page
// does (skupaj search).
type Static struct {
	fsys      fs.FS // the search/ folder
	Manifest  Manifest
	prefixes  map[string]map[string]string // first character → prefix → chunk file, as loaded
	starts    map[string]string            // a small site's: where each chunk file starts → that file
	chunks    map[string]*chunk
	docLang   []string // each document's language, from the filters
	facetData map[string]facetDocs
	views     map[string]map[int][2]int // language → where its records view holds each document (recordPlaces)
	dicts     map[string]*Static        // language → its view's dictionary, as opened (View)
}

// Open opens the static index in fsys (the output's search/ folder).
func Open(fsys fs.FS) (*Static, error) {
	s := &Static{fsys: fsys, chunks: map[string]*chunk{}, prefixes: map[string]map[string]string{}}
	if err := s.read("manifest.json", &s.Manifest); err != nil {
		return nil, err
	}
	if s.Manifest.Version != FormatVersion {
		return nil, fmt.Errorf("search index format %d, this reader knows %d", s.Manifest.Version, FormatVersion)
	}
	return s, nil
}

// View opens the dictionary of lang's view (docs/search-format.md,
// "Views"): the index as lang's search page reads it, which finds only
// the documents whose lang list has lang. It is s itself for a language
// with no view: none on a large site, whose language manifests name the
// whole index (view "").
func (s *Static) View(lang string) (*Static, error) {
	if v := s.dicts[lang]; v != nil {
		return v, nil
	}
	v := &Static{fsys: s.fsys, chunks: map[string]*chunk{}, prefixes: map[string]map[string]string{}}
	if err := v.read(ViewManifest(lang), &v.Manifest); errors.Is(err, fs.ErrNotExist) {
		return s, nil
	} else if err != nil {
		return nil, err
	}
	if v.Manifest.Version != FormatVersion || (v.Manifest.View != lang && v.Manifest.View != "") {
		return nil, fmt.Errorf("%s: format %d of view %q, this reader knows %d", ViewManifest(lang), v.Manifest.Version, v.Manifest.View, FormatVersion)
	}
	if v.Manifest.View == "" {
		v = s
	}
	if s.dicts == nil {
		s.dicts = map[string]*Static{}
	}
	s.dicts[lang] = v
	return v, nil
}

func (s *Static) read(name string, v any) error {
	data, err := fs.ReadFile(s.fsys, name)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// chunkFor loads the chunk holding key or term k, the chunk of its start
// (prefixOf).
func (s *Static) chunkFor(k string) (*chunk, error) {
	p, err := s.prefixOf(k)
	if err != nil || p == "" {
		return nil, err
	}
	m, err := s.letter(k)
	if err != nil {
		return nil, err
	}
	return s.chunk(m[p])
}

// letter loads the prefix file of the first character of k: where each
// chunk file of that character starts → that file, nil when no key starts
// with it. On a small site it is the manifest's chunks, every chunk
// file's start.
func (s *Static) letter(k string) (map[string]string, error) {
	if s.Manifest.Chunks != nil {
		if s.starts == nil {
			s.starts = s.Manifest.Chunks.files() // a small site's: every start
		}
		return s.starts, nil
	}
	first := string([]rune(k)[:1])
	if s.prefixes[first] == nil {
		file, ok := s.Manifest.Letters[first]
		if !ok {
			return nil, nil
		}
		m := map[string]string{}
		if err := s.read(file, &m); err != nil {
			return nil, err
		}
		s.prefixes[first] = m
	}
	return s.prefixes[first], nil
}

// prefixOf is the start of the chunk that holds key or term k: the
// greatest start (a key of the prefixes) not after k that has k's first
// character, or "" when none has (docs/search-format.md, "letters").
func (s *Static) prefixOf(k string) (string, error) {
	if k == "" {
		return "", nil
	}
	m, err := s.letter(k)
	if err != nil {
		return "", err
	}
	first, best := prefix(k, 1), ""
	for p := range m {
		if p <= k && p > best && prefix(p, 1) == first {
			best = p
		}
	}
	return best, nil
}

// prefixesFor are the starts of the chunks that hold keys starting with
// k: its own chunk's and those of the chunks that start after k with k.
func (s *Static) prefixesFor(k string) ([]string, error) {
	own, err := s.prefixOf(k)
	if err != nil {
		return nil, err
	}
	var out []string
	if own != "" {
		out = append(out, own)
	}
	m, err := s.letter(k)
	if err != nil {
		return nil, err
	}
	for p := range m {
		if p != own && p > k && strings.HasPrefix(p, k) {
			out = append(out, p)
		}
	}
	return out, nil
}

// chunk loads a chunk file, once.
func (s *Static) chunk(file string) (*chunk, error) {
	if c := s.chunks[file]; c != nil {
		return c, nil
	}
	c := &chunk{}
	if err := s.read(file, c); err != nil {
		return nil, err
	}
	for _, p := range c.P {
		scores(p)
	}
	// A chunk whose terms have all their postings in it leaves out df and
	// more: df is the length of each term's postings, and more is empty.
	if len(c.DF) == 0 && len(c.More) == 0 {
		c.DF, c.More = make([]int, len(c.T)), make([][]string, len(c.T))
		for i := range c.T {
			c.DF[i] = len(c.P[i]) / 2
		}
	}
	if len(c.DF) != len(c.T) || len(c.More) != len(c.T) || len(c.P) != len(c.T) {
		return nil, fmt.Errorf("%s: %d terms, %d df, %d postings and %d more", file, len(c.T), len(c.DF), len(c.P), len(c.More))
	}
	s.chunks[file] = c
	return c, nil
}

// StopIn returns the languages in which key is a stop word.
func (s *Static) StopIn(key string) ([]string, error) {
	c, err := s.chunkFor(key)
	if err != nil || c == nil {
		return nil, err
	}
	return c.S[key], nil
}

// Exact returns the documents that hold key as written, when the index
// tells them from those with other forms of its terms (else nil).
func (s *Static) Exact(key string) ([]int, error) {
	c, err := s.chunkFor(key)
	if err != nil || c == nil {
		return nil, err
	}
	var out []int
	d := 0
	for _, delta := range c.E[key] { // each after the first as a difference
		d += delta
		out = append(out, d)
	}
	return out, nil
}

// langs loads each document's language from the filters ("" for a
// document a view's filters leave out).
func (s *Static) langs() ([]string, error) {
	if s.docLang != nil {
		return s.docLang, nil
	}
	fs, err := s.facets()
	if err != nil {
		return nil, err
	}
	lang := fs["lang"]
	s.docLang = make([]string, s.Manifest.Docs)
	for i, v := range lang.docs {
		if len(v) > 0 {
			s.docLang[i] = lang.values[v[0]]
		} else if s.Manifest.View == "" {
			return nil, fmt.Errorf("search filters: document %d has no language", i)
		}
	}
	return s.docLang, nil
}

// Terms returns the terms a key maps to.
func (s *Static) Terms(key string) ([]string, error) {
	c, err := s.chunkFor(key)
	if err != nil || c == nil {
		return nil, err
	}
	var out []string
	for _, ref := range c.K[key] {
		switch r := ref.(type) {
		case float64:
			out = append(out, c.T[int(r)])
		case string:
			out = append(out, r)
		}
	}
	return out, nil
}

// Postings returns every document of term with its score, best first.
func (s *Static) Postings(term string) ([]Hit, error) {
	c, err := s.chunkFor(term)
	if err != nil || c == nil {
		return nil, err
	}
	i := sort.SearchStrings(c.T, term)
	if i == len(c.T) || c.T[i] != term {
		return nil, nil
	}
	flatList := append([]int(nil), c.P[i]...)
	files := map[string][][]int{} // a term's pages often share a file
	for _, ref := range c.More[i] {
		file, at, ok := strings.Cut(ref, "#")
		n, err := strconv.Atoi(at)
		if !ok || err != nil {
			return nil, fmt.Errorf("term %q: postings page %q is not <file>#<index>", term, ref)
		}
		pages, ok := files[file]
		if !ok {
			if err := s.read(file, &pages); err != nil {
				return nil, err
			}
			for _, p := range pages {
				scores(p)
			}
			files[file] = pages
		}
		if n < 0 || n >= len(pages) {
			return nil, fmt.Errorf("term %q: %s has no page %d", term, file, n)
		}
		flatList = append(flatList, pages[n]...)
	}
	out := make([]Hit, 0, len(flatList)/2)
	for j := 0; j+1 < len(flatList); j += 2 {
		out = append(out, Hit{flatList[j], flatList[j+1]})
	}
	if len(out) != c.DF[i] {
		return nil, fmt.Errorf("term %q: %d postings, df %d", term, len(out), c.DF[i])
	}
	return out, nil
}

// BestSection returns the section of document doc's text (Section) that
// holds term best, as its chunk tells for the postings of the term's
// first page (docs/search-format.md, chunk "x"), or -1 when it tells none:
// a large site, a posting past the first page, a term that the
// document's record shows or that is in no section.
func (s *Static) BestSection(term string, doc int) (int, error) {
	c, err := s.chunkFor(term)
	if err != nil || c == nil {
		return -1, err
	}
	i := sort.SearchStrings(c.T, term)
	if i == len(c.T) || c.T[i] != term || len(c.X) == 0 {
		return -1, nil
	}
	x := c.X
	if len(x) != len(c.T) {
		return -1, fmt.Errorf("the chunk of %q: %d sections strings for its %d terms", term, len(x), len(c.T))
	}
	for j := 0; j < len(c.P[i]) && j/2 < len(x[i]); j += 2 {
		if c.P[i][j] == doc {
			return strings.IndexByte(SectionDigits, x[i][j/2]), nil
		}
	}
	return -1, nil
}

// scores turns the scores of a postings page as stored, the first one
// and then each one's difference from the one before
// (docs/search-format.md), into the scores, in place.
func scores(flat []int) {
	for j := 3; j < len(flat); j += 2 {
		flat[j] = flat[j-2] - flat[j]
	}
}

// Hit is a document found, with its score.
type Hit struct {
	Doc   int
	Score int
}

// Result is a document found, with its score.
type Result struct {
	Doc   int
	Score float64
}

// Query finds the documents that match q as the search page does
// (static/js/match.js and rank.js, the query typed and ended with a space:
// no prefix matching), best first, for a reader of no particular language
// (QueryIn).
func (s *Static) Query(q string) ([]Result, error) {
	return s.QueryIn(q, "")
}

// Find finds the documents that match q as the search page does, best
// first, keeping those that pass filters (facet → allowed values). A
// single lang filter is the reader's language, as the search page's own
// language is (QueryIn), and the search reads that language's view, as
// its search page does; with no lang filter or several, it reads the
// whole index. The other filters only keep or drop what it finds.
func (s *Static) Find(q string, filters map[string][]string) ([]Result, error) {
	lang, dict := "", s
	if l := filters["lang"]; len(l) == 1 {
		lang = l[0]
		var err error
		if dict, err = s.View(lang); err != nil {
			return nil, err
		}
	}
	hits, err := dict.QueryIn(q, lang)
	if err != nil {
		return nil, err
	}
	kept := hits[:0]
	for _, h := range hits {
		ok, err := s.Keep(h.Doc, filters)
		if err != nil {
			return nil, err
		}
		if ok {
			kept = append(kept, h)
		}
	}
	return kept, nil
}

// QueryIn finds the documents that match q as lang's search page does
// (static/js/match.js and rank.js, the query typed and ended with a space:
// no prefix matching), best first and at equal score lang's own first: a
// document matches when it contains every word of the query, leaving out
// the words that are stop words in its language; its score is the sum over
// words of the best factor × score of the word's terms in it. Stem and typo
// readings in other languages than lang score less (matchWord); lang ""
// prefers none.
func (s *Static) QueryIn(q, lang string) ([]Result, error) {
	docLang, err := s.langs()
	if err != nil {
		return nil, err
	}
	var words []wordMatch
	for _, w := range Words(q) {
		fs := forms(w, s.Manifest.Schemes)
		m, err := s.matchWord(fs, lang)
		if err != nil {
			return nil, err
		}
		if m.ignored {
			continue
		}
		if len(m.terms) == 0 && len(m.stop) == 0 {
			return nil, nil // a word that matches nothing leaves no page
		}
		m.fs = fs
		words = append(words, m)
	}
	if err := s.stopQuery(words); err != nil {
		return nil, err
	}
	// Each word's best score in each document.
	best := map[int][]float64{}
	for i, w := range words {
		for term, factor := range w.terms {
			ps, err := s.Postings(term)
			if err != nil {
				return nil, err
			}
			for _, p := range ps {
				b := best[p.Doc]
				if b == nil {
					b = make([]float64, len(words))
					for j := range b {
						b[j] = -1
					}
					best[p.Doc] = b
				}
				b[i] = max(b[i], factor*float64(p.Score))
			}
		}
	}
	// A document holding a word as typed gets its bonus.
	for doc, b := range best {
		for i, w := range words {
			if b[i] >= 0 && w.exact[doc] {
				b[i] += w.bonus
			}
		}
	}
	var hits []Result
	for doc, b := range best {
		score, ok := 0.0, true
		for i, w := range words {
			if w.stop[docLang[doc]] {
				continue
			}
			if b[i] < 0 {
				ok = false
				break
			}
			score += b[i]
		}
		if ok {
			hits = append(hits, Result{doc, score})
		}
	}
	own := func(doc int) int {
		if lang != "" && docLang[doc] == lang {
			return 0
		}
		return 1
	}
	slices.SortFunc(hits, func(a, b Result) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), own(a.Doc)-own(b.Doc), a.Doc-b.Doc)
	})
	return hits, nil
}

// Words splits a query as the browser does (docs/search-format.md), after
// leaving out invisible characters, as the index's tokenizer does.
func Words(q string) []string {
	var out []string
	var cur []rune
	rs := []rune(strings.ReplaceAll(analysis.Visible(q), "’", "'"))
	isWord := func(r rune) bool { return isLetterOrDigit(r) }
	for i, r := range rs {
		switch {
		case isWord(r):
			cur = append(cur, r)
		case (r == '\'' || r == '.') && len(cur) > 0 && i+1 < len(rs) && isWord(rs[i+1]):
			cur = append(cur, r)
		default:
			if len(cur) > 0 {
				out = append(out, string(cur))
				cur = nil
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}
