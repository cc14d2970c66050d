package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/search/static"
)

// word is a word to type, chosen from the exported index.
type word struct {
	kind    string // "rare", "mid", "frequent"
	key     string // what is typed: a key of the dictionary
	df      int    // documents of the default language that contain it
	matches int    // documents of any language the Go static reader finds for it
}

// chunkFile is the part of a chunk file (docs/search-format.md) read here.
type chunkFile struct {
	K    map[string][]any    `json:"k"`
	S    map[string][]string `json:"s"`
	T    []string            `json:"t"`
	DF   []int               `json:"df"`
	P    [][]any             `json:"p"` // postings, doc and score pairs: df when DF is empty (all of them inline)
	size int                 // bytes of the file
}

// readChunks reads the chunks of lang's view of the index in dir
// (search/, its files static.ViewFile names), or of the whole index on a
// site with no views (a large one): the JSON objects that have
// terms or keys. The search page of lang reads that view, and the whole
// index and the other views have other document frequencies and chunks.
// Postings pages (arrays) and other objects are passed over, so the choice
// does not depend on how the manifest finds chunks.
func readChunks(dir, lang string) ([]*chunkFile, error) {
	// A large site has no views: its search pages read the whole index.
	_, err := os.Stat(filepath.Join(dir, "c", lang))
	view := err == nil
	var out []*chunkFile
	err = filepath.WalkDir(filepath.Join(dir, "c"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		if rel, err := filepath.Rel(dir, p); err != nil || (view && !static.ViewFile(filepath.ToSlash(rel), lang)) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if len(data) == 0 || data[0] != '{' {
			return nil
		}
		var c chunkFile
		if json.Unmarshal(data, &c) != nil {
			return nil
		}
		if len(c.DF) == 0 && len(c.P) == len(c.T) { // every term's postings inline
			for _, p := range c.P {
				c.DF = append(c.DF, len(p)/2)
			}
		}
		if len(c.T) != len(c.DF) || (len(c.T) == 0 && len(c.K) == 0) {
			return nil
		}
		c.size = len(data)
		out = append(out, &c)
		return nil
	})
	return out, err
}

// chooseWords picks the words to type on the search page of lang, which
// reads lang's view of the index (readChunks): the key whose lang term has the highest document
// frequency; a key whose document frequency is the median of the keys with
// at least 10 documents; a key found in 1 to 3 documents. Only keys of
// letters a-z, of 4 letters or more, that are no stop word in lang are
// considered; ties go to the middle key in alphabetical order, so that the
// choice does not favour the start of the alphabet. A fourth word shows
// the worst case of the dictionary: the key of median document frequency
// among lang's keys of the largest chunk file.
func chooseWords(dir, lang string) ([]word, error) {
	chunks, err := readChunks(dir, lang)
	if err != nil {
		return nil, err
	}
	if len(chunks) == 0 {
		return nil, fmt.Errorf("%s: no chunk files in the view of %s", dir, lang)
	}
	dfOf := map[string]int{}
	for _, c := range chunks {
		for i, t := range c.T {
			dfOf[t] = c.DF[i]
		}
	}
	suffix := "|" + lang
	type cand struct {
		key string
		df  int
	}
	var cands []cand
	largest := map[string]bool{} // lang's keys of the largest chunk with any
	largestSize := 0
	for _, c := range chunks {
		n := len(cands)
		for key, refs := range c.K {
			if !plainWord(key) || slices.Contains(c.S[key], lang) {
				continue
			}
			df := 0
			for _, ref := range refs {
				var name string
				switch r := ref.(type) {
				case float64:
					if int(r) >= 0 && int(r) < len(c.T) {
						name = c.T[int(r)]
					}
				case string:
					name = r
				}
				if strings.HasSuffix(name, suffix) {
					df = max(df, dfOf[name])
				}
			}
			if df > 0 {
				cands = append(cands, cand{key, df})
			}
		}
		if len(cands) > n && c.size > largestSize {
			largestSize = c.size
			clear(largest)
			for _, x := range cands[n:] {
				largest[x.key] = true
			}
		}
	}
	if len(cands) == 0 {
		return nil, fmt.Errorf("%s: no word of language %s", dir, lang)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].df != cands[j].df {
			return cands[i].df < cands[j].df
		}
		return cands[i].key < cands[j].key
	})
	middleWith := func(df int) string {
		var keys []string
		for _, c := range cands {
			if c.df == df {
				keys = append(keys, c.key)
			}
		}
		return keys[(len(keys)-1)/2]
	}
	var words []word
	// Rare: 1-3 documents, preferring 2.
	for _, df := range []int{2, 1, 3} {
		if slices.ContainsFunc(cands, func(c cand) bool { return c.df == df }) {
			words = append(words, word{kind: "rare", key: middleWith(df), df: df})
			break
		}
	}
	// Mid: the median document frequency of the keys with 10 or more.
	var common []cand
	for _, c := range cands {
		if c.df >= 10 {
			common = append(common, c)
		}
	}
	if len(common) > 0 {
		df := common[(len(common)-1)/2].df
		words = append(words, word{kind: "mid", key: middleWith(df), df: df})
	}
	top := cands[len(cands)-1].df
	words = append(words, word{kind: "frequent", key: middleWith(top), df: top})
	var inLargest []cand
	for _, c := range cands {
		if largest[c.key] {
			inLargest = append(inLargest, c)
		}
	}
	if len(inLargest) > 0 {
		c := inLargest[(len(inLargest)-1)/2]
		words = append(words, word{kind: "largest chunk", key: c.key, df: c.df})
	}

	st, err := static.Open(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	for i := range words {
		hits, err := st.Query(words[i].key)
		if err != nil {
			return nil, fmt.Errorf("static query %q: %w", words[i].key, err)
		}
		words[i].matches = len(hits)
	}
	return words, nil
}

