package edit

import (
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A folder or file of the site that is a link to somewhere else is never
// written through: not a section of pages, not the images' folder, not a
// vocabulary. The editor refuses, and the place the link points to stays
// as it was.
func TestTheEditorWritesNothingThroughALink(t *testing.T) {
	root, srv, s := editor(t)
	outside := t.TempDir()
	vocab := filepath.Join(outside, "sector.yaml")
	theirs := testsite.Minimal["content/taxonomies/sector.yaml"]
	if theirs == "" {
		t.Fatal("the fixture has no sector vocabulary")
	}
	if err := os.WriteFile(vocab, []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"content/sl/cases":               mkdir(t, outside, "cases"),
		"static/images":                  mkdir(t, outside, "images"),
		"content/taxonomies/sector.yaml": vocab,
	}
	for at, to := range links {
		p := filepath.Join(root, filepath.FromSlash(at))
		if err := os.RemoveAll(p); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(to, p); err != nil {
			t.Fatal(err)
		}
	}
	before := files(t, outside)

	page := func(lang string) map[string]any {
		return map[string]any{"kind": "case", "lang": lang, "id": "through-a-link", "body": "Text.\n",
			"fields": map[string]any{"title": "T", "summary": "S.", "library": "town-library", "partners": []string{"red-cross"},
				"partnership_type": []string{"educational"}, "sector": []string{"ngo"}, "country": "si"}}
	}
	if code, res := call(t, srv, s, "POST", "api/save", page("en"), nil); code != http.StatusOK {
		t.Fatalf("the same page where no link is on the way: %d %v", code, res)
	}
	// Each refusal is the editor's (400), naming the link, not a failure.
	if code, res := call(t, srv, s, "POST", "api/save", page("sl"), nil); code != http.StatusBadRequest ||
		res["error"] != "content/sl/cases/through-a-link.md is a link: the editor writes only real files of the site" {
		t.Errorf("a page saved through the link at content/sl/cases: %d %v", code, res)
	}
	term := map[string]any{"kind": "term", "taxonomy": "sector", "id": "through-a-link", "fields": map[string]any{"label.en": "T"}}
	if code, res := call(t, srv, s, "POST", "api/save", term, nil); code != http.StatusBadRequest ||
		res["error"] != "content/taxonomies/sector.yaml is a link: the editor writes only real files of the site" {
		t.Errorf("a term saved through the link at content/taxonomies/sector.yaml: %d %v", code, res)
	}
	if code := uploadImage(t, srv, s, "x.png", pngBytes, "A picture", nil); code != http.StatusBadRequest {
		t.Errorf("an image saved through the link at static/images: %d, want %d", code, http.StatusBadRequest)
	}
	if after := files(t, outside); !maps.Equal(before, after) {
		t.Errorf("the editor wrote through a link: %d files outside the site, %d before", len(after), len(before))
	}
}

// mkdir makes the folder name in dir and returns its path.
func mkdir(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}
