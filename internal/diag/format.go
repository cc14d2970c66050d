package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats are the names Write accepts, as `skupaj check -format` takes them.
var Formats = []string{"text", "json", "github"}

// Write prints messages in format: "text" is one "path:line: severity:
// message" line each, "json" an indented JSON array of {file, line,
// severity, message} (empty, not null, when there are none), "github" one
// GitHub Actions workflow command each, which GitHub shows as an annotation
// on the file and line.
func Write(w io.Writer, format string, l List) error {
	switch format {
	case "text":
		for _, e := range l {
			if _, err := fmt.Fprintln(w, e.String()); err != nil {
				return err
			}
		}
	case "json":
		if l == nil {
			l = List{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode([]*Error(l))
	case "github":
		for _, e := range l {
			if _, err := fmt.Fprintln(w, e.GitHub()); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unknown format %q: use %s", format, strings.Join(Formats, ", "))
	}
	return nil
}

// GitHub returns e as a GitHub Actions workflow command:
// "::warning file=content/en/x.md,line=4::message" (::error, ::warning, and
// ::notice for notes), escaped as GitHub's toolkit does so that a message
// or path cannot end the command early.
func (e *Error) GitHub() string {
	cmd := "notice"
	switch e.Severity {
	case SevError, SevWarning:
		cmd = e.Severity.String()
	}
	props := "file=" + githubEscape(e.File, true)
	if e.Line > 0 {
		props += fmt.Sprintf(",line=%d", e.Line)
	}
	return "::" + cmd + " " + props + "::" + githubEscape(e.Msg, false)
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
