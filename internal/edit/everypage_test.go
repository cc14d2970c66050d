package edit

import (
	"io/fs"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyTree copies the folder from into to (os.CopyFS).
func copyTree(t testing.TB, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// Every page of the bundled site, with its title changed in the form and
// saved through the editor's HTTP API as the form sends it (every field of
// its kind and the body), differs from its file by that one line:
// comments, quoting, the order of fields and the body stay as they were,
// and the page is checked as skupaj check does before it is saved.
func TestEveryBundledPageSavedFromTheFormChangesOneLine(t *testing.T) {
	root := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "content"), filepath.Join(root, "content"))
	s := New(Options{Root: root, BasePath: "/"})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	var pages []string
	filepath.WalkDir(filepath.Join(root, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			rel, _ := filepath.Rel(root, p)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return err
	})
	if len(pages) < 200 {
		t.Fatalf("only %d bundled pages found", len(pages))
	}
	schemas := map[string][]map[string]any{} // the forms' fields by kind
	for _, file := range pages {
		old, _ := os.ReadFile(filepath.Join(root, file))
		code, page := call(t, srv, s, "GET", "api/page?file="+file, nil, nil)
		if code != 200 {
			t.Errorf("%s: GET page: %d %v", file, code, page)
			continue
		}
		fields := page["fields"].(map[string]any)
		key := "title"
		if _, ok := fields[key]; !ok {
			key = "summary"
		}
		was, _ := fields[key].(string)
		if was == "" {
			t.Errorf("%s: no title nor summary to change", file)
			continue
		}
		now := was + ": uređeno #2"
		kind := page["kind"].(string)
		if schemas[kind] == nil {
			schemas[kind] = schemaOf(t, srv, s, kind)
		}
		sent := formOf(schemas[kind], fields)
		sent[key] = now
		code, res := call(t, srv, s, "POST", "api/save", map[string]any{"file": file, "version": page["version"], "fields": sent, "body": page["body"]}, nil)
		if code != 200 {
			t.Errorf("%s: save: %d %v", file, code, res)
			continue
		}
		saved, _ := os.ReadFile(filepath.Join(root, file))
		a, b := strings.Split(string(old), "\n"), strings.Split(string(saved), "\n")
		if len(a) != len(b) {
			t.Errorf("%s: %d lines became %d", file, len(a), len(b))
			continue
		}
		var changed []int
		for i := range a {
			if a[i] != b[i] {
				changed = append(changed, i)
			}
		}
		if len(changed) != 1 || !strings.HasPrefix(b[changed[0]], key+":") {
			t.Errorf("%s: lines %v changed, not the %s line alone", file, changed, key)
			continue
		}
		if _, again := call(t, srv, s, "GET", "api/page?file="+file, nil, nil); again["fields"].(map[string]any)[key] != now {
			t.Errorf("%s: %s reads back as %q, not %q", file, key, again["fields"].(map[string]any)[key], now)
		}
	}
}

// schemaOf is the fields of the form of kind, as GET api/schema gives them.
func schemaOf(t *testing.T, srv *httptest.Server, s *Server, kind string) []map[string]any {
	t.Helper()
	code, res := call(t, srv, s, "GET", "api/schema?kind="+kind+"&lang=en", nil, nil)
	if code != 200 {
		t.Fatalf("schema of %s: %d %v", kind, code, res)
	}
	var out []map[string]any
	for _, f := range res["fields"].([]any) {
		out = append(out, f.(map[string]any))
	}
	return out
}

// formOf is what the form sends for a page whose fields GET api/page gave:
// every field of its schema, as its control reads it back. It mirrors
// assets/fields.js: kindOf, which picks a field's control, and the set and
// get of those controls in kinds (input trims its text, markdown keeps it,
// select shows one value, checkboxes and coordinates give a list, an empty
// one where the page has none), and picker in picker.js (a list for a
// multiple field, one id for another).
func formOf(schema []map[string]any, fields map[string]any) map[string]any {
	out := map[string]any{}
	for _, f := range schema {
		name, ref := f["name"].(string), f["ref"].(string)
		v, list := fields[name], f["multiple"] == true || f["type"] == "coordinates"
		switch {
		case list && v == nil:
			v = []any{}
		case list:
			// a list of one written as a text is read as a list
			if s, ok := v.(string); ok {
				v = []any{s}
			}
		case v == nil:
			v = ""
		default:
			if l, ok := v.([]any); ok && len(l) > 0 { // a select shows one value
				v = l[0]
			}
			if f["type"] != "markdown" && ref == "" {
				v = strings.TrimSpace(v.(string))
			}
		}
		out[name] = v
	}
	return out
}
