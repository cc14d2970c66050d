// Command searchquality measures issue 16's quality set: it builds this
// repository's handbook, generates queries from its own content in every
// language (internal/search/quality: exact words, without diacritics,
// Latin for Cyrillic, one letter dropped, inflected forms the site lacks),
// and runs each through the language's real search page in headless
// Chromium, as a reader who types the query and a space and presses Enter.
// It prints a Markdown table of how often the wanted page is in the top 5,
// by language and kind, and the queries that miss. It measures; it does not
// judge.
//
//	go run ./scripts/searchquality [-per-kind 100] [-v]
//
// Run it at the repository's root.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/chromium"
	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

func main() {
	perKind := flag.Int("per-kind", 100, "queries of each kind in each language, at most")
	verbose := flag.Bool("v", false, "list the queries that miss")
	flag.Parse()
	if err := run(*perKind, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "searchquality:", err)
		os.Exit(1)
	}
}

func run(perKind int, verbose bool) error {
	dir, err := os.MkdirTemp("", "skupaj-quality-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "public")
	if _, err := build.Build(build.Options{Root: ".", Out: out}); err != nil {
		return fmt.Errorf("building the handbook: %v", err)
	}
	st, err := static.Open(os.DirFS(filepath.Join(out, "search")))
	if err != nil {
		return err
	}
	sets, err := quality.Generate(st, perKind)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(out))}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	if err := chromium.Check(chromium.Path); err != nil {
		return err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromium.Options(chromium.Path, filepath.Join(dir, "profile"))...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()

	type tally struct{ found, all int }
	counts := map[string]map[string]*tally{}
	var misses []string
	langs := slices.Sorted(maps.Keys(sets))
	for _, lang := range langs {
		queries := sets[lang]
		page, err := searchPage(st, lang)
		if err != nil {
			return err
		}
		if _, err := chromedp.Run(ctx, chromedp.Navigate(base+page)); err != nil {
			return err
		}
		if _, err := chromedp.Run(ctx, chromedp.WaitVisible(chromedp.CSS("#search-q"))); err != nil {
			return err
		}
		texts := make([]string, len(queries))
		for i, q := range queries {
			texts[i] = q.Text + " "
		}
		shown, err := runQueries(ctx, texts)
		if err != nil {
			return fmt.Errorf("%s: %v", lang, err)
		}
		counts[lang] = map[string]*tally{}
		for i, q := range queries {
			k := counts[lang][q.Kind]
			if k == nil {
				k = &tally{}
				counts[lang][q.Kind] = k
			}
			k.all++
			if slices.Contains(shown[i][:min(5, len(shown[i]))], q.Want) {
				k.found++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s %q: %s not in the top 5 of %q", lang, q.Kind, q.Text, q.Want, shown[i]))
			}
		}
	}
	fmt.Printf("| language | %s |\n|---|%s\n", strings.Join(quality.Kinds, " | "), strings.Repeat("---|", len(quality.Kinds)))
	total := map[string]*tally{}
	for _, lang := range langs {
		fmt.Printf("| %s |", lang)
		for _, kind := range quality.Kinds {
			k := counts[lang][kind]
			if k == nil {
				fmt.Print(" – |")
				continue
			}
			if total[kind] == nil {
				total[kind] = &tally{}
			}
			total[kind].found += k.found
			total[kind].all += k.all
			fmt.Printf(" %d/%d |", k.found, k.all)
		}
		fmt.Println()
	}
	fmt.Print("| all |")
	for _, kind := range quality.Kinds {
		k := total[kind]
		fmt.Printf(" %d/%d (%.1f %%) |", k.found, k.all, 100*float64(k.found)/float64(k.all))
	}
	fmt.Printf("\n\n%d queries miss\n", len(misses))
	if verbose {
		for _, m := range misses {
			fmt.Println(m)
		}
	}
	return nil
}

// searchPage is the path of lang's search page: beside its home page.
func searchPage(st *static.Static, lang string) (string, error) {
	for doc := range st.Manifest.Docs {
		rec, err := st.Record(doc)
		if err != nil {
			return "", err
		}
		if rec.Lang == lang && rec.Kind == "home" {
			return rec.URL + "search/", nil
		}
	}
	return "", fmt.Errorf("no home page in %s", lang)
}

// runQueries runs every query through the search page open in ctx, one
// after the other (the query in the box, the form submitted, the results
// waited for), and returns the paths of the results each shows first.
func runQueries(ctx context.Context, queries []string) ([][]string, error) {
	qs, _ := json.Marshal(queries)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[[][]string](`(async (queries) => {
		const root = document.getElementById("search");
		const input = document.getElementById("search-q");
		const done = (q, after) => ["done", "error"].includes(root.dataset.state) && root.dataset.query === q && +root.dataset.seq > after;
		const out = [];
		for (const q of queries) {
			const after = +(root.dataset.seq ?? 0);
			input.value = q;
			root.querySelector("form").requestSubmit();
			await new Promise((resolve) => {
				if (done(q, after)) return resolve();
				const o = new MutationObserver(() => { if (done(q, after)) { o.disconnect(); resolve(); } });
				o.observe(root, { attributes: true });
			});
			out.push([...root.querySelectorAll("#search-list > .search-hit a[href].search-hit-title")].map((a) => new URL(a.href).pathname));
		}
		return out;
	})(`+string(qs)+`)`, chromedp.EvalAwaitPromise))
}
