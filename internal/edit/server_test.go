package edit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// editor serves the editor of a copy of the minimal fixture site on a real
// listener, at the root path; it returns the site's root and the server.
func editor(t *testing.T) (root string, srv *httptest.Server, s *Server) {
	t.Helper()
	root = testsite.Write(t, testsite.Minimal)
	s = New(Options{Root: root, BasePath: "/"})
	srv = httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return root, srv, s
}

// request is one request to the editor: its method, path below Path and
// JSON body, sent as the form sends it (token, Origin) unless a test
// changes it.
func call(t *testing.T, srv *httptest.Server, s *Server, method, rel string, body any, change func(*http.Request)) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, srv.URL+"/"+Path+rel, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set(TokenHeader, s.Token())
	req.Header.Set("Origin", srv.URL)
	req.Header.Set("Content-Type", "application/json")
	if change != nil {
		change(req)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(data, &out)
	if out == nil {
		out = map[string]any{"text": string(data)}
	}
	return resp.StatusCode, out
}

// files are the site's files and their bytes.
func files(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

const alpha = "content/en/cases/alpha.md"

// openPage is the version of a page as the form gets it.
func openPage(t *testing.T, srv *httptest.Server, s *Server, file string) map[string]any {
	t.Helper()
	code, page := call(t, srv, s, "GET", "api/page?file="+file, nil, nil)
	if code != 200 {
		t.Fatalf("GET page %s: %d %v", file, code, page)
	}
	return page
}

// onField is what an answer of api/check or api/save says on the form's
// field name ("" for the body and the page), each finding as
// "severity: message".
func onField(res map[string]any, name string) []string {
	var out []string
	ds, _ := res["diagnostics"].([]any)
	for _, d := range ds {
		if m := d.(map[string]any); m["field"] == name {
			out = append(out, fmt.Sprint(m["severity"], ": ", m["message"]))
		}
	}
	return out
}

func TestWritesNeedTheTokenALocalHostAndTheServersOrigin(t *testing.T) {
	root, srv, s := editor(t)
	version := openPage(t, srv, s, alpha)["version"]
	before := files(t, root)
	refusals := map[string]func(*http.Request){
		"no token":       func(r *http.Request) { r.Header.Del(TokenHeader) },
		"another token":  func(r *http.Request) { r.Header.Set(TokenHeader, strings.Repeat("0", 64)) },
		"DNS rebinding":  func(r *http.Request) { r.Host = "evil.example" },
		"rebinding+port": func(r *http.Request) { r.Host = "evil.example:" + strings.Split(srv.URL, ":")[2] },
		"foreign Origin": func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") },
		"other port":     func(r *http.Request) { r.Header.Set("Origin", "http://127.0.0.1:1") },
		"no Origin":      func(r *http.Request) { r.Header.Del("Origin") },
	}
	writes := map[string]any{
		"api/save":  map[string]any{"file": alpha, "version": version, "fields": map[string]any{"title": "Hacked"}},
		"api/check": map[string]any{"file": alpha, "fields": map[string]any{"title": "Hacked"}},
	}
	for why, change := range refusals {
		for rel, body := range writes {
			if code, _ := call(t, srv, s, "POST", rel, body, change); code != http.StatusForbidden {
				t.Errorf("%s, %s: status %d, want 403", rel, why, code)
			}
		}
		if code := uploadImage(t, srv, s, "x.png", pngBytes, "alt", change); code != http.StatusForbidden {
			t.Errorf("upload, %s: status %d, want 403", why, code)
		}
	}
	// The form's page may not be framed by another site.
	resp, err := srv.Client().Get(srv.URL + "/" + Path + "?file=" + alpha)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("X-Frame-Options") != "SAMEORIGIN" || resp.Header.Get("Content-Security-Policy") != "frame-ancestors 'self'" {
		t.Errorf("the form's page: %d, framing allowed", resp.StatusCode)
	}
	// The form's page, which carries the token, is not served to another host.
	code, _ := call(t, srv, s, "GET", "?file="+alpha, nil, refusals["DNS rebinding"])
	if code != http.StatusForbidden {
		t.Errorf("the form under another Host: status %d, want 403", code)
	}
	if after := files(t, root); !maps.Equal(before, after) {
		t.Error("a refused request changed the site's files")
	}
	// The same save with everything in order is taken.
	if code, res := call(t, srv, s, "POST", "api/save", writes["api/save"], nil); code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
}

func TestPathsAreBuiltByTheServerOnly(t *testing.T) {
	root, srv, s := editor(t)
	before := files(t, root)
	for _, body := range []map[string]any{
		{"kind": "case", "lang": "en", "id": "../../x"},
		{"kind": "case", "lang": "en", "id": "../x"},
		{"kind": "case", "lang": "en", "id": "a/b"},
		{"kind": "case", "lang": "en", "id": "Big"},
		{"kind": "case", "lang": "../..", "id": "x"},
		{"kind": "case", "lang": "de", "id": "x"},
		{"kind": "../static", "lang": "en", "id": "x"},
		{"kind": "home", "lang": "en", "id": "x"},
		{"file": "content/en/cases/../../../x.md"},
		{"file": "../x.md"},
		{"file": "/etc/passwd"},
		{"file": "static/x.md"},
		{"file": "layouts/base.html"},
		{"file": "content/en/cases/alpha.md/../../../../x.md"},
		{"file": "content/en/nowhere/x.md"},
	} {
		body["fields"] = map[string]any{"title": "T", "summary": "S."}
		body["body"] = "Text.\n"
		if code, res := call(t, srv, s, "POST", "api/save", body, nil); code != http.StatusBadRequest {
			t.Errorf("save %v: status %d (%v), want 400", body, code, res)
		}
	}
	if code, _ := call(t, srv, s, "GET", "api/page?file=../../etc/passwd", nil, nil); code != http.StatusBadRequest {
		t.Errorf("page of a file outside content/: status %d", code)
	}
	if after := files(t, root); !maps.Equal(before, after) {
		t.Error("a refused request changed the site's files")
	}
}

func TestAFileChangedOnDiskIsNotOverwritten(t *testing.T) {
	root, srv, s := editor(t)
	version := openPage(t, srv, s, alpha)["version"]
	theirs := strings.Replace(testsite.Minimal[alpha], "Alpha case", "Alpha case, edited in a text editor", 1)
	if err := os.WriteFile(filepath.Join(root, alpha), []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"file": alpha, "version": version, "fields": map[string]any{"title": "Mine"}}, nil)
	if code != http.StatusConflict || res["conflict"] != true || res["text"] != theirs || res["version"] != version2(theirs) {
		t.Errorf("save over a changed file: %d %v", code, res)
	}
	if got, _ := os.ReadFile(filepath.Join(root, alpha)); string(got) != theirs {
		t.Errorf("the file on disk was overwritten:\n%s", got)
	}
	// A new page whose file exists already is a conflict too.
	code, _ = call(t, srv, s, "POST", "api/save", map[string]any{"kind": "case", "lang": "en", "id": "alpha", "fields": map[string]any{"title": "Mine"}}, nil)
	if code != http.StatusConflict {
		t.Errorf("a new page over an existing file: %d", code)
	}
	if got, _ := os.ReadFile(filepath.Join(root, alpha)); string(got) != theirs {
		t.Errorf("the file on disk was overwritten:\n%s", got)
	}
}

