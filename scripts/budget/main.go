// Command budget checks what the bundled handbook costs a reader on a
// first visit. It builds the handbook into a temporary folder, serves it on
// 127.0.0.1, loads the home page, the heaviest chapter and the heaviest case
// (by HTML size) in headless Chromium (Debian's /usr/bin/chromium) and
// prints for each the bytes transferred before any interaction, the number
// of requests and the render-blocking resources with their hosts.
//
// It exits with status 1 if the chapter weighs 100 kB (100,000 bytes) or
// more, or if any render-blocking resource comes from another host than
// the site's.
//
//	go run ./scripts/budget [-source .]
package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/skupaj/skupaj/internal/chromium"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/scripts/budget/weigh"
)

// chromePath is Debian's Chromium, as the browser tests use it.
const chromePath = chromium.Path

// timeout bounds the whole run. It is a limit against hanging, not a
// measurement.
const timeout = 2 * time.Minute

func main() {
	source := flag.String("source", ".", "the site's folder (holds content/)")
	flag.Parse()
	ok, err := run(*source)
	if err != nil {
		fmt.Fprintln(os.Stderr, "budget:", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// run measures the pages, prints the figures and reports whether they
// keep the budget.
func run(source string) (bool, error) {
	tmp, err := os.MkdirTemp("", "skupaj-budget-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "public")
	opts := build.Options{Root: source, Out: out}
	if _, err := build.Build(opts); err != nil {
		return false, fmt.Errorf("building %s:\n%w", source, err)
	}
	chapter, err := weigh.Largest(out, "guidelines")
	if err != nil {
		return false, err
	}
	kase, err := weigh.Largest(out, "cases")
	if err != nil {
		return false, err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()

	if err := chromium.Check(chromePath); err != nil {
		return false, err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromium.Options(chromePath, filepath.Join(tmp, "profile"))...)
	defer cancelAlloc()
	browser, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(browser); err != nil { // starts the browser, with no timeout
		return false, fmt.Errorf("starting %s: %w", chromePath, err)
	}
	ctx, cancelRun := context.WithTimeout(browser, timeout)
	defer cancelRun()

	ok := true
	for _, p := range []struct{ kind, path string }{{"home", "/"}, {"chapter", chapter}, {"case", kase}} {
		r, err := weigh.Measure(ctx, srv.URL+p.path)
		if err != nil {
			return false, err
		}
		fmt.Printf("%-8s %s\n", p.kind, p.path)
		fmt.Printf("         %d bytes (%.1f kB) in %d requests\n", r.Bytes, float64(r.Bytes)/1000, r.Requests)
		for _, b := range r.Blocking {
			fmt.Printf("         render-blocking %s %s (host %s)\n", b.Kind, b.URL, b.Host)
		}
		if len(r.Blocking) == 0 {
			fmt.Printf("         no render-blocking resource\n")
		}
		if p.kind == "chapter" && r.Bytes >= weigh.ChapterBudget {
			fmt.Printf("OVER BUDGET: the chapter weighs %d bytes, the budget is under %d\n", r.Bytes, weigh.ChapterBudget)
			ok = false
		}
		for _, b := range r.Foreign() {
			fmt.Printf("THIRD PARTY: %s blocks rendering from %s\n", b.URL, b.Host)
			ok = false
		}
	}
	return ok, nil
}
