package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/lint"
)

// cmdCheck is `skupaj check`: every check of a build and the editor's
// checks, printed in the chosen format; nothing is written.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", `Runs every validation of a build (schema, taxonomy terms, references, links,
headings) and the editor's checks (images without alt text, missing or long
summaries, pages not translated yet, missing interface strings), and writes
nothing. Prints "path:line: message" lines; exits 1 when there are errors.`, stderr)
	src := fs.String("source", ".", "the site's folder, holding content/, layouts/ and static/")
	format := fs.String("format", "text", `"text" (path:line: message lines), "json" (an array of {file, line, severity, message})
or "github" (workflow commands, shown as annotations in GitHub Actions)`)
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if !slices.Contains(lint.Formats, *format) {
		fmt.Fprintf(stderr, "skupaj check: -format %q: use %s\n", *format, strings.Join(lint.Formats, ", "))
		return 2
	}
	res, err := build.Check(build.Options{Root: *src})
	var findings []lint.Finding
	if err != nil {
		var list diag.List
		if !errors.As(err, &list) {
			fmt.Fprintln(stderr, "skupaj check:", err)
			return 1
		}
		findings = lint.Errors(list)
	} else {
		findings = res.Findings
	}
	if err := lint.Write(stdout, *format, findings); err != nil {
		fmt.Fprintln(stderr, "skupaj check:", err)
		return 1
	}
	if err != nil {
		if *format == "text" {
			fmt.Fprintf(stderr, "check failed: %s\n", plural(len(findings), "error", "errors"))
		}
		return 1
	}
	if *format == "text" {
		warnings := 0
		for _, f := range findings {
			if f.Severity == lint.Warning {
				warnings++
			}
		}
		fmt.Fprintf(stdout, "ok: %s, no errors, %s, %s\n", plural(res.Pages, "page", "pages"),
			plural(warnings, "warning", "warnings"), plural(len(findings)-warnings, "note", "notes"))
	}
	return 0
}
