package content

import (
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/testsite"
)

// A case saved beside the home page instead of in cases/ gets one message
// that says where it belongs, not an "unknown field" per line.
func TestCaseInTheWrongFolderIsToldWhereItBelongs(t *testing.T) {
	src := "---\ntitle: Bralni vrt\nsummary: Knjižnica in šola.\nlibrary: mestna-knjiznica\npartners: [sola]\npartnership_type: [educational]\nsector: [education]\ncountry: si\n---\nBesedilo.\n"
	cfg := &config.Config{Taxonomies: []string{"partnership_type", "sector", "country"}}
	_, errs := Parse("content/sl/bralni-vrt.md", []byte(src), cfg)
	want := "content/sl/bralni-vrt.md:1: this page has the fields of a case (library, partners, partnership_type, sector, country), which a page at the language's root does not take: case pages belong in content/sl/cases/; move the file there (content/sl/cases/bralni-vrt.md)"
	if errs.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", errs, want)
	}
	// A field of no kind at all stays an unknown field with its hint.
	_, errs = Parse("content/sl/bralni-vrt.md", []byte("---\ntitle: Vrt\nsumary: Kratko.\n---\n"), cfg)
	if got := errs.Error(); !strings.Contains(got, `:3: unknown field "sumary" in a page; did you mean "summary"?`) {
		t.Errorf("a typo: %s", got)
	}
}

func TestUppercaseExtensionIsToldToRename(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/sl/guidelines/bralni-vrt.MD": "---\ntitle: Vrt\nweight: 5\n---\n",
	}))
	cfg, err := config.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(root, cfg)
	want := "content/sl/guidelines/bralni-vrt.MD: page file names end in .md, in lowercase: rename it to bralni-vrt.md"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
