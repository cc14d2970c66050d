package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// workerFetch is one request that the site's service worker made: for the
// page (a request the worker passed on to the network) or for itself
// (keeping the handbook for offline use). A request the worker answered
// from its cache carried nothing and is not here.
type workerFetch struct {
	path  string
	wall  float64 // ms since the epoch, when it was sent
	wire  int     // Chromium's encodedDataLength (headers and body as received)
	proto string  // the protocol that carried it
	used  bool    // matched to a request of the page
}

// workerWatch records the network requests of the service worker's
// target: the page's own target sees a response the worker gave as 0
// bytes, whether the worker fetched it or took it from its cache.
type workerWatch struct {
	site    string
	mu      sync.Mutex
	byID    map[network.RequestID]*workerFetch
	fetches []*workerFetch
}

// watchWorker attaches to the service worker of the page of ctx, whose
// site is served at site, once it runs (up to 10 s), and records its
// requests until stop is called.
func watchWorker(ctx context.Context, site string) (w *workerWatch, stop func(), err error) {
	w = &workerWatch{site: site, byID: map[network.RequestID]*workerFetch{}}
	deadline := time.Now().Add(10 * time.Second)
	for {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, t := range infos {
			if t.Type != "service_worker" || !strings.HasPrefix(t.URL, site) {
				continue
			}
			wctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(t.TargetID), chromedp.WithListener(w.event))
			if err := chromedp.Do(wctx); err != nil {
				cancel()
				return nil, nil, fmt.Errorf("attaching to the service worker: %w", err)
			}
			return w, cancel, nil
		}
		if time.Now().After(deadline) {
			return nil, nil, fmt.Errorf("no service worker of %s runs", site)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (w *workerWatch) event(ev any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if !strings.HasPrefix(e.Request.URL, w.site) {
			return
		}
		u, err := url.Parse(e.Request.URL)
		if err != nil {
			return
		}
		f := &workerFetch{path: u.Path, wall: e.WallTime.Float64() * 1000}
		w.byID[e.RequestID] = f
		w.fetches = append(w.fetches, f)
	case *network.EventResponseReceived:
		if f, ok := w.byID[e.RequestID]; ok {
			f.proto = e.Response.Protocol
		}
	case *network.EventLoadingFinished:
		if f, ok := w.byID[e.RequestID]; ok {
			f.wire += int(e.EncodedDataLength)
		}
	}
}

// attribute gives each request of the page in files that the network
// carried through the worker (page-level bytes 0) the bytes of the
// worker's request for it, sent while the page's was under way (origin is
// the page's performance.timeOrigin); it returns the worker's other
// requests sent from from to to (ms on the page's clock): its own
// fetching meanwhile.
func (w *workerWatch) attribute(files []fetched, origin, from, to float64) (own []fetched) {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	const slack = 2 // ms: the two clocks are read at different points
	for i := range files {
		f := &files[i]
		if f.wire > 0 {
			continue
		}
		for _, wf := range w.fetches {
			if !wf.used && wf.path == f.Path && wf.wall >= origin+f.Start-slack && wf.wall <= origin+f.End+slack {
				wf.used = true
				f.wire = wf.wire
				f.proto = wf.proto
				f.viaWorker = true
				break
			}
		}
	}
	for _, wf := range w.fetches {
		if !wf.used && wf.wall >= origin+from && wf.wall <= origin+to {
			own = append(own, fetched{Path: wf.path, Start: wf.wall - origin, wire: wf.wire, proto: wf.proto, group: pathGroup(wf.path)})
		}
	}
	return own
}
