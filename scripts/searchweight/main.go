// Command searchweight measures what a reader's first search on the
// bundled handbook costs: it builds the handbook into a temporary folder,
// serves it on 127.0.0.1 with gzip (as GitHub Pages serves HTML, CSS,
// JavaScript and JSON), opens a search page (the default language's, or
// -page) in headless Chromium (Debian's /usr/bin/chromium) with an empty cache, types
// a word (or, with -address, opens the page with it as ?q=, as the header's
// search box does) and waits until the search is done. It prints every file the page fetched,
// grouped by kind, with the bytes of their bodies as sent (gzipped) and
// as read (uncompressed). It measures; it does not judge.
//
//	go run ./scripts/searchweight [-source .] [-page /hr/search/] [-q library] [-address]
//	go run ./scripts/searchweight [-source .] -set 20 [-langs en,sl,hr,sr,bg]
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/chromium"
)

// timeout bounds the whole run: a limit against hanging, not a measurement.
const timeout = 2 * time.Minute

// entry is one file the page fetched, as the Resource Timing API tells.
type entry struct {
	Path    string  `json:"path"`
	Encoded float64 `json:"encoded"` // body bytes as sent
	Decoded float64 `json:"decoded"` // body bytes uncompressed
}

func main() {
	source := flag.String("source", ".", "the site's folder (holds content/)")
	query := flag.String("q", "library", "the word to search for")
	page := flag.String("page", "/search/", "the search page to open")
	address := flag.Bool("address", false, "open the page with the word in its address (?q=) instead of typing it")
	set := flag.Int("set", 0, "instead of -q: search each language's n most common words of titles and headings (quality.Common), typed and from the address")
	langs := flag.String("langs", "en,sl,hr,sr,bg", "with -set: the languages whose search pages and words to try")
	flag.DurationVar(&latency, "latency", 0, "with -q: add this round-trip time to every request (Chromium's network emulation) and print when the search was done, to see the round trips a first search waits for")
	flag.Parse()
	if err := run(*source, func(m *measurer) error {
		if *set > 0 {
			return m.set(*set, strings.Split(*langs, ","))
		}
		entries, err := m.measure(*page, *query, *address)
		if err != nil {
			return err
		}
		report(entries)
		return nil
	}); err != nil {
		fmt.Fprintln(os.Stderr, "searchweight:", err)
		os.Exit(1)
	}
}

// latency is the round-trip time added to every request (-latency).
var latency time.Duration

// measurer opens search pages of the built handbook in a browser.
type measurer struct {
	source, out, url string
	browser          context.Context
}

