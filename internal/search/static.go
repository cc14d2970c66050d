package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode/utf8"
)

// Static reads an exported static index, as the browser does, for tests
// and `skupaj search --static`: exact words only (no prefix, no typos).
type Static struct {
	fsys     fs.FS // the search/ folder
	Manifest Manifest
	chunks   map[string]*chunk
}

// OpenStatic opens the static index in fsys (the output's search/ folder).
func OpenStatic(fsys fs.FS) (*Static, error) {
	s := &Static{fsys: fsys, chunks: map[string]*chunk{}}
	return s, s.read("manifest.json", &s.Manifest)
}

func (s *Static) read(name string, v any) error {
	data, err := fs.ReadFile(s.fsys, name)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// chunkFor loads the chunk holding key or term k: its longest prefix in
// the manifest.
func (s *Static) chunkFor(k string) (*chunk, error) {
	n := min(utf8.RuneCountInString(k), maxPrefix)
	for ; n > 0; n-- {
		p := string([]rune(k)[:n])
		file, ok := s.Manifest.Chunks[p]
		if !ok {
			continue
		}
		if c := s.chunks[file]; c != nil {
			return c, nil
		}
		c := &chunk{}
		if err := s.read(file, c); err != nil {
			return nil, err
		}
		s.chunks[file] = c
		return c, nil
	}
	return nil, nil
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
	for _, f := range c.More[i] {
		var page []int
		if err := s.read(f, &page); err != nil {
			return nil, err
		}
		flatList = append(flatList, page...)
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

// Hit is a document found, with its score.
type Hit struct {
	Doc   int
	Score int
}

// Query finds the documents that contain every word of q (split and keyed
// as the browser does, every transliteration scheme tried), best first.
func (s *Static) Query(q string) ([]Hit, error) {
	var total map[int]int
	for _, w := range Words(q) {
		best := map[int]int{}
		for _, key := range QueryKeys(w, s.Manifest.Schemes) {
			terms, err := s.Terms(key)
			if err != nil {
				return nil, err
			}
			for _, t := range terms {
				ps, err := s.Postings(t)
				if err != nil {
					return nil, err
				}
				for _, p := range ps {
					best[p.Doc] = max(best[p.Doc], p.Score)
				}
			}
		}
		if total == nil {
			total = best
			continue
		}
		for doc, sc := range total {
			if b, ok := best[doc]; ok {
				total[doc] = sc + b
			} else {
				delete(total, doc)
			}
		}
	}
	hits := make([]Hit, 0, len(total))
	for doc, sc := range total {
		hits = append(hits, Hit{doc, sc})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	return hits, nil
}

// Words splits a query as the browser does (docs/search-format.md).
func Words(q string) []string {
	var out []string
	var cur []rune
	rs := []rune(strings.ReplaceAll(q, "’", "'"))
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

// QueryKeys are the keys of a query word: one per transliteration scheme
// (they differ only for Cyrillic words).
func QueryKeys(word string, schemes []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, sch := range schemes {
		k := Key(sch, word)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Record is a document's display record.
type Record = record

// Record returns the display record of document doc.
func (s *Static) Record(doc int) (*Record, error) {
	per := s.Manifest.RecordsPerFile
	if per <= 0 || doc < 0 || doc/per >= len(s.Manifest.Records) {
		return nil, fmt.Errorf("no document %d", doc)
	}
	var recs []record
	if err := s.read(s.Manifest.Records[doc/per], &recs); err != nil {
		return nil, err
	}
	if doc%per >= len(recs) {
		return nil, fmt.Errorf("no document %d", doc)
	}
	return &recs[doc%per], nil
}