func version2(s string) string { return version([]byte(s)) }

func TestANewPageIsWrittenInTheSchemasOrder(t *testing.T) {
	root, srv, s := editor(t)
	fields := map[string]any{
		"year": 2024, "country": "si", "sector": []string{"libraries", "ngo"}, "partners": []string{"red-cross"},
		"library": "town-library", "partnership_type": []string{"educational"},
		"summary": "Knjižnica: bralni krožek za mlade, \"vsak teden\".", "title": "Bralni krožek #1",
		"place": "", "target_groups": []string{},
	}
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"kind": "case", "lang": "sl", "id": "bralni-krozek", "fields": fields, "body": "## Kaj so naredili\r\n\r\nBrali so."}, nil)
	if code != 200 || res["file"] != "content/sl/cases/bralni-krozek.md" || res["url"] != "/sl/cases/bralni-krozek/" {
		t.Fatalf("save: %d %v", code, res)
	}
	got, err := os.ReadFile(filepath.Join(root, "content/sl/cases/bralni-krozek.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/new-case.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the new page:\n%s\nwant (testdata/new-case.md):\n%s", got, want)
	}
}

func TestAPageWithErrorsIsNotSaved(t *testing.T) {
	root, srv, s := editor(t)
	before := files(t, root)
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"kind": "case", "lang": "sl", "id": "brez-povzetka",
		"fields": map[string]any{"title": "Brez povzetka", "library": "town-library", "partners": []string{"red-cross"},
			"partnership_type": []string{"educational"}, "sector": []string{"ngo"}, "country": "xx"}}, nil)
	if code != http.StatusUnprocessableEntity {
		t.Fatalf("save of a page with errors: %d %v", code, res)
	}
	if len(onField(res, "summary")) == 0 || len(onField(res, "country")) == 0 {
		t.Errorf("the errors are not on the fields summary and country: %v", res)
	}
	if after := files(t, root); !maps.Equal(before, after) {
		t.Error("a page with errors was written")
	}
}

