package edit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A page saved with Windows line ends (CRLF, as Git for Windows checks
// files out) stays so when the form saves it: the changed line and a new
// one end in CRLF, and the body, which the browser's text area sends
// back with LF, keeps its bytes unless its text changed.
func TestAPageWithWindowsLineEndsKeepsThem(t *testing.T) {
	root, srv, s := editor(t)
	lf := testsite.Minimal[alpha]
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	disk := filepath.Join(root, alpha)
	if err := os.WriteFile(disk, []byte(crlf), 0o644); err != nil {
		t.Fatal(err)
	}
	page := openPage(t, srv, s, alpha)
	asSent := strings.ReplaceAll(page["body"].(string), "\r\n", "\n") // a text area's value
	for _, c := range []struct {
		name, body, want string
	}{
		{"a field changed, one added", asSent, strings.NewReplacer("title: Alpha case\r\n", "title: Alpha\r\n", "year: 2011\r\n", "place: Riga\r\nyear: 2011\r\n").Replace(crlf)},
		{"the body changed", asSent + "More.\n", strings.NewReplacer("title: Alpha case\r\n", "title: Alpha\r\n", "year: 2011\r\n", "place: Riga\r\nyear: 2011\r\n").Replace(crlf) + "More.\r\n"},
	} {
		if err := os.WriteFile(disk, []byte(crlf), 0o644); err != nil {
			t.Fatal(err)
		}
		code, res := call(t, srv, s, "POST", "api/save", map[string]any{"file": alpha, "version": page["version"],
			"fields": map[string]any{"title": "Alpha", "place": "Riga"}, "body": c.body}, nil)
		if code != 200 {
			t.Fatalf("%s: save: %d %v", c.name, code, res)
		}
		if got, _ := os.ReadFile(disk); string(got) != c.want {
			t.Errorf("%s: saved\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// A vocabulary with Windows line ends gets its new term's lines with
// CRLF too.
func TestATermAddedToAVocabularyWithWindowsLineEndsKeepsThem(t *testing.T) {
	root, srv, s := editor(t)
	disk := filepath.Join(root, "content/taxonomies/sector.yaml")
	crlf := strings.ReplaceAll(testsite.Minimal["content/taxonomies/sector.yaml"], "\n", "\r\n")
	if err := os.WriteFile(disk, []byte(crlf), 0o644); err != nil {
		t.Fatal(err)
	}
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"kind": "term", "taxonomy": "sector", "id": "museums",
		"fields": map[string]string{"label.en": "Museums"}}, nil)
	if code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
	if got, _ := os.ReadFile(disk); string(got) != crlf+"  museums:\r\n    label: {en: Museums}\r\n" {
		t.Errorf("the vocabulary:\n%q", got)
	}
}

// A block field (need: |) of a case with Windows line ends, changed in the
// form (whose text area sends LF), changes on disk by its changed line
// alone, and every line, the block's own among them, still ends in CRLF.
func TestABlockFieldOfAPageWithWindowsLineEndsKeepsThem(t *testing.T) {
	root, srv, s := editor(t)
	lf := strings.Replace(testsite.Minimal[alpha], "results: ", "need: |\n  The town had no room.\n\n  Nor a budget.\nresults: ", 1)
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	disk := filepath.Join(root, alpha)
	if err := os.WriteFile(disk, []byte(crlf), 0o644); err != nil {
		t.Fatal(err)
	}
	page := openPage(t, srv, s, alpha)
	need, _ := page["fields"].(map[string]any)["need"].(string)
	if !strings.Contains(need, "Nor a budget.") {
		t.Fatalf("need reads %q", need)
	}
	need = strings.ReplaceAll(strings.Replace(need, "budget", "grant", 1), "\r\n", "\n") // a text area's value
	body := strings.ReplaceAll(page["body"].(string), "\r\n", "\n")
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"file": alpha, "version": page["version"],
		"fields": map[string]any{"need": need}, "body": body}, nil)
	if code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
	got, _ := os.ReadFile(disk)
	if want := strings.Replace(crlf, "  Nor a budget.\r\n", "  Nor a grant.\r\n", 1); string(got) != want {
		t.Errorf("saved\n%q\nwant\n%q", got, want)
	}
}
