package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/skupaj/skupaj/internal/build"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

func cmdSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("search", `Searches the site's static search index (made by "skupaj build" in <out>/search/)
as its search page does: every word required, in any form, with or without
diacritics, in Latin or Cyrillic, with a typo or two.`, stderr)
	src := fs.String("source", ".", "the site's folder")
	out := fs.String("out", "", "the output folder of the build (default: <source>/public)")
	lang := fs.String("lang", "", "only pages that this language's lists show: its own, and other languages' it has no translation of (en, sl, sr-Latn ...)")
	kind := fs.String("kind", "", "only pages of this kind ("+strings.Join(build.IndexedKinds(), ", ")+")")
	var given []filterArg // in the order given
	fs.Func("filter", "only pages with this term of a taxonomy, as taxonomy=term[,term...] (either term); repeat for several taxonomies (each must match)", func(v string) error {
		field, value, _ := strings.Cut(v, "=")
		given = append(given, filterArg{"-filter " + v, field, value})
		return nil
	})
	for flag, tax := range shorthands {
		fs.Func(flag, "only pages with this "+tax+" term (-filter "+tax+"=term)", func(v string) error {
			given = append(given, filterArg{"-" + flag, tax, v})
			return nil
		})
	}
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
	filters := map[string][]string{}
	if *lang != "" {
		filters["lang"] = []string{cfg.Language(*lang).Code}
	}
	if *kind != "" {
		given = append([]filterArg{{"-kind", "kind", *kind}}, given...)
	}
	facets := build.SearchFacets(cfg.Taxonomies)
	for _, g := range given {
		if g.field != "kind" && !slices.Contains(facets, g.field) {
			fmt.Fprintf(stderr, "skupaj search: %s: %q is not a taxonomy of the site (content/site.yaml); allowed: %s\n", g.flag, g.field, strings.Join(append([]string{"kind"}, facets...), ", "))
			return 2
		}
		if g.value == "" {
			fmt.Fprintf(stderr, "skupaj search: %s: give a term, as -filter %s=term\n", g.flag, g.field)
			return 2
		}
		for _, v := range strings.Split(g.value, ",") {
			if msg := unknownFilter(g.field, v, vocab, cmp.Or(*lang, cfg.DefaultLanguage)); msg != "" {
				fmt.Fprintf(stderr, "skupaj search: %s: %s\n", g.flag, msg)
				return 2
			}
			filters[g.field] = append(filters[g.field], v)
		}
	}
	dir := filepath.Join(cmp.Or(*out, filepath.Join(*src, "public")), "search")
	st, kept, err := search.Search(dir, strings.Join(fs.Args(), " "), filters)
	if errors.Is(err, iofs.ErrNotExist) {
		fmt.Fprintf(stderr, "skupaj search: %s: no search index (%v); run skupaj build first\n", dir, err)
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, "skupaj search:", err)
		return 1
	}
	fmt.Fprintln(stdout, plural(len(kept), "result", "results"))
	recs, err := st.Records(kept, *n)
	if err != nil {
		fmt.Fprintln(stderr, "skupaj search:", err)
		return 1
	}
	for i, rec := range recs {
		fmt.Fprintf(stdout, "%2d. %-8.0f %s  %s\n", i+1, kept[i].Score, rec.URL, rec.Title)
	}
	for _, facet := range append([]string{"kind", "lang"}, facets...) {
		counts := map[string]int{}
		for _, h := range kept {
			values, err := st.Values(facet, h.Doc)
			if err != nil {
				fmt.Fprintln(stderr, "skupaj search:", err)
				return 1
			}
			for _, v := range values {
				counts[v]++
			}
		}
		if len(counts) == 0 {
			continue
		}
		values := slices.Collect(maps.Keys(counts))
		slices.SortFunc(values, func(a, b string) int { return cmp.Or(counts[b]-counts[a], strings.Compare(a, b)) })
		var parts []string
		for _, v := range values {
			parts = append(parts, fmt.Sprintf("%s %d", v, counts[v]))
		}
		fmt.Fprintf(stdout, "%s: %s\n", facet, strings.Join(parts, ", "))
	}
	return 0
}

// filterArg is a filter as given: the flag (for messages), the field and
// its terms, comma separated.
type filterArg struct{ flag, field, value string }

// shorthands are flags that stand for -filter <taxonomy>=.
var shorthands = map[string]string{"sector": "sector", "type": "partnership_type", "country": "country"}

// unknownFilter says why value cannot match anything in field, or "".
func unknownFilter(field, value string, vocab taxonomy.Set, lang string) string {
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
		return fmt.Sprintf("%q is the name of a term, not its id: write -filter %s=%s", value, field, t.ID)
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
