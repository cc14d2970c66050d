package browser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/translit"
)

// vector is one case of internal/translit/testdata/vectors.json.
type vector struct {
	Lang  string `json:"lang"`
	In    string `json:"in"`
	Latin string `json:"latin"`
	ASCII string `json:"ascii"`
}

// TestAnalysisModuleReproducesTranslitVectors imports static/js/analysis.js
// from the served site in Chromium, with the tables of the built index,
// and checks every shared vector: the key of the lower-cased input is the
// lower-cased ASCII form, and transliteration and folding keep case as
// the Go side does.
func TestAnalysisModuleReproducesTranslitVectors(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "translit", "testdata", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vectors []vector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	out := fixtureSite(t)
	checkAnalysisFile(t, out)
	tb := newTab(t, startBrowser(t), serve(t, out))
	tb.open("/")
	type got struct{ Key, Latin, ASCII string }
	res := eval[[]got](tb, `(async () => {
		const { Analyzer, lower, schemeFor } = await import("/js/analysis.js");
		const manifest = await (await fetch("/search/manifest.json")).json();
		const a = new Analyzer(manifest.analysis);
		return `+string(data)+`.map((v) => {
			const latin = a.toLatin(v.in, schemeFor(v.lang));
			return { Key: a.key(lower(v.in), schemeFor(v.lang)), Latin: latin, ASCII: a.fold(latin) };
		});
	})()`)
	if len(res) != len(vectors) {
		t.Fatalf("got %d results for %d vectors", len(res), len(vectors))
	}
	for i, v := range vectors {
		if want := strings.ToLower(v.ASCII); res[i].Key != want {
			t.Errorf("%s %q: key %q, want %q", v.Lang, v.In, res[i].Key, want)
		}
		if res[i].Latin != v.Latin {
			t.Errorf("%s %q: toLatin %q, want %q", v.Lang, v.In, res[i].Latin, v.Latin)
		}
		if res[i].ASCII != v.ASCII {
			t.Errorf("%s %q: fold %q, want %q", v.Lang, v.In, res[i].ASCII, v.ASCII)
		}
	}
}

// checkAnalysisFile checks that the manifest's analysis tables are translit.Tables().
func checkAnalysisFile(t *testing.T, out string) {
	t.Helper()
	var manifest struct{ Analysis any }
	readJSON(t, filepath.Join(out, "search", "manifest.json"), &manifest)
	got := manifest.Analysis
	var want any
	b, err := json.Marshal(translit.Tables())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the manifest's analysis differs from translit.Tables()")
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
