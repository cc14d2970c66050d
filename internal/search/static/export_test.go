package static_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
)

// The export hands each file to a Writer that may keep it (the preview's
// Memory does): no file may change once written, whatever follows it.
func TestExportedFilesKeepTheirBytesInAWriterThatKeepsThem(t *testing.T) {
	var docs []*index.Doc
	for i := range 300 {
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: []string{"en", "sl"}[i/50%2], Kind: "case",
			Title: fmt.Sprintf("Partnership number %d", i), Summary: "A library and a school.",
			Sections: []index.Section{{ID: "s", Heading: "What was done", Text: fmt.Sprintf("Reading club %d for young readers and partnership work.", i)}}})
	}
	mem := output.NewMemory()
	if _, err := static.Export([]string{"en", "sl"}, docs, nil, mem); err != nil {
		t.Fatal(err)
	}
	// A small site's chunk files are named by their number and one hash
	// of them all, that of each's bytes followed by a newline, in order.
	chunks := map[string]bool{}
	for name, data := range mem.Files {
		if !strings.HasPrefix(name, "search/manifest") {
			continue
		}
		var m static.Manifest
		if err := json.Unmarshal(data, &m); err != nil || m.Chunks == nil || len(m.Chunks.Starts) < 2 {
			t.Fatalf("%s: %v, chunks %+v: want a small site's two or more", name, err, m.Chunks)
		}
		h := sha256.New()
		for i := range m.Chunks.Starts {
			file := fmt.Sprintf("search/%s%d.%s.json", m.Chunks.Dir, i, m.Chunks.Hash)
			if mem.Files[file] == nil {
				t.Fatalf("%s names chunk file %s, which the export did not write", name, file)
			}
			h.Write(mem.Files[file])
			h.Write([]byte("\n"))
			chunks[file] = true
		}
		if got := hex.EncodeToString(h.Sum(nil)[:4]); got != m.Chunks.Hash {
			t.Errorf("the chunk files of %s are named %s, their bytes hash to %s", name, m.Chunks.Hash, got)
		}
	}
	hashed := regexp.MustCompile(`\.([0-9a-f]{8})\.json$`)
	text := regexp.MustCompile(`^search/x/(\d+)\.([0-9a-f]{8})\.json$`)
	section := regexp.MustCompile(`^search/x/(\d+)-(\d+)\.([0-9a-f]{8})\.json$`)
	records, sections := 0, 0
	groups := map[string][]int{} // the hash of a group of text files → their documents
	for name, data := range mem.Files {
		if !json.Valid(data) {
			t.Errorf("%s is not JSON", name)
		}
		if m := text.FindStringSubmatch(name); m != nil {
			doc, _ := strconv.Atoi(m[1])
			groups[m[2]] = append(groups[m[2]], doc)
			continue
		}
		// A section's file holds that section of its document's text,
		// and is named by the hash of the text's group.
		if m := section.FindStringSubmatch(name); m != nil {
			sections++
			var whole struct{ X []json.RawMessage }
			if err := json.Unmarshal(mem.Files["search/x/"+m[1]+"."+m[3]+".json"], &whole); err != nil {
				t.Fatalf("%s: the text of its document: %v", name, err)
			}
			if i, _ := strconv.Atoi(m[2]); i >= len(whole.X) || string(whole.X[i]) != string(data) {
				t.Errorf("%s holds %s, not section %d of its document's text", name, data, i)
			}
			continue
		}
		m := hashed.FindStringSubmatch(name)
		if m == nil || chunks[name] {
			continue
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:4]) != m[1] {
			t.Errorf("%s no longer holds the bytes it was named for", name)
		}
		if regexp.MustCompile(`^search/r/`).MatchString(name) {
			records++
		}
	}
	if sections != len(docs) {
		t.Errorf("%d section files for %d documents of one section each", sections, len(docs))
	}
	if records < 3 {
		t.Fatalf("only %d record files: too few to tell", records)
	}
	// Text files are named by the hash of their group's bytes.
	for hash, group := range groups {
		slices.Sort(group)
		h := sha256.New()
		for _, doc := range group {
			h.Write(mem.Files[fmt.Sprintf("search/x/%d.%s.json", doc, hash)])
			h.Write([]byte("\n"))
		}
		if got := hex.EncodeToString(h.Sum(nil)[:4]); got != hash {
			t.Errorf("the text files of documents %d-%d are named %s, their bytes hash to %s", group[0], group[len(group)-1], hash, got)
		}
	}
	if len(groups) != 3 {
		t.Errorf("%d groups of text files for 300 documents, want 3 of at most %d", len(groups), static.TextsPerHash)
	}
}