// run builds the site in source, serves it gzipped, starts Chromium and
// calls do with them.
func run(source string, do func(*measurer) error) error {
	tmp, err := os.MkdirTemp("", "skupaj-searchweight-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "public")
	if _, err := build.Build(build.Options{Root: source, Out: out}); err != nil {
		return fmt.Errorf("building %s:\n%w", source, err)
	}
	srv := httptest.NewServer(gzipped(http.FileServer(http.Dir(out))))
	defer srv.Close()
	if err := chromium.Check(chromium.Path); err != nil {
		return err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromium.Options(chromium.Path, filepath.Join(tmp, "profile"))...)
	defer cancelAlloc()
	browser, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(browser); err != nil { // starts the browser, with no timeout
		return err
	}
	return do(&measurer{source: source, out: out, url: srv.URL, browser: browser})
}

// measure opens page in a new browser context (an empty cache), types
// query (or opens the page with it as ?q= when address) and returns the
// files fetched until the search is done.
func (m *measurer) measure(page, query string, address bool) ([]entry, error) {
	tabCtx, cancelTab := chromedp.NewContext(m.browser, chromedp.WithNewBrowserContext())
	defer cancelTab()
	ctx, cancelRun := context.WithTimeout(tabCtx, timeout)
	defer cancelRun()
	done := fmt.Sprintf(`(() => { const s = document.getElementById("search");
		return !!s && s.dataset.state === "done" && s.dataset.query === %q; })()`, query)
	// The service worker that the page registers would answer the index
	// files from its cache once active: a first visit fetches them.
	if _, err := chromedp.Call(ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		return nil, err
	}
	if latency > 0 {
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			return nil, err
		}
		rule := network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{
			{Latency: float64(latency.Milliseconds()), DownloadThroughput: -1, UploadThroughput: -1}}}
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, rule); err != nil {
			return nil, err
		}
	}
	if address {
		if err := chromedp.Do(ctx, chromedp.Navigate(m.url+page+"?q="+url.QueryEscape(query))); err != nil {
			return nil, err
		}
	} else {
		if err := chromedp.Do(ctx, chromedp.Navigate(m.url+page), chromedp.WaitVisible(chromedp.CSS("#search-q")), chromedp.Focus(chromedp.CSS("#search-q"))); err != nil {
			return nil, err
		}
		// A letter at a time, each an input event as a keyboard's
		// (SendKeys lost the "č" of "izhodišče" after its "š").
		for _, r := range query {
			if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: string(r)}); err != nil {
				return nil, err
			}
		}
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](done, chromedp.WithPollingMutation())); err == nil && latency > 0 {
		// When the page saw the search done: from the start of its navigation.
		at, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](`performance.now()`))
		fmt.Fprintf(os.Stderr, "done %.0f ms after the page was asked for (round trip %v)\n", at, latency)
	} else if err != nil {
		// Says where the page stopped, in a context of its own (ctx is over).
		at, _ := chromedp.Run(tabCtx, chromedp.Evaluate[string](`(() => { const s = document.getElementById("search");
			return JSON.stringify({state: s?.dataset.state, query: s?.dataset.query, input: document.getElementById("search-q")?.value}); })()`))
		return nil, fmt.Errorf("%w (the page: %s)", err, at)
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[]entry](`[...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
		path: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize }))`))
}

// report prints the files by kind and the totals.
func report(entries []entry) {
	kinds := map[string][]entry{}
	for _, e := range entries {
		kinds[kind(e.Path)] = append(kinds[kind(e.Path)], e)
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	var n int
	var enc, dec float64
	fmt.Println("| files | requests | gzipped bytes | uncompressed bytes |")
	fmt.Println("|---|---|---|---|")
	for _, k := range names {
		var e, d float64
		for _, x := range kinds[k] {
			e += x.Encoded
			d += x.Decoded
		}
		fmt.Printf("| %s | %d | %.0f | %.0f |\n", k, len(kinds[k]), e, d)
		n, enc, dec = n+len(kinds[k]), enc+e, dec+d
	}
	fmt.Printf("| **all** | **%d** | **%.0f** | **%.0f** |\n", n, enc, dec)
	for _, k := range names {
		for _, x := range kinds[k] {
			fmt.Fprintf(os.Stderr, "%s %s %.0f %.0f\n", k, x.Path, x.Encoded, x.Decoded)
		}
	}
}

// kind groups a path of the site.
func kind(p string) string {
	switch {
	case strings.HasPrefix(p, "/search/") && strings.HasSuffix(p, ".json"):
		return "search index"
	case strings.HasSuffix(p, ".js"):
		return "JavaScript"
	case strings.HasSuffix(p, ".css"):
		return "CSS"
	case strings.HasSuffix(p, "/") || strings.HasSuffix(p, ".html"):
		return "HTML"
	}
	return "other (" + filepath.Ext(p) + ")"
}

// gzipped serves h's responses gzipped when the browser accepts it, as
// GitHub Pages does for text (every file the search page fetches is text,
// but the icon, which is SVG and text too).
func gzipped(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		r.Header.Del("Range")
		h.ServeHTTP(rec, r)
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(rec.Body.Bytes())
		zw.Close()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", fmt.Sprint(buf.Len()))
		w.WriteHeader(rec.Code)
		w.Write(buf.Bytes())
	})
}
