package edit

import (
	"slices"
	"strings"
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
	if on := onField(res, "results"); !slices.ContainsFunc(on, func(s string) bool { return strings.HasPrefix(s, "warning: ") }) {
		t.Errorf("no warning on results: %v", res["diagnostics"])
	}
}
