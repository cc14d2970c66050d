package static_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/search/index"
	"github.com/skupaj/skupaj/internal/search/static"
)

// The export hands each file to a Writer that may keep it (the preview's
// Memory does): no file may change once written, whatever follows it.
func TestExportedFilesKeepTheirBytesInAWriterThatKeepsThem(t *testing.T) {
	var docs []*index.Doc
	for i := range 200 {
		docs = append(docs, &index.Doc{ID: fmt.Sprintf("/d%d/", i), URL: fmt.Sprintf("/d%d/", i), Lang: "en", Kind: "case",
			Title: fmt.Sprintf("Partnership number %d", i), Summary: "A library and a school.",
			Sections: []index.Section{{ID: "s", Heading: "What was done", Text: fmt.Sprintf("Reading club %d for young readers and partnership work.", i)}}})
	}
	mem := output.NewMemory()
	if _, err := static.Export(filepath.Join(t.TempDir(), "index.bleve"), []string{"en"}, docs, nil, mem); err != nil {
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
