package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/build"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

func cmdSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("search", `Searches the site's Bleve index (made by "skupaj build", kept in `+search.IndexDir+`).
The query uses Bleve's query string syntax: words (all required), "a phrase"
(its words, in any order, as in the browser), -word to exclude, field:value (title:, body:, kind:case, sector:ngo), prefix*.`, stderr)
	src := fs.String("source", ".", "the site's folder")
	lang := fs.String("lang", "", "only pages that this language's lists show: its own, and other languages' it has no translation of (en, sl, sr-Latn ...)")
	kind := fs.String("kind", "", "only pages of this kind ("+strings.Join(build.IndexedKinds(), ", ")+")")
	sector := fs.String("sector", "", "only pages with this sector term")
	typ := fs.String("type", "", "only pages with this partnership type term")
	country := fs.String("country", "", "only pages with this country term")
	n := fs.Int("n", 10, "how many results to show")
	if err := fs.Parse(reorder(args)); err != nil {
		return flagExit(err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, `skupaj search: give a query, e.g. skupaj search "partnerstvo knjižnica" --lang sl`)
		return 2
	}
	cfg, err := config.Load(*src)
	if err != nil {
		return report(stderr, err)
	}
	var langs []string
	for _, l := range cfg.Languages {
		langs = append(langs, l.Code)
	}
	if *lang != "" && cfg.Language(*lang) == nil {
		fmt.Fprintf(stderr, "skupaj search: -lang: %q is not a language of the site; allowed: %s\n", *lang, strings.Join(langs, ", "))
		return 2
	}
	vocab, err := taxonomy.Load(*src, cfg)
	if err != nil {
		return report(stderr, err)
	}
	idx, err := search.Open(*src)
	if err != nil {
		fmt.Fprintln(stderr, "skupaj search:", err)
		return 1
	}
	defer idx.Close()
	filters := map[string][]string{}
	for _, f := range []struct{ flag, field, value string }{
		{"kind", "kind", *kind}, {"sector", "sector", *sector}, {"type", "partnership_type", *typ}, {"country", "country", *country},
	} {
		if f.value == "" {
			continue
		}
		filters[f.field] = strings.Split(f.value, ",")
		for _, v := range filters[f.field] {
			if msg := unknownFilter(f.flag, f.field, v, vocab, cmp.Or(*lang, cfg.DefaultLanguage)); msg != "" {
				fmt.Fprintf(stderr, "skupaj search: -%s: %s\n", f.flag, msg)
				return 2
			}
		}
	}
	res, err := search.Search(idx, langs, search.Request{Query: strings.Join(fs.Args(), " "), Lang: *lang, Filters: filters, Size: *n})
	if err != nil {
		fmt.Fprintln(stderr, "skupaj search:", err)
		return 1
	}
	fmt.Fprintln(stdout, plural(int(res.Total), "result", "results"))
	for i, h := range res.Hits {
		title, _ := h.Fields["title"].(string)
		fmt.Fprintf(stdout, "%2d. %-6.2f %s  %s\n", i+1, h.Score, h.ID, title)
	}
	var names []string
	for name := range res.Facets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f := res.Facets[name]
		if f.Terms == nil || len(f.Terms.Terms()) == 0 {
			continue
		}
		var parts []string
		for _, t := range f.Terms.Terms() {
			parts = append(parts, fmt.Sprintf("%s %d", t.Term, t.Count))
		}
		fmt.Fprintf(stdout, "%s: %s\n", name, strings.Join(parts, ", "))
	}
	return 0
}

// unknownFilter says why value cannot match anything in field, or "".
func unknownFilter(flag, field, value string, vocab taxonomy.Set, lang string) string {
	if field == "kind" {
		kinds := build.IndexedKinds()
		if slices.Contains(kinds, value) {
			return ""
		}
		return fmt.Sprintf("%q is not a kind of page; allowed: %s", value, strings.Join(kinds, ", "))
	}
	v := vocab[field]
	if v == nil || v.Term(value) != nil {
		return ""
	}
	if t := v.Match(value); t != nil {
		return fmt.Sprintf("%q is the name of a term, not its id: write -%s %s", value, flag, t.ID)
	}
	return v.Unknown(field, value, lang)
}

// reorder puts flags before the query words, so that both
// `skupaj search query --lang sl` and `skupaj search --lang sl query` work.
func reorder(args []string) []string {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		words = append(words, a)
	}
	return append(flags, words...)
}
