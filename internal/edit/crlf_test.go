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