func TestCheckGivesTheFindingsOfSkupajCheckByField(t *testing.T) {
	_, srv, s := editor(t)
	code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": alpha,
		"fields": map[string]any{"summary": "", "partners": []string{"red-cross", "nobody"}},
		"body":   "## What was done\n\n![](/img/none.png)\n"}, nil)
	if code != 200 {
		t.Fatalf("check: %d %v", code, res)
	}
	if on := onField(res, "summary"); !strings.Contains(strings.Join(on, "\n"), `error: missing required field "summary"`) {
		t.Errorf("no error on summary: %q", on)
	}
	if on := onField(res, "partners"); !strings.Contains(strings.Join(on, "\n"), `nobody`) {
		t.Errorf("no error on partners: %q", on)
	}
	if on := onField(res, ""); !strings.Contains(strings.Join(on, "\n"), `/img/none.png`) {
		t.Errorf("no finding on the body's image: %q", on)
	}
}

// One check answers with everything the form shows: the body and each
// Markdown field that holds text as the site renders them, links
// resolved as the site resolves them.
func TestCheckRendersTheBodyAndTheMarkdownFields(t *testing.T) {
	_, srv, s := editor(t)
	code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": alpha,
		"fields": map[string]any{"need": "See [the checklist](../tools/checklist.md).", "lessons": ""},
		"body":   "## Heading\n\nSee [the checklist](../tools/checklist.md).\n"}, nil)
	html, _ := res["html"].(string)
	if code != 200 || !strings.Contains(html, `<a href="/tools/checklist/">the checklist</a>`) || !strings.Contains(html, `<h2 id="heading"`) {
		t.Errorf("check's html: %d %q", code, html)
	}
	fields, _ := res["fields"].(map[string]any)
	if need, _ := fields["need"].(string); !strings.Contains(need, `<a href="/tools/checklist/">the checklist</a>`) {
		t.Errorf("check's need: %q", need)
	}
	if results, _ := fields["results"].(string); !strings.Contains(results, "<p>Twelve workshops.</p>") {
		t.Errorf("check's results: %q", results)
	}
	if _, ok := fields["lessons"]; ok {
		t.Errorf("check renders lessons, which the draft empties: %v", fields)
	}
}
