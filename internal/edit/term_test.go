package edit

import (
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestANewTermIsAddedAtTheEndOfItsVocabulary(t *testing.T) {
	root, srv, s := editor(t)
	file := filepath.Join(root, "content/taxonomies/sector.yaml")
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"kind": "term", "taxonomy": "sector", "id": "museums",
		"fields": map[string]string{"label.sl": "Muzeji", "label.en": "Museums", "description.sl": "Muzeji: zbirke, razstave."}}, nil)
	if code != 200 || res["file"] != "content/taxonomies/sector.yaml" {
		t.Fatalf("save: %d %v", code, res)
	}
	got, _ := os.ReadFile(file)
	want := testsite.Minimal["content/taxonomies/sector.yaml"] +
		"  museums:\n    label: {en: Museums, sl: Muzeji}\n    description: {sl: \"Muzeji: zbirke, razstave.\"}\n"
	if string(got) != want {
		t.Errorf("the vocabulary:\n%s\nwant\n%s", got, want)
	}
	before := files(t, root)
	for _, c := range []struct {
		body map[string]any
		code int
	}{
		{map[string]any{"kind": "term", "taxonomy": "sector", "id": "museums", "fields": map[string]string{"label.en": "Again"}}, http.StatusConflict},
		{map[string]any{"kind": "term", "taxonomy": "sector", "id": "archives", "fields": map[string]string{"label.sl": "Arhivi"}}, http.StatusUnprocessableEntity},
		{map[string]any{"kind": "term", "taxonomy": "../site", "id": "x", "fields": map[string]string{"label.en": "X"}}, http.StatusBadRequest},
		{map[string]any{"kind": "term", "taxonomy": "sector", "id": "../x", "fields": map[string]string{"label.en": "X"}}, http.StatusBadRequest},
		{map[string]any{"kind": "term", "taxonomy": "sector", "id": "x", "fields": map[string]string{"label.en": "X", "title": "Y"}}, http.StatusBadRequest},
	} {
		if code, res := call(t, srv, s, "POST", "api/save", c.body, nil); code != c.code {
			t.Errorf("%v: %d %v, want %d", c.body, code, res, c.code)
		}
	}
	if after := files(t, root); !maps.Equal(before, after) {
		t.Error("a refused term was written")
	}
}
