// Command swcost measures what the site's service worker adds to each
// request of the search index: in one headless Chromium, one tab whose
// requests go through the worker and one that bypasses it
// (Network.setBypassServiceWorker) fetch display records files of a built
// site one after the other, fifteen in a tab and then fifteen in the
// other, ten times; each file is fetched once, so the worker passes every
// request on to the network as on a first search. It prints the median
// and 90th percentile of the time from fetch to the body read in each tab.
//
//	go run ./scripts/swcost [-http1] PUBLIC
//
// PUBLIC is a built site with at least 300 records files (the 10,000-page
// benchmark site: go run ./scripts/benchsearch -keep), served as it is on
// 127.0.0.1 over HTTP/2 with TLS, as GitHub Pages serves it (httptest's
// certificate, which Chromium is told to trust), or over plain HTTP/1.1
// with -http1.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/skupaj/skupaj/internal/chromium"
)

const fetchAll = `(async () => {
	const m = await (await fetch("/search/manifest.json")).json();
	const files = Object.values(m.records).flat().slice(%d, %d); // records are listed by language
	const out = [];
	for (const f of files) {
		const t = performance.now();
		const r = await fetch("/search/" + f);
		await r.arrayBuffer();
		out.push(performance.now() - t);
	}
	return out;
})()`

func main() {
	http1 := flag.Bool("http1", false, "serve over plain HTTP/1.1 instead of HTTP/2 over TLS")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: swcost [-http1] PUBLIC")
		os.Exit(2)
	}
	srv := httptest.NewUnstartedServer(http.FileServer(http.Dir(flag.Arg(0))))
	if *http1 {
		srv.Start()
	} else {
		srv.EnableHTTP2 = true
		srv.StartTLS()
	}
	defer srv.Close()
	prof, _ := os.MkdirTemp("", "swcost-")
	defer os.RemoveAll(prof)
	opts := chromium.Options("/usr/bin/chromium", prof)
	if !*http1 {
		opts = append(opts, chromium.Trust(srv.Certificate()))
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctxA, cA := chromedp.NewContext(alloc)
	defer cA()
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(chromedp.Do(ctxA, chromedp.Navigate(srv.URL+"/search/")))
	_, err := chromedp.Run(ctxA, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then(() => new Promise((r) => { if (navigator.serviceWorker.controller) r(true); else navigator.serviceWorker.oncontrollerchange = () => r(true); }))`, chromedp.EvalAwaitPromise))
	must(err)
	ctxB, cB := chromedp.NewContext(ctxA)
	defer cB()
	must(chromedp.Do(ctxB, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
		return err
	}), chromedp.Navigate(srv.URL+"/search/")))
	var a, b []float64
	for i := 0; i < 10; i++ {
		lo := i * 30
		ra, err := chromedp.Run(ctxA, chromedp.Evaluate[[]float64](fmt.Sprintf(fetchAll, lo, lo+15), chromedp.EvalAwaitPromise))
		must(err)
		rb, err := chromedp.Run(ctxB, chromedp.Evaluate[[]float64](fmt.Sprintf(fetchAll, lo+15, lo+30), chromedp.EvalAwaitPromise))
		must(err)
		a, b = append(a, ra...), append(b, rb...)
	}
	med := func(x []float64) float64 { s := slices.Clone(x); slices.Sort(s); return s[len(s)/2] }
	p90 := func(x []float64) float64 { s := slices.Clone(x); slices.Sort(s); return s[len(s)*9/10] }
	fmt.Printf("through the worker: n=%d median %.1f ms p90 %.1f ms\nbypassed:           n=%d median %.1f ms p90 %.1f ms\n", len(a), med(a), p90(a), len(b), med(b), p90(b))
}
