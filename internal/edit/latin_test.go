package edit

import (
	"net/http/httptest"
	"path/filepath"
	"testing"
)

// The form of a page in Serbian Latin (its New menu's, or the editor's
// choice) names partners, terms and sources as the site's sr-Latn pages
// do, transliterated from Serbian Cyrillic, not in English.
func TestTheFormInSerbianLatinNamesChoicesInLatin(t *testing.T) {
	root := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "content"), filepath.Join(root, "content"))
	s := New(Options{Root: root, BasePath: "/"})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	code, res := call(t, srv, s, "GET", "api/schema?kind=case&lang=sr-Latn", nil, nil)
	if code != 200 || res["lang"] != "sr-Latn" {
		t.Fatalf("schema: %d %v", code, res["lang"])
	}
	label := map[string]string{}
	for _, f := range res["fields"].([]any) {
		m := f.(map[string]any)
		for _, c := range m["choices"].([]any) {
			c := c.(map[string]any)
			label[m["name"].(string)+"/"+c["id"].(string)] = c["label"].(string)
		}
	}
	for choice, want := range map[string]string{
		"sector/public-administration":  "Javna uprava",
		"library/vranje-public-library": "Javna biblioteka „Bora Stanković“ Vranje",
		"sources/biblionet-2020-vranje": "Saradnja i partnerstva: kreiranje nove zajedničke vizije za biblioteke",
	} {
		if label[choice] != want {
			t.Errorf("%s is named %q, want %q", choice, label[choice], want)
		}
	}
}
