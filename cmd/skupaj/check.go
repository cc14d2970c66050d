package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/diag"
)

// cmdCheck is `skupaj check [FILE…]`: every check of a build and the
// editor's checks, printed in the chosen format; nothing is written.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check [FILE…]", `Runs every validation of a build (schema, taxonomy terms, references, links,
headings) and the editor's checks (images without alt text, missing or long
summaries, pages not translated yet, missing interface strings), and writes
nothing. Prints "path:line: severity: message" lines and a summary; exits 1
when there are errors. Given files, it checks the whole site but reports only
on those files.`, stderr)
	src := fs.String("source", ".", "the site's folder, holding content/, layouts/ and static/")
	format := fs.String("format", "text", `"text" (path:line: message lines), "json" (an array of {file, line, severity, message})
or "github" (workflow commands, shown as annotations in GitHub Actions)`)
	notes := fs.Bool("notes", false, "list the notes too (work still to do, such as pages not translated yet); text format")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if !slices.Contains(diag.Formats, *format) {
		fmt.Fprintf(stderr, "skupaj check: -format %q: use %s\n", *format, strings.Join(diag.Formats, ", "))
		return 2
	}
	only, err := siteFiles(*src, fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "skupaj check:", err)
		return 2
	}
	res, err := build.Check(build.Options{Root: *src})
	var findings diag.List
	if err != nil {
		if !errors.As(err, &findings) {
			fmt.Fprintln(stderr, "skupaj check:", err)
			return 1
		}
	} else {
		findings = res.Findings
	}
	findings, elsewhere := onlyFiles(findings, only)
	shown := findings
	if *format == "text" && !*notes {
		shown = slices.DeleteFunc(slices.Clone(findings), func(f *diag.Error) bool { return f.Severity == diag.SevNote })
	}
	if err := diag.Write(stdout, *format, shown); err != nil {
		fmt.Fprintln(stderr, "skupaj check:", err)
		return 1
	}
	errs, warnings, notesFound := findings.Count(diag.SevError), findings.Count(diag.SevWarning), findings.Count(diag.SevNote)
	if *format == "text" {
		summary := fmt.Sprintf("%s, %s, %s", plural(errs, "error", "errors"),
			plural(warnings, "warning", "warnings"), plural(notesFound, "note", "notes"))
		if notesFound > 0 && !*notes {
			summary += " (-notes lists them)"
		}
		if elsewhere > 0 {
			summary += fmt.Sprintf("; %s in other files", plural(elsewhere, "more finding", "more findings"))
		}
		if errs > 0 {
			fmt.Fprintf(stderr, "check failed: %s\n", summary)
		} else if err != nil {
			fmt.Fprintf(stderr, "check failed in other files: %s\n", summary)
		} else {
			fmt.Fprintf(stdout, "ok: %s checked: %s\n", plural(res.Pages, "page", "pages"), summary)
		}
	}
	if errs > 0 || err != nil && len(only) == 0 {
		return 1
	}
	return 0
}

// siteFiles turns the files named on the command line (from the current
// folder) into paths from the site root, as findings name them.
func siteFiles(root string, args []string) ([]string, error) {
	var out []string
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	for _, a := range args {
		if _, err := os.Stat(a); err != nil {
			return nil, fmt.Errorf("%s: no such file", a)
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(absRoot, abs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil, fmt.Errorf("%s is not in the site folder %s (use -source)", a, root)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	return out, nil
}

// onlyFiles keeps the findings of the files named (all when none is) and
// counts the others.
func onlyFiles(findings diag.List, files []string) (kept diag.List, others int) {
	if len(files) == 0 {
		return findings, 0
	}
	for _, f := range findings {
		if slices.ContainsFunc(files, func(p string) bool { return f.File == p || strings.HasPrefix(f.File, strings.TrimSuffix(p, "/")+"/") }) {
			kept = append(kept, f)
		} else {
			others++
		}
	}
	return kept, others
}
