package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestCheckReportsFindingsAsTextAndJSON(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\n![](/img/x.png)\n",
		"static/img/x.png":                "an image",
	}))
	code, out, _ := runCmd("check", "-source", root)
	if code != 0 || !strings.Contains(out, "content/en/guidelines/second.md:5: warning: ") || !strings.Contains(out, "ok: ") {
		t.Errorf("check: %d\n%s", code, out)
	}
	code, out, _ = runCmd("check", "-source", root, "-format", "json")
	var findings []struct {
		File, Severity, Message string
		Line                    int
	}
	if err := json.Unmarshal([]byte(out), &findings); err != nil || code != 0 {
		t.Fatalf("check -format json: %d %v\n%s", code, err, out)
	}
	found := false
	for _, f := range findings {
		found = found || (f.File == "content/en/guidelines/second.md" && f.Line == 5 && f.Severity == "warning")
	}
	if !found {
		t.Errorf("JSON findings lack the image without alt text: %+v", findings)
	}
	os.WriteFile(filepath.Join(root, "content/en/tools/checklist.md"), []byte("---\ntitle: C\nweigth: 1\n---\n"), 0o644)
	code, out, _ = runCmd("check", "-source", root, "-format", "json")
	if code != 1 || !strings.Contains(out, `"severity": "error"`) || !strings.Contains(out, `unknown field \"weigth\"`) {
		t.Errorf("check with errors, JSON: %d\n%s", code, out)
	}
}
