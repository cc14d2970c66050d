package lint

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
)

// Error is the severity of a problem that fails the build (a diag.Error).
const Error = "error"

// Formats are the names Write accepts, as `skupaj check -format` takes them.
var Formats = []string{"text", "json", "github"}

// Errors returns the problems of a failed build as findings of severity
// Error, in the list's order.
func Errors(list diag.List) []Finding {
	out := make([]Finding, 0, len(list))
	for _, e := range list {
		out = append(out, Finding{File: e.File, Line: e.Line, Severity: Error, Msg: e.Msg})
	}
	return out
}

// Write prints findings in format: "text" is one "path:line: severity:
// message" line each, "json" an indented JSON array of Findings (empty, not
// null, when there are none), "github" one GitHub Actions workflow command
// each, which GitHub shows as an annotation on the file and line.
func Write(w io.Writer, format string, findings []Finding) error {
	switch format {
	case "text":
		for _, f := range findings {
			if _, err := fmt.Fprintln(w, f); err != nil {
				return err
			}
		}
	case "json":
		if findings == nil {
			findings = []Finding{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(findings)
	case "github":
		for _, f := range findings {
			if _, err := fmt.Fprintln(w, f.GitHub()); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unknown format %q: use %s", format, strings.Join(Formats, ", "))
	}
	return nil
}

// GitHub returns f as a GitHub Actions workflow command:
// "::warning file=content/en/x.md,line=4::message" (::error, ::warning, and
// ::notice for notes), escaped as GitHub's toolkit does so that a message
// or path cannot end the command early.
func (f Finding) GitHub() string {
	cmd := "notice"
	switch f.Severity {
	case Error, Warning:
		cmd = f.Severity
	}
	props := "file=" + githubEscape(f.File, true)
	if f.Line > 0 {
		props += fmt.Sprintf(",line=%d", f.Line)
	}
	return "::" + cmd + " " + props + "::" + githubEscape(f.Msg, false)
}

var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubEscape escapes s as a command's message or, when property is true,
// as the value of one of its properties.
func githubEscape(s string, property bool) string {
	if property {
		return githubProperty.Replace(s)
	}
	return githubData.Replace(s)
}
