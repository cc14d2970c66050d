package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/search/static"
	"github.com/skupaj/skupaj/internal/testsite"
)

// indexFile is a file of the search index named by its content hash,
// "r/0.1a2b3c4d.json", possibly with "#<n>" naming a part of it.
var indexFile = regexp.MustCompile(`^([a-z0-9_/.-]+)\.([0-9a-f]{8})\.json(#\d+)?$`)

// servedIndex fetches search/manifest.json, the manifest of each of its
// languages' views and every file they name, and the files those name,
// and checks that each is valid JSON and, but for the manifests, matches
// the hash in its name. It returns the files.
func servedIndex(t *testing.T, base string) map[string]string {
	t.Helper()
	files := map[string]string{}
	queue := []string{"manifest.json"}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if _, seen := files[name]; seen {
			continue
		}
		code, body := get(t, base+"search/"+name)
		if code != 200 {
			t.Fatalf("search/%s: status %d", name, code)
		}
		files[name] = body
		if m := indexFile.FindStringSubmatch(name); m != nil {
			sum := sha256.Sum256([]byte(body))
			if got := hex.EncodeToString(sum[:4]); got != m[2] {
				t.Errorf("search/%s holds bytes whose hash is %s", name, got)
			}
		}
		var v any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("search/%s is not JSON: %v", name, err)
		}
		queue = append(queue, named(v)...)
		if name == "manifest.json" {
			var m struct{ Languages []string }
			json.Unmarshal([]byte(body), &m)
			for _, l := range m.Languages {
				queue = append(queue, static.ViewManifest(l))
			}
		}
	}
	if len(files) < 5 {
		t.Fatalf("the search index has only %d files", len(files))
	}
	return files
}

// named lists the index files that a JSON value names.
func named(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		if m := indexFile.FindStringSubmatch(v); m != nil {
			out = append(out, strings.SplitN(v, "#", 2)[0])
		}
	case []any:
		for _, x := range v {
			out = append(out, named(x)...)
		}
	case map[string]any:
		for _, x := range v {
			out = append(out, named(x)...)
		}
	}
	return out
}

// The search export reuses its buffers: the preview once served record
// files overwritten by later ones (issue 20, finding 5).
func TestServedSearchIndexMatchesItsHashes(t *testing.T) {
	root := t.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: 300, Body: 800}); err != nil {
		t.Fatal(err)
	}
	base, _ := running(t, root)
	files := servedIndex(t, base)
	var m struct{ Records map[string][]string }
	json.Unmarshal([]byte(files["manifest.json"]), &m)
	records := 0
	for _, files := range m.Records {
		records += len(files)
	}
	if records < 3 {
		t.Fatalf("only %d record files: too few to tell", records)
	}
}

// After an edit the reload comes when the served site is whole: the
// search index the pages name is there (issue 20, finding 6). The search
// index built again later comes with a "search" event.
func TestReloadComesWhenTheSiteIsWhole(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := running(t, root)
	before := servedIndex(t, base) // waits for the first search index
	ev := events(t, base)
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: Zanzibar checklist\nsummary: S.\nweight: 1\n---\n- [ ] one\n")
	waitFor(t, ev, "reload")
	if code, body := get(t, base+"tools/checklist/"); code != 200 || !strings.Contains(body, "Zanzibar checklist") {
		t.Fatalf("tools/checklist/ after the reload: %d", code)
	}
	if got := servedIndex(t, base); got["manifest.json"] != before["manifest.json"] {
		t.Error("the search index changed before its build ended")
	}
	waitFor(t, ev, "search")
	after := servedIndex(t, base)
	found := false
	for name, body := range after {
		if strings.HasPrefix(name, "r/") && strings.Contains(body, "Zanzibar checklist") {
			found = true
		}
	}
	if !found {
		t.Error("the edited title is not in the records of the search index built after the edit")
	}
}
