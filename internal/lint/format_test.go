package lint

import (
	"bytes"
	"testing"

	"github.com/skupaj/skupaj/internal/diag"
)

// GitHub escapes what would end a workflow command early: a newline in a
// message would start a new command, and a ":" or "," in a property would
// end the property (GitHub's toolkit escapes the same characters).
func TestGitHubEscapes(t *testing.T) {
	for _, tc := range []struct {
		f    Finding
		want string
	}{
		{Finding{File: "content/en/a.md", Line: 4, Severity: Error, Msg: "bad: x, y"},
			"::error file=content/en/a.md,line=4::bad: x, y"},
		{Finding{File: "content/en/a.md", Severity: Warning, Msg: "two\nlines\r\nand 100%"},
			"::warning file=content/en/a.md::two%0Alines%0D%0Aand 100%25"},
		{Finding{File: "content/en/a,b:c%.md", Line: 1, Severity: Note, Msg: "::error::x"},
			"::notice file=content/en/a%2Cb%3Ac%25.md,line=1::::error::x"},
	} {
		if got := tc.f.GitHub(); got != tc.want {
			t.Errorf("%+v:\n got %s\nwant %s", tc.f, got, tc.want)
		}
	}
}

// The problems of a failed build print like the editor's findings, as
// errors, in every format.
func TestWriteErrors(t *testing.T) {
	var list diag.List
	list.Addf("content/en/b.md", 3, "unknown field %q", "weigth")
	list.Addf("content/en/a.md", 0, "not a page id")
	findings := Errors(list)
	for format, want := range map[string]string{
		"text":   "content/en/b.md:3: error: unknown field \"weigth\"\ncontent/en/a.md: error: not a page id\n",
		"github": "::error file=content/en/b.md,line=3::unknown field \"weigth\"\n::error file=content/en/a.md::not a page id\n",
		"json": `[
 {
  "file": "content/en/b.md",
  "line": 3,
  "severity": "error",
  "message": "unknown field \"weigth\""
 },
 {
  "file": "content/en/a.md",
  "severity": "error",
  "message": "not a page id"
 }
]
`,
	} {
		var b bytes.Buffer
		if err := Write(&b, format, findings); err != nil || b.String() != want {
			t.Errorf("%s: %v\n got %s\nwant %s", format, err, b.String(), want)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, "json", nil); err != nil || b.String() != "[]\n" {
		t.Errorf("json of no findings: %v %q", err, b.String())
	}
	if err := Write(&b, "xml", findings); err == nil {
		t.Error("Write accepted an unknown format")
	}
}
