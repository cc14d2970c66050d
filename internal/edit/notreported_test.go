package edit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The form's not_reported checkboxes save as a list in the front matter,
// and ticking a teaching field the case gives is an error under the
// field, before anything is saved.
func TestNotReportedIsSavedAndChecked(t *testing.T) {
	root, srv, s := editor(t)
	code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": alpha, "fields": map[string]any{"not_reported": []string{"results"}}}, nil)
	on := onField(res, "not_reported")
	if code != 200 || len(on) != 1 || !strings.Contains(on[0], "not_reported lists results, but the case gives results") {
		t.Errorf("check of not_reported [results] beside results: %d, findings on the field %q", code, on)
	}
	page := openPage(t, srv, s, alpha)
	code, res = call(t, srv, s, "POST", "api/save", map[string]any{"file": alpha, "version": page["version"],
		"fields": map[string]any{"not_reported": []string{"transferability", "need"}}, "body": page["body"]}, nil)
	if code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
	got, err := os.ReadFile(filepath.Join(root, alpha))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "\nnot_reported: [transferability, need]\n") {
		t.Errorf("saved:\n%s", got)
	}
}
