package serve

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/edit"
	"github.com/skupaj/skupaj/internal/testsite"
)

// runningEditor starts a preview of the site at root with the editor on
// and returns once its first build has finished.
func runningEditor(t testing.TB, root string) (base string, s *Server) {
	t.Helper()
	addr, s, logged := startWith(t, Options{Root: root, BasePath: "/", Edit: true})
	for n, _ := s.Builds(); n == 0; n, _ = s.Builds() {
		<-logged
	}
	return "http://" + addr + "/", s
}

var tokenRe = regexp.MustCompile(`<meta name="skupaj-edit-token" content="([0-9a-f]+)">`)

// editToken reads the token from the form's page, as the form's script does.
func editToken(t testing.TB, base string) string {
	t.Helper()
	code, page := get(t, base+edit.Path+"?new=case&lang=en")
	g := tokenRe.FindStringSubmatch(page)
	if code != 200 || g == nil {
		t.Fatalf("the form's page: %d, no token", code)
	}
	return g[1]
}

// editCall sends a request to the editor's API as the form does.
func editCall(t testing.TB, base, token, method, rel string, body any) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, base+edit.Path+"api/"+rel, rd)
	req.Header.Set(edit.TokenHeader, token)
	req.Header.Set("Origin", strings.TrimSuffix(base, "/"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	data, _ := io.ReadAll(resp.Body)
	if json.Unmarshal(data, &out) != nil {
		out = map[string]any{"text": string(data)}
	}
	return resp.StatusCode, out
}

func TestPagesOfTheEditingPreviewLinkToTheirForm(t *testing.T) {
	// The site declares a vocabulary of its own, audience.
	config := strings.Replace(testsite.Config, "taxonomies: [partnership_type, sector, country, target_groups, relationship]",
		"taxonomies: [partnership_type, sector, country, target_groups, relationship, audience]", 1)
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/site.yaml":                config,
		"content/taxonomies/audience.yaml": testsite.Vocabulary("children", "seniors"),
	}))
	base, _ := runningEditor(t, root)
	_, page := get(t, base+"cases/alpha/")
	if !strings.Contains(page, `<a rel="edit" href="/__skupaj/edit/?file=content%2Fen%2Fcases%2Falpha.md"`) {
		t.Error("the page has no link rel=edit to its form")
	}
	for _, kind := range []string{"case", "partner", "guideline", "tool"} {
		if !strings.Contains(page, `href="/__skupaj/edit/?lang=en&amp;new=`+kind+`"`) {
			t.Errorf("the New menu has no %s", kind)
		}
	}
	for _, tax := range []string{"partnership_type", "sector", "country", "target_groups", "relationship", "audience"} {
		if !strings.Contains(page, `href="/__skupaj/edit/?lang=en&amp;new=term&amp;taxonomy=`+tax+`"`) {
			t.Errorf("the New menu has no term of the %s vocabulary", tax)
		}
	}
	_, sl := get(t, base+"sl/cases/alpha/")
	if !strings.Contains(sl, `lang="sl"`) || !strings.Contains(sl, ">Uredi</a>") {
		t.Error("the Slovenian page's Edit link is not in Slovenian")
	}
	_, home := get(t, base+"sl/") // generated: no file to edit
	if strings.Contains(home, `rel="edit"`) || !strings.Contains(home, "skupaj-edit-bar") {
		t.Error("a page without a file has an Edit link, or no New menu")
	}
}

