package diag

import (
	"bytes"
	"testing"
)

// GitHub escapes what would end a workflow command early: a newline in a
// message would start a new command, and a ":" or "," in a property would
// end the property (GitHub's toolkit escapes the same characters).
func TestGitHubEscapes(t *testing.T) {
	for _, tc := range []struct {
		e    *Error
		want string
	}{
		{&Error{File: "content/en/a.md", Line: 4, Msg: "bad: x, y"},
			"::error file=content/en/a.md,line=4::bad: x, y"},
		{&Error{File: "content/en/a.md", Severity: SevWarning, Msg: "two\nlines\r\nand 100%"},
			"::warning file=content/en/a.md::two%0Alines%0D%0Aand 100%25"},
		{&Error{File: "content/en/a,b:c%.md", Line: 1, Severity: SevNote, Msg: "::error::x"},
			"::notice file=content/en/a%2Cb%3Ac%25.md,line=1::::error::x"},
	} {
		if got := tc.e.GitHub(); got != tc.want {
			t.Errorf("%+v:\n got %s\nwant %s", tc.e, got, tc.want)
		}
	}
}

// Errors, warnings and notes are one list, written alike in every format.
func TestWrite(t *testing.T) {
	var list List
	list.Addf("content/en/b.md", 3, "unknown field %q", "weigth")
	list.Add(Errorf("content/en/a.md", 0, "not a page id"))
	list.Warnf("content/en/c.md", 7, "image %s has no alt text", "/x.png")
	list.Add(Notef("content/sl/", 0, "nothing is translated"))
	for format, want := range map[string]string{
		"text": "content/en/b.md:3: error: unknown field \"weigth\"\ncontent/en/a.md: error: not a page id\n" +
			"content/en/c.md:7: warning: image /x.png has no alt text\ncontent/sl/: note: nothing is translated\n",
		"github": "::error file=content/en/b.md,line=3::unknown field \"weigth\"\n::error file=content/en/a.md::not a page id\n" +
			"::warning file=content/en/c.md,line=7::image /x.png has no alt text\n::notice file=content/sl/::nothing is translated\n",
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
 },
 {
  "file": "content/en/c.md",
  "line": 7,
  "severity": "warning",
  "message": "image /x.png has no alt text"
 },
 {
  "file": "content/sl/",
  "severity": "note",
  "message": "nothing is translated"
 }
]
`,
	} {
		var b bytes.Buffer
		if err := Write(&b, format, list); err != nil || b.String() != want {
			t.Errorf("%s: %v\n got %s\nwant %s", format, err, b.String(), want)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, "json", nil); err != nil || b.String() != "[]\n" {
		t.Errorf("json of no messages: %v %q", err, b.String())
	}
	if err := Write(&b, "xml", list); err == nil {
		t.Error("Write accepted an unknown format")
	}
}

// A build's error message has no severity word; a warning's has one.
func TestErrorNamesSeverityOfWarnings(t *testing.T) {
	if got := Errorf("a.md", 2, "bad").Error(); got != "a.md:2: bad" {
		t.Errorf("error: %s", got)
	}
	if got := Warningf("a.md", 2, "odd").Error(); got != "a.md:2: warning: odd" {
		t.Errorf("warning: %s", got)
	}
}
