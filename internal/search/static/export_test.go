package static_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
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
	for i := range 200 {
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: []string{"en", "sl"}[i/50%2], Kind: "case",
			Title: fmt.Sprintf("Partnership number %d", i), Summary: "A library and a school.",
			Sections: []index.Section{{ID: "s", Heading: "What was done", Text: fmt.Sprintf("Reading club %d for young readers and partnership work.", i)}}})
	}
	mem := output.NewMemory()
	if _, err := static.Export([]string{"en", "sl"}, docs, nil, mem); err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`\.([0-9a-f]{8})\.json$`)
	records := 0
	for name, data := range mem.Files {
		if !json.Valid(data) {
			t.Errorf("%s is not JSON", name)
		}
		m := hashed.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:4]) != m[1] {
			t.Errorf("%s no longer holds the bytes it was named for", name)
		}
		if regexp.MustCompile(`^search/r/`).MatchString(name) {
			records++
		}
	}
	if records < 3 {
		t.Fatalf("only %d record files: too few to tell", records)
	}
}

// A records file holds a run of documents of one language, so that a
// language's first results come from few files; each document's record
// and text are found from its number.
func TestRecordsFilesFollowLanguagesAndFindEveryDocument(t *testing.T) {
	var docs []*index.Doc
	for i := range 300 {
		lang := "en"
		if i >= 100 && i < 150 {
			lang = "sl"
		}
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: lang, Kind: "case",
			Title: fmt.Sprintf("Partnership number %d", i), Summary: fmt.Sprintf("Summary %d.", i),
			Sections: []index.Section{{ID: "s", Heading: "What was done", Text: "Reading club."}}})
	}
	mem := output.NewMemory()
	if _, err := static.Export([]string{"en", "sl"}, docs, nil, mem); err != nil {
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
	// en 0-99 (one file, at most 128 on a small site), sl 100-149, en 150-299 (two files).
	if want := []int{0, 100, 150, 278}; !slices.Equal(st.Manifest.RecordStarts, want) {
		t.Errorf("records files start at %v, want %v", st.Manifest.RecordStarts, want)
	}
	for i, d := range docs {
		rec, err := st.Record(i)
		if err != nil {
			t.Fatal(err)
		}
		text, err := st.Text(rec)
		if err != nil {
			t.Fatal(err)
		}
		if rec.URL != d.URL || rec.Lang != d.Lang || text.Summary != d.Summary || len(text.Sections) != 1 {
			t.Errorf("document %d: record %+v, text %+v", i, rec, text)
		}
	}
	if _, err := st.Record(len(docs)); err == nil {
		t.Errorf("document %d of %d has a record", len(docs), len(docs))
	}
}
