package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestNewWritesPagesThatCheckAndBuild(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	for _, args := range [][]string{
		{"new", "guideline", "working-with-schools", "-source", root},
		{"new", "case", "parvomay-drug-prevention", "--lang", "sl", "-source", root},
		{"new", "-source", root, "partner", "town-school"},
		{"new", "tool", "contact-sheet", "-lang=en", "-source", root},
	} {
		code, out, errs := runCmd(args...)
		if code != 0 || !strings.HasPrefix(out, "wrote "+root) || !strings.Contains(out, "next: edit it") ||
			!strings.Contains(out, "then run: skupaj check -source "+root) {
			t.Errorf("%v: %d %q %q", args, code, out, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "content/sl/cases/parvomay-drug-prevention.md")); err != nil {
		t.Error(err)
	}
	if code, out, errs := runCmd("build", "-source", root, "-no-search"); code != 0 {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(root, "public/sl/cases/parvomay-drug-prevention/index.html")); err != nil {
		t.Error(err)
	}
}

func TestNewRefusesAndSaysWhy(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"case", "alpha"}, 1, "skupaj new: content/en/cases/alpha.md already exists"},
		{[]string{"case", "Alpha"}, 1, `"Alpha" is not a valid page id`},
		{[]string{"case", "x", "-lang", "fr"}, 1, `"fr" is not a language of the site; use one of: en, sl`},
		{[]string{"chapter", "x"}, 1, `"chapter" is not a kind of page`},
		{[]string{"case"}, 2, "give a kind and an id"},
		{[]string{"term", "sector", "x", "-lang", "sl"}, 2, "-lang is for pages"},
		{[]string{"case", "x", "-label", "X"}, 2, "-label only with new term"},
		{[]string{"term", "colour", "red"}, 1, `"colour" is not a taxonomy of the site`},
		{[]string{"term", "sector", "ngo"}, 1, `content/taxonomies/sector.yaml already has the term "ngo"`},
	} {
		code, _, errs := runCmd(append([]string{"new", "-source", root}, tc.args...)...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("new %v: %d %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	// Usage mistakes print what was wrong, then the usage of new with its
	// examples, and exit 2.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"term", "sector"}, `skupaj new term: give a taxonomy and a term id, e.g. skupaj new term sector ngo -label "NGOs"` + "\n\nUsage: skupaj new <kind> <id>"},
		{[]string{"term"}, "skupaj new term: give a taxonomy and a term id"},
		{[]string{"term", "sector", "ngo", "extra"}, "skupaj new term: give a taxonomy and a term id"},
		{nil, "skupaj new: give a kind and an id, e.g. skupaj new case parvomay-drug-prevention\n\nUsage:"},
		{[]string{"case", "x", "y"}, `skupaj new case: give one id; unexpected "y"`},
	} {
		code, out, errs := runCmd(append([]string{"new", "-source", root}, tc.args...)...)
		if code != 2 || out != "" || !strings.HasPrefix(errs, strings.SplitN(tc.want, "\n", 2)[0]) || !strings.Contains(errs, tc.want) ||
			!strings.Contains(errs, `  skupaj new term sector ngo -label "NGOs"`+"\n") {
			t.Errorf("new %v: %d %q; want 2 and %q with the usage and its examples", tc.args, code, errs, tc.want)
		}
	}
	if code, _, errs := runCmd("new", "-help"); code != 0 || !strings.Contains(errs, "skupaj new term <taxonomy> <term-id>") || !strings.Contains(errs, "-label") {
		t.Errorf("new -help: %d %q", code, errs)
	}
}

func TestNewTermThenACaseUsingIt(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	code, out, errs := runCmd("new", "term", "sector", "museums", "-label", "Museums and galleries", "-source", root)
	if code != 0 || !strings.Contains(out, "sector.yaml") {
		t.Fatalf("new term: %d %q %q", code, out, errs)
	}
	if code, _, errs := runCmd("new", "case", "museum-night", "-source", root); code != 0 {
		t.Fatalf("new case: %d %q", code, errs)
	}
	file := filepath.Join(root, "content/en/cases/museum-night.md")
	b, _ := os.ReadFile(file)
	text := strings.Replace(string(b), "\nsector: [ngo]\n", "\nsector: [museums]\n", 1)
	os.WriteFile(file, []byte(text), 0o644)
	if code, _, errs := runCmd("build", "-source", root, "-no-search"); code != 0 {
		t.Fatalf("build: %d %q", code, errs)
	}
	page, _ := os.ReadFile(filepath.Join(root, "public/cases/museum-night/index.html"))
	if !strings.Contains(string(page), "Museums and galleries") {
		t.Error("the case does not show the new term's label")
	}
}