// A language's records files hold the documents its lists show, its own
// first, so that its first results come from few files; each document's
// record and text are found from its number.
func TestRecordsFilesFollowLanguagesAndFindEveryDocument(t *testing.T) {
	var docs []*index.Doc
	for i := range 300 {
		lang, shown := "en", []string{"en"}
		if i >= 100 && i < 150 {
			lang, shown = "sl", []string{"sl"}
		}
		if i >= 90 && i < 100 {
			shown = []string{"en", "sl"} // shown untranslated in sl's lists
		}
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: lang, Shown: shown, Kind: "case",
			Title: fmt.Sprintf("Partnership number %d", i), Summary: fmt.Sprintf("Summary %d.", i),
			Sections: []index.Section{{ID: "s", Heading: "What was done", Text: "Reading club."}}})
	}
	st, mem := exported(t, []string{"en", "sl"}, docs)
	// A small site's language reads the records of what its lists show:
	// en's 250 documents in two files of at most 128; sl's own 50 in one
	// and the 10 English ones its lists show in another (a Slovenian
	// search whose results are Slovenian reads the first alone), though
	// they come first in document order.
	if n := [2]int{len(st.Manifest.Records["en"]), len(st.Manifest.Records["sl"])}; n != [2]int{2, 2} {
		t.Fatalf("records files of en and sl: %v, want [2 2]", n)
	}
	var own, fallback []struct{ U, L string }
	if err := json.Unmarshal(mem.Files[static.Dir+st.Manifest.Records["sl"][0]], &own); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(mem.Files[static.Dir+st.Manifest.Records["sl"][1]], &fallback); err != nil {
		t.Fatal(err)
	}
	if len(own) != 50 || own[0].U != "/d100/" || own[49].U != "/d149/" || own[0].L != "sl" {
		t.Errorf("sl's first records file: %d, want /d100/ to /d149/ in Slovenian", len(own))
	}
	if len(fallback) != 10 || fallback[0].U != "/d90/" || fallback[9].U != "/d99/" || fallback[0].L != "en" {
		t.Errorf("sl's second records file: %d, want /d90/ to /d99/ in English", len(fallback))
	}
	// sl's view reads every record of its documents from its own files.
	view, err := st.View("sl")
	if err != nil {
		t.Fatal(err)
	}
	for i := 90; i < 150; i++ {
		if rec, err := view.Record(i); err != nil || rec.URL != docs[i].URL {
			t.Errorf("document %d in sl's view: record %+v, %v", i, rec, err)
		}
	}
	for i, d := range docs {
		rec, text := document(t, st, i)
		if rec.URL != d.URL || rec.Lang != d.Lang || rec.Summary != d.Summary || len(text.Sections) != 1 {
			t.Errorf("document %d: record %+v, text %+v", i, rec, text)
		}
	}
	if _, err := st.Record(len(docs)); err == nil {
		t.Errorf("document %d of %d has a record", len(docs), len(docs))
	}
}

