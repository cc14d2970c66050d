package static

import (
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/search/index"
)

// A language's view of the dictionary (docs/search-format.md, "Views"):
// the keys, terms and postings of the documents its search covers (those
// whose lang list has it: its own pages and the fallback pages its lists
// show), so that its search page reads no byte of the other languages'
// terms. Documents keep their numbers, and postings their scores: a
// view's search ranks its documents as the whole index does.

// ViewManifest is the name of the manifest of lang's view, beside
// manifest.json.
func ViewManifest(lang string) string { return "manifest-" + lang + ".json" }

// IsManifest reports whether name, a file of the index relative to Dir,
// is a manifest: manifest.json or a view's (ViewManifest), the files with
// no content hash in their names, which a search page fetches fresh.
func IsManifest(name string) bool {
	if name == "manifest.json" {
		return true
	}
	lang, ok := strings.CutPrefix(name, "manifest-")
	lang, json := strings.CutSuffix(lang, ".json")
	return ok && json && lang != "" && !strings.Contains(lang, "/") && ViewManifest(lang) == name
}

// ViewFile reports whether name, a file of the index relative to Dir, is
// one of lang's view: its manifest or a file below its folder.
func ViewFile(name, lang string) bool {
	return name == ViewManifest(lang) || strings.HasPrefix(name, viewDir(lang))
}

// viewDir is the folder of lang's chunks, prefix files and postings
// pages, below c/.
func viewDir(lang string) string { return "c/" + safeName(lang) + "/" }

// hasViews tells whether a site of docs documents gets a view per
// language. A small site's first search reads one chunk of its
// language's view instead of one holding every language's terms (the
// English `partner` chunk of the bundled handbook: 6.0 KB gzipped in the
// whole index, 3.9 KB in its view). A large site's search reads, word by
// word, chunks of the same size either way, and the views' chunks were as
// many again as the whole index's: on the 10,000-page site in five
// languages about 1.8 s of a build's 15 s of CPU. Without views, each
// language's manifest names the whole index (its view is ""), and the
// search page reads it with its language's filter.
func hasViews(docs int) bool { return smallSite(docs) }

