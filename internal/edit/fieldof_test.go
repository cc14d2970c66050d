package edit

import (
	"testing"
)

// A warning about a field the page lacks (a case without results) is shown
// on that field of the form, not above the form.
func TestAWarningAboutAnAbsentFieldIsOnThatField(t *testing.T) {
	_, srv, s := editor(t)
	code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": alpha, "fields": map[string]any{"results": ""}}, nil)
	if code != 200 {
		t.Fatalf("check: %d %v", code, res)
	}
	var found bool
	for _, d := range res["diagnostics"].([]any) {
		m := d.(map[string]any)
		if m["severity"] == "warning" && m["field"] == "results" {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning on results: %v", res["diagnostics"])
	}
}
