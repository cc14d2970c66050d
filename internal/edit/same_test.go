package edit

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
)

// The form's check of a page gives what skupaj check gives for its file:
// the same errors and warnings, at the same lines.
func TestCheckOfAPageIsSkupajCheckOfItsFile(t *testing.T) {
	const file = "content/en/cases/beta.md"
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		file: "---\ntitle: Beta\n# the lead library\nlibrary: town-library\npartners: [red-cross, nobody]\n" +
			"partnership_type: [educational]\nsector: [ngo, farming]\ncountry: bg\nyear: 20111\n---\n" +
			"See [the missing chapter](../guidelines/none.md) and ![](/img/x.png).\n",
	}))
	_, err := build.Check(build.Options{Root: root})
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("skupaj check of the fixture: %v", err)
	}
	var want []string
	for _, f := range list {
		if f.File == file && f.Severity != diag.SevNote {
			want = append(want, fmt.Sprintf("%d %s %s", f.Line, f.Severity, f.Msg))
		}
	}
	if len(want) < 4 {
		t.Fatalf("the fixture has too few findings to compare: %v", want)
	}
	s := New(Options{Root: root, BasePath: "/"})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": file, "fields": map[string]any{}}, nil)
	if code != 200 {
		t.Fatalf("check: %d %v", code, res)
	}
	var got []string
	for _, d := range res["diagnostics"].([]any) {
		m := d.(map[string]any)
		got = append(got, fmt.Sprintf("%d %s %s", int(m["line"].(float64)), m["severity"], m["message"]))
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("the form's check:\n%q\nskupaj check:\n%q", got, want)
	}
}