// plainWord reports whether key is 4 or more letters a-z.
func plainWord(key string) bool {
	if len(key) < 4 {
		return false
	}
	for _, r := range key {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// fileGroup is the files of one folder of the index.
type fileGroup struct {
	name         string
	files        int
	raw, gz      int64
	sizes, gzSzs []int
}

// indexStatsResult describes the exported index on disk.
type indexStatsResult struct {
	docs   int
	groups []*fileGroup // by folder, in a fixed order
	total  fileGroup
}

// indexStats sums the files of the index in dir (search/) by folder, raw
// and gzipped as the server sends them.
func indexStats(dir string) (*indexStatsResult, error) {
	st, err := static.Open(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	res := &indexStatsResult{docs: st.Manifest.Docs}
	byName := map[string]*fileGroup{}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err // only the index's files (the search page lives here too)
		}
		rel, _ := filepath.Rel(dir, p)
		g := group(filepath.ToSlash(rel))
		fg := byName[g]
		if fg == nil {
			fg = &fileGroup{name: g}
			byName[g] = fg
			res.groups = append(res.groups, fg)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		z := len(gzipBytes(data))
		for _, x := range []*fileGroup{fg, &res.total} {
			x.files++
			x.raw += int64(len(data))
			x.gz += int64(z)
			x.sizes = append(x.sizes, len(data))
			x.gzSzs = append(x.gzSzs, z)
		}
		return nil
	})
	sort.Slice(res.groups, func(i, j int) bool { return groupOrder(res.groups[i].name) < groupOrder(res.groups[j].name) })
	return res, err
}

// group names the kind of an index file from its path below search/: the
// whole index's by folder (c/, c/i/, c/p/ ...) or name (manifest,
// filters ...), a language's view's (manifest-<lang>.json, c/<lang>/...)
// as "view " and the kind, every language's together.
func group(rel string) string {
	dir, file := "", rel
	if i := strings.LastIndex(rel, "/"); i >= 0 {
		dir, file = rel[:i], rel[i+1:]
	}
	if dir == "" {
		name, _, _ := strings.Cut(file, ".")
		if strings.HasPrefix(name, "manifest-") {
			return "view manifest"
		}
		return name // manifest, analysis, filters
	}
	parts := strings.Split(dir, "/")
	if parts[0] == "c" && len(parts) > 1 && parts[1] != "i" && parts[1] != "p" {
		return "view " + strings.Join(append([]string{"c"}, parts[2:]...), "/") + "/"
	}
	return dir + "/"
}

var groupNames = map[string]string{
	"manifest": "manifest", "analysis": "analysis tables", "filters": "filters",
	"c/": "chunks (dictionary + first postings)", "c/i/": "prefix files", "c/p/": "further postings pages",
	"r/": "display records", "x/": "section texts (excerpts)",
	"js": "JavaScript", "html": "HTML page", "css": "CSS", "other": "other",
	"view manifest": "views' manifests", "view c/": "views' chunks", "view c/i/": "views' prefix files",
	"view c/p/": "views' further postings pages",
}

func groupLabel(g string) string {
	if l, ok := groupNames[g]; ok {
		return l
	}
	return g
}

func groupOrder(g string) string {
	order := []string{"html", "css", "js", "manifest", "view manifest", "analysis", "filters", "c/i/", "c/", "c/p/",
		"view c/i/", "view c/", "view c/p/", "r/", "x/"}
	if i := slices.Index(order, g); i >= 0 {
		return fmt.Sprintf("%02d", i)
	}
	return "99" + g
}