// The editor is the preview's only: the site `skupaj build` publishes,
// built from the same files, has no Edit link, no New menu and no address
// of the editor on any page, while the preview's page has them.
func TestThePublishedSiteHasNoEditor(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := runningEditor(t, root)
	if _, page := get(t, base+"cases/alpha/"); !strings.Contains(page, `rel="edit"`) {
		t.Fatal("the preview's page has no Edit link: nothing to compare with")
	}
	out := t.TempDir()
	if _, err := build.Build(build.Options{Root: root, Out: out}); err != nil {
		t.Fatalf("build: %v", err)
	}
	pages := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".html") {
			pages++
		}
		for _, mark := range []string{`rel="edit"`, "skupaj-edit", edit.Path, edit.TokenHeader} {
			if bytes.Contains(data, []byte(mark)) {
				t.Errorf("%s holds %q", p, mark)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages == 0 {
		t.Fatal("the build wrote no pages")
	}
}

func TestNoEditTurnsTheEditorOff(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := running(t, root) // Options.Edit false, as -no-edit makes it
	if _, page := get(t, base+"cases/alpha/"); strings.Contains(page, "skupaj-edit-bar") || strings.Contains(page, `rel="edit"`) {
		t.Error("a page links to the editor")
	}
	if code, _ := get(t, base+edit.Path+"?file=content/en/cases/alpha.md"); code != 404 {
		t.Errorf("the form: %d, want 404", code)
	}
	before, _ := os.ReadFile(filepath.Join(root, "content/en/cases/alpha.md"))
	if code, _ := editCall(t, base, "", "POST", "save", map[string]any{"file": "content/en/cases/alpha.md", "fields": map[string]any{"title": "X"}}); code != 404 {
		t.Errorf("save: %d, want 404", code)
	}
	if after, _ := os.ReadFile(filepath.Join(root, "content/en/cases/alpha.md")); !bytes.Equal(before, after) {
		t.Error("the page was written")
	}
}

func TestASavedNewPageAppearsInThePreview(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := runningEditor(t, root)
	ev := events(t, base)
	token := editToken(t, base)
	code, res := editCall(t, base, token, "POST", "save", map[string]any{"kind": "case", "lang": "sl", "id": "bralni-vrt",
		"fields": map[string]any{"title": "Bralni vrt", "summary": "Knjige v parku.", "library": "town-library", "partners": []string{"red-cross"},
			"partnership_type": []string{"educational"}, "sector": []string{"ngo"}, "country": "si"},
		"body": "Poleti v parku.\n"})
	if code != 200 || res["url"] != "/sl/cases/bralni-vrt/" {
		t.Fatalf("save: %d %v", code, res)
	}
	until(t, ev, "the new case in the preview", func() bool {
		code, page := get(t, base+"sl/cases/bralni-vrt/")
		return code == 200 && strings.Contains(page, "Bralni vrt") && strings.Contains(page, `rel="edit" href="/__skupaj/edit/?file=content%2Fsl%2Fcases%2Fbralni-vrt.md"`)
	})
}

// partnerChoices are the ids the form's partners picker offers.
func partnerChoices(t testing.TB, base string) []string {
	t.Helper()
	code, body := get(t, base+edit.Path+"api/schema?kind=case&lang=en")
	var schema struct {
		Fields []struct {
			Name    string
			Choices []struct{ ID string }
		}
	}
	if err := json.Unmarshal([]byte(body), &schema); code != 200 || err != nil {
		t.Fatalf("schema: %d %v", code, err)
	}
	var ids []string
	for _, f := range schema.Fields {
		if f.Name == "partners" {
			for _, c := range f.Choices {
				ids = append(ids, c.ID)
			}
		}
	}
	return ids
}

// The pickers offer what the preview's builds read: a partner the editor
// only checked is not offered, one it saved is, once the preview has built
// it.
func TestThePickersOfferWhatThePreviewBuilt(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := runningEditor(t, root)
	if got := partnerChoices(t, base); !slices.Equal(got, []string{"red-cross", "town-library"}) {
		t.Fatalf("partners offered: %v, want red-cross, town-library", got)
	}
	ev := events(t, base)
	token := editToken(t, base)
	draft := map[string]any{"kind": "partner", "lang": "en", "id": "city-archive",
		"fields": map[string]any{"title": "City archive", "sector": []string{"libraries"}, "country": "bg"}, "body": "Old papers.\n"}
	if code, res := editCall(t, base, token, "POST", "check", draft); code != 200 {
		t.Fatalf("check: %d %v", code, res)
	}
	if got := partnerChoices(t, base); slices.Contains(got, "city-archive") {
		t.Fatalf("a partner only checked, not saved, is offered: %v", got)
	}
	code, res := editCall(t, base, token, "POST", "save", draft)
	if code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
	until(t, ev, "the new partner in the pickers", func() bool {
		return slices.Contains(partnerChoices(t, base), "city-archive")
	})
}
