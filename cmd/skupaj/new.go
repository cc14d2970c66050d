package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/scaffold"
)

const newSynopsis = `Usage: skupaj new <kind> <id> [-lang sl] [-source DIR]
       skupaj new term <taxonomy> <term-id> [-label "..."] [-source DIR]

Starts a page from its archetype (layouts/archetypes/<kind>.md), in the
page's language: every field of the kind, explained, with example values that
pass "skupaj check", which warns about each until it is changed.
Kinds: guideline, case, partner, tool. The id is the file name: lowercase
letters a-z, digits and single hyphens (parvomay-drug-prevention).

"new term" adds a term to content/taxonomies/<taxonomy>.yaml, with its label
in the default language. Existing files are never overwritten.

Examples:
  skupaj new case parvomay-drug-prevention -lang sl
  skupaj new partner town-library
  skupaj new term sector ngo -label "NGOs"

Flags (before or after the words):
`

// cmdNew is `skupaj new`: a page of a kind, or a term of a vocabulary.
func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "", stderr)
	fs.Usage = func() { fmt.Fprint(stderr, newSynopsis); fs.PrintDefaults() }
	src := fs.String("source", ".", "the site's folder, holding content/ and layouts/")
	lang := fs.String("lang", "", "the language of the page (default: the site's default language)")
	label := fs.String("label", "", `new term: the term's label in the default language (default: made from the id)`)
	if err := fs.Parse(reorder(args)); err != nil {
		return flagExit(err)
	}
	words := fs.Args()
	if msg := newMisuse(words); msg != "" {
		fmt.Fprint(stderr, msg+"\n\n")
		fs.Usage()
		return 2
	}
	var file, next string
	var err error
	if words[0] == "term" {
		if *lang != "" {
			fmt.Fprintln(stderr, "skupaj new term: -lang is for pages; a term's label is in the default language")
			return 2
		}
		file, err = scaffold.NewTerm(*src, words[1], words[2], *label)
		next = "add its label and description in the other languages"
	} else {
		if *label != "" {
			fmt.Fprintf(stderr, "skupaj new %s: -label only with new term, e.g. skupaj new term sector ngo -label \"NGOs\"\n", words[0])
			return 2
		}
		file, err = scaffold.NewPage(*src, content.Kind(words[0]), words[1], *lang)
		next = "edit it (every field is explained in it)"
	}
	if err != nil {
		fmt.Fprintln(stderr, "skupaj new:", err)
		return 1
	}
	check := "skupaj check"
	if *src != "." {
		check += " -source " + *src
	}
	fmt.Fprintf(stdout, "wrote %s\nnext: %s, then run: %s\n", filepath.Join(*src, filepath.FromSlash(file)), next, check)
	return 0
}

// newMisuse says what is wrong with the words of skupaj new, or "" when
// their number is right: a kind and an id, or term, a taxonomy and a term id.
func newMisuse(words []string) string {
	switch {
	case len(words) > 0 && words[0] == "term" && len(words) != 3:
		return `skupaj new term: give a taxonomy and a term id, e.g. skupaj new term sector ngo -label "NGOs"`
	case len(words) > 0 && words[0] != "term" && len(words) > 2:
		return fmt.Sprintf("skupaj new %s: give one id; unexpected %q (put a label in the page itself)", words[0], words[2])
	case len(words) < 2:
		return "skupaj new: give a kind and an id, e.g. skupaj new case parvomay-drug-prevention"
	}
	return ""
}
