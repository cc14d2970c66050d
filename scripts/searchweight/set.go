package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// weight is what one first search fetched.
type weight struct {
	requests int
	bytes    float64 // gzipped, as sent
	texts    int     // text files (search/x/) among the requests
}

func weigh(entries []entry) weight {
	var w weight
	for _, e := range entries {
		w.requests++
		w.bytes += e.Encoded
		if strings.HasPrefix(e.Path, "/search/x/") {
			w.texts++
		}
	}
	return w
}

// set measures the first search of each language's n most common words
// (quality.Common) on its search page, typed and from the address, and
// prints a row per word and the worst of all.
func (m *measurer) set(n int, langs []string) error {
	st, err := static.Open(os.DirFS(filepath.Join(m.out, "search")))
	if err != nil {
		return err
	}
	cfg, err := config.Load(m.source)
	if err != nil {
		return err
	}
	type row struct {
		lang, word     string
		typed, address weight
	}
	var rows []row
	for _, lang := range langs {
		words, err := quality.Common(st, lang, n)
		if err != nil {
			return err
		}
		page := "/" + cfg.Prefix(lang) + "search/" // the language's folder, as the build writes it (sr-latn/)
		for _, w := range words {
			r := row{lang: lang, word: w}
			for _, address := range []bool{false, true} {
				entries, err := m.measure(page, w, address)
				if err != nil {
					// Counted as over the goal, with what failed.
					fmt.Fprintf(os.Stderr, "%s %q (address %v): %v\n", page, w, address, err)
					entries = make([]entry, 99)
				}
				if address {
					r.address = weigh(entries)
				} else {
					r.typed = weigh(entries)
				}
			}
			fmt.Fprintf(os.Stderr, "%s %s: typed %d/%.0f, address %d/%.0f\n", lang, w, r.typed.requests, r.typed.bytes, r.address.requests, r.address.bytes)
			rows = append(rows, r)
		}
	}
	fmt.Println("| language | word | typed: requests | typed: bytes | address: requests | address: bytes | text files |")
	fmt.Println("|---|---|---|---|---|---|---|")
	over := 0
	var both, requestsOnly, bytesOnly int
	byCount := map[int]int{} // requests → searches
	for _, r := range rows {
		fmt.Printf("| %s | %s | %d | %.0f | %d | %.0f | %d, %d |\n", r.lang, r.word, r.typed.requests, r.typed.bytes, r.address.requests, r.address.bytes, r.typed.texts, r.address.texts)
		for _, w := range []weight{r.typed, r.address} {
			byCount[w.requests]++
			manyRequests, manyBytes := w.requests > 8, w.bytes >= 30_000
			switch {
			case manyRequests && manyBytes:
				both++
			case manyRequests:
				requestsOnly++
			case manyBytes:
				bytesOnly++
			}
			if manyRequests || manyBytes {
				over++
			}
		}
	}
	fmt.Printf("\n%d of %d searches meet both (at most 8 requests, under 30,000 bytes); over in requests only %d, in bytes only %d, in both %d\n",
		2*len(rows)-over, 2*len(rows), requestsOnly, bytesOnly, both)
	fmt.Print("requests: searches")
	for _, n := range slices.Sorted(maps.Keys(byCount)) {
		fmt.Printf(", %d: %d", n, byCount[n])
	}
	fmt.Println()
	worst := func(key func(row) float64) row {
		sorted := append([]row(nil), rows...)
		sort.SliceStable(sorted, func(i, j int) bool { return key(sorted[i]) > key(sorted[j]) })
		return sorted[0]
	}
	byRequests := worst(func(r row) float64 { return float64(max(r.typed.requests, r.address.requests)) })
	byBytes := worst(func(r row) float64 { return max(r.typed.bytes, r.address.bytes) })
	fmt.Printf("\n%d searches, %d over the goal (more than 8 requests or 30,000 bytes); most requests: %s %q (typed %d, address %d); most bytes: %s %q (typed %.0f, address %.0f)\n",
		2*len(rows), over, byRequests.lang, byRequests.word, byRequests.typed.requests, byRequests.address.requests,
		byBytes.lang, byBytes.word, byBytes.typed.bytes, byBytes.address.bytes)
	return nil
}