// A large site's records views hold the documents written in each
// language, each record once, 32 a file; every document's record and
// text are still found from its number.
func TestLargeSiteRecordsAreOneViewPerLanguageWritten(t *testing.T) {
	var docs []*index.Doc
	for i := range static.SmallSite + 1 {
		lang, shown := "en", []string{"en", "sl"} // shown untranslated in sl's lists: still in en's view only
		if i%3 == 0 {
			lang, shown = "sl", []string{"sl"}
		}
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: lang, Shown: shown, Kind: "case",
			Title: "Partnership", Summary: fmt.Sprintf("Summary %d.", i), Sections: []index.Section{{ID: "s", Heading: "Done", Text: "Reading."}}})
	}
	st, _ := exported(t, []string{"en", "sl"}, docs)
	m := st.Manifest
	// 1,334 English and 667 Slovenian documents, 32 a file.
	if m.RecordViews != "own" || m.RecordsPer != 32 || len(m.Records["en"]) != 42 || len(m.Records["sl"]) != 21 {
		t.Errorf("views %q of %d records a file: %d en files, %d sl files; want own, 32, 42 and 21",
			m.RecordViews, m.RecordsPer, len(m.Records["en"]), len(m.Records["sl"]))
	}
	for _, i := range []int{0, 1, 2, 3, 1000, len(docs) - 1} {
		rec, text := document(t, st, i)
		if rec.URL != docs[i].URL || rec.Summary != docs[i].Summary || len(text.Sections) != 1 {
			t.Errorf("document %d: record %+v, text %+v", i, rec, text)
		}
	}
}

// A large site has no views: no chunk below a language's folder, and
// each language's manifest is the whole index's (view ""), so that its
// search page and skupaj search -lang read the whole index with the
// language's filter and find the same documents.
func TestLargeSiteHasNoViews(t *testing.T) {
	var docs []*index.Doc
	for i := range static.SmallSite + 1 {
		lang, shown := "en", []string{"en", "sl"}
		if i%3 == 0 {
			lang, shown = "sl", []string{"sl"}
		}
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: lang, Shown: shown, Kind: "case",
			Title: "Partnership", Summary: fmt.Sprintf("Summary %d.", i), Sections: []index.Section{{ID: "s", Heading: "Done", Text: "Reading."}}})
	}
	st, mem := exported(t, []string{"en", "sl"}, docs)
	whole := mem.Files[static.Dir+"manifest.json"]
	for _, lang := range []string{"en", "sl"} {
		if got := mem.Files[static.Dir+static.ViewManifest(lang)]; !bytes.Equal(got, whole) {
			t.Errorf("%s: its manifest is not the whole index's", lang)
		}
		for name := range mem.Files {
			if rel, ok := strings.CutPrefix(name, static.Dir); ok && !static.IsManifest(rel) && static.ViewFile(rel, lang) {
				t.Errorf("%s: a view's file %s", lang, rel)
			}
		}
		view, err := st.View(lang)
		if err != nil || view != st {
			t.Errorf("%s: View gives %p (%v), want the whole index", lang, view, err)
		}
		found, err := st.Find("partnership", map[string][]string{"lang": {lang}})
		if err != nil {
			t.Fatal(err)
		}
		// en's lists show the English pages, sl's every page (each English
		// one untranslated): 1,334 and 2,001.
		if want := map[string]int{"en": len(docs) - (len(docs)+2)/3, "sl": len(docs)}[lang]; len(found) != want {
			t.Errorf("%s: partnership finds %d documents, want %d", lang, len(found), want)
		}
	}
}

// exported exports docs into memory and opens the static index from it,
// as skupaj search opens public/search.
func exported(t *testing.T, langs []string, docs []*index.Doc) (*static.Static, *output.Memory) {
	t.Helper()
	mem := output.NewMemory()
	if _, err := static.Export(langs, docs, nil, mem); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, data := range mem.Files {
		if rest, ok := strings.CutPrefix(name, static.Dir); ok {
			fsys[rest] = &fstest.MapFile{Data: data}
		}
	}
	st, err := static.Open(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return st, mem
}