// showing is the languages whose search covers d: its own, then those
// whose lists show it (they lack a translation of it), each once. A
// language's view holds these documents (inView), so do its records on a
// small site (viewsOf), and the lang facet lists them (shownFacet).
func showing(d *index.Doc) []string {
	out := []string{d.Lang}
	for _, l := range d.Shown {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// inView tells, for each document, whether lang's search covers it.
func inView(docs []*index.Doc, lang string) []bool {
	in := make([]bool, len(docs))
	for i, d := range docs {
		in[i] = slices.Contains(showing(d), lang)
	}
	return in
}

// restrict is the table of the terms that occur in the documents in,
// with only those postings (in the same order, scores unchanged), and
// for each term of t its number there (-1 when it has none of them).
func (t *postingsTable) restrict(in []bool) (*postingsTable, []int32) {
	// Counted first, so that the lists share one array of the right size.
	counts := make([]int32, len(t.lists))
	total, terms := 0, 0
	for i, ps := range t.lists {
		for _, p := range ps {
			if in[p.doc] {
				counts[i]++
			}
		}
		if counts[i] > 0 {
			total += int(counts[i])
			terms++
		}
	}
	out := &postingsTable{inline: t.inline, names: make([]string, 0, terms), lists: make([][]posting, 0, terms)}
	all := make([]posting, 0, total)
	remap := make([]int32, len(t.names))
	for i, ps := range t.lists {
		if counts[i] == 0 {
			remap[i] = -1
			continue
		}
		from := len(all)
		for _, p := range ps {
			if in[p.doc] {
				all = append(all, p)
			}
		}
		remap[i] = int32(len(out.names))
		out.names = append(out.names, t.names[i])
		out.lists = append(out.lists, all[from:len(all):len(all)])
	}
	return out, remap
}

// restrictKeys is the keys of a view: each key with the terms it keeps
// in the view (remap, from restrict), its stop languages among those of
// the view's documents (langs, bits as in keyEntry.stops), and no exact
// documents yet (exactDocs sets them from the view's); a key with
// neither terms nor stops is left out. exact is what exactDocs reads:
// surface's documents of each key kept, restricted to the view's.
func restrictKeys(groups []keyGroup, remap []int32, langs uint64, surface map[string][]int32, in []bool) ([]keyGroup, map[string][]int32) {
	var out []keyGroup
	exact := map[string][]int32{}
	for _, g := range groups {
		vg := keyGroup{first: g.first}
		for _, k := range g.keys {
			vk := keyEntry{key: k.key, stops: k.stops & langs}
			for _, t := range k.terms {
				if n := remap[t]; n >= 0 {
					vk.terms = append(vk.terms, n)
				}
			}
			if len(vk.terms) == 0 && vk.stops == 0 {
				continue
			}
			vg.keys = append(vg.keys, vk)
			if ds, ok := surface[k.key]; ok && ds != nil {
				var kept []int32
				for _, d := range ds {
					if in[d] {
						kept = append(kept, d)
					}
				}
				exact[k.key] = kept
			}
		}
		if len(vg.keys) > 0 {
			out = append(out, vg)
		}
	}
	return out, exact
}

// viewLangs is the set of languages (bits, by index in langs) that the
// documents in are written in.
func viewLangs(docs []*index.Doc, in []bool, langs []string) uint64 {
	var set uint64
	for i, d := range docs {
		if li := slices.Index(langs, d.Lang); in[i] && li >= 0 {
			set |= 1 << li
		}
	}
	return set
}

// views writes the chunks and prefix files of every language's view and
// returns, per language, a manifest that finds them (find) for a site of
// docs documents. One view at a time, so that only one restricted table
// is in memory. A large site has no views (nil): see hasViews.
func (e *exporter) views(docs []*index.Doc, langs []string, table *postingsTable, keys []keyGroup, surface map[string][]int32) (map[string]*Manifest, error) {
	if !hasViews(len(docs)) {
		return nil, nil
	}
	out := map[string]*Manifest{}
	// A small site's view is a few hundred KB: its first search reads
	// one chunk, and smaller chunks cost it fewer bytes, up to where the
	// manifest's chunk starts grow more than they save. On the bundled
	// handbook, the 100 words of scripts/searchweight -set 20 read a view
	// manifest and chunks of 4,919 B gzipped on average with chunks of
	// 8,000 B (the Go reader's files for the word; 6,454 B with 16,000),
	// 4,734 with 6,000, 4,671 with 4,000 and 4,866 with 3,000; a word
	// typed reads, at its fourth letter, every file of the keys it
	// starts, which are more the smaller they are. Since the chunk files
	// of a view are named by one hash (format 10), more of them cost the
	// carried manifest little (0.35 KB gzipped for bg's 106 starts with
	// 4,000, 0.2 KB for 53 with 8,000): with 4,000 the first-search set
	// went from 196 to 198 of 200 searches within the goal, its median
	// from 27,526 to 26,776 B (docs/benchmarks.md, "First search,
	// session 7").
	target := ChunkTarget
	if smallSite(len(docs)) {
		target = SmallViewTarget
	}
	for _, lang := range langs {
		in := inView(docs, lang)
		vt, remap := table.restrict(in)
		vk, exact := restrictKeys(keys, remap, viewLangs(docs, in, langs), surface, in)
		exactDocs(vk, exact, vt)
		dir := viewDir(lang)
		files, hash, err := e.chunks(dir, target, vt, vk, langs, smallSite(len(docs)))
		if err != nil {
			return nil, err
		}
		m := &Manifest{Docs: len(docs)}
		if err := e.find(dir, files, hash, m); err != nil {
			return nil, err
		}
		out[lang] = m
	}
	return out, nil
}
