// Package weigh measures what a page costs a reader before they do
// anything: the bytes and requests of its first load in headless Chromium,
// and the resources that block its first rendering. `go run
// ./scripts/budget` and the browser tests (internal/browser) use it.
package weigh

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/chromium"
)

// ChapterBudget is what a chapter may weigh at most, in bytes
// transferred: a chapter of 100 kB (100,000 bytes) or more is too heavy.
const ChapterBudget = 100_000

// Report is what loading one page cost.
type Report struct {
	URL      string
	Bytes    int64 // encoded data length of every response: headers and bodies as sent
	Requests int   // requests made, the page's own included
	// Blocking are the resources that block rendering: stylesheets and
	// synchronous scripts in <head>, and whatever else Chromium marks
	// render-blocking.
	Blocking []Resource
}

// Resource is one render-blocking resource.
type Resource struct {
	URL  string
	Kind string // "stylesheet", "script" or Chromium's resource type
	Host string // host[:port] it comes from
}

// Foreign returns the render-blocking resources from another host than
// the page's own.
func (r *Report) Foreign() []Resource {
	u, err := url.Parse(r.URL)
	if err != nil {
		return r.Blocking
	}
	var out []Resource
	for _, b := range r.Blocking {
		if b.Host != u.Host {
			out = append(out, b)
		}
	}
	return out
}

// Measure loads pageURL in a new tab of the browser of ctx, with the
// browser cache off so that every load is a first visit, and reports its
// bytes, requests and render-blocking resources. It counts everything the
// page requests until its load event has fired and the requests started by
// then have ended; it does not scroll, click or type. The browser's own
// fetch of the tab's icon is left out: it comes after the load event, or
// not at all when the browser has the icon already. ctx bounds the whole
// measurement.
func Measure(ctx context.Context, pageURL string) (*Report, error) {
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	m := &meter{sizes: map[network.RequestID]int64{}, inflight: chromium.NewInflight()}
	if err := chromedp.Listen(tab, m.listen); err != nil {
		return nil, err
	}
	if err := chromedp.Do(tab); err != nil { // opens the tab
		return nil, err
	}
	if _, err := chromedp.Call(tab, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(pageURL)); err != nil {
		return nil, fmt.Errorf("loading %s: %w", pageURL, err)
	}
	if err := m.inflight.Settle(tab); err != nil {
		return nil, fmt.Errorf("%s: %w", pageURL, err)
	}
	inHead, err := chromedp.Run(tab, chromedp.Evaluate[[]Resource](headBlocking))
	if err != nil {
		return nil, fmt.Errorf("%s: reading <head>: %w", pageURL, err)
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	r := &Report{URL: pageURL, Requests: m.requests}
	for _, n := range m.sizes {
		r.Bytes += n
	}
	for _, b := range append(inHead, m.blocking...) {
		if !slices.ContainsFunc(r.Blocking, func(x Resource) bool { return x.URL == b.URL }) {
			if u, err := url.Parse(b.URL); err == nil {
				b.Host = u.Host
			}
			r.Blocking = append(r.Blocking, b)
		}
	}
	return r, nil
}

// headBlocking lists the stylesheets (for the screen) and the synchronous
// scripts (no async, defer or type=module) of the page's <head>.
const headBlocking = `[...document.head.querySelectorAll('link[rel~="stylesheet"], script[src]')]
	.filter((e) => e.tagName === "LINK"
		? !e.disabled && (!e.media || matchMedia(e.media).matches)
		: !e.async && !e.defer && e.type !== "module")
	.map((e) => ({ URL: e.href || e.src, Kind: e.tagName === "LINK" ? "stylesheet" : "script" }))`

// meter records a tab's requests. listen runs on chromedp's reading
// goroutine, so it only records, under the lock.
type meter struct {
	mu       sync.Mutex
	requests int
	sizes    map[network.RequestID]int64 // bytes of each request that ended
	inflight *chromium.Inflight
	blocking []Resource // what Chromium marks render-blocking
}

func (m *meter) listen(ev any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		switch {
		case strings.HasPrefix(e.Request.URL, "data:"), e.RedirectResponse != nil:
			return // no transfer, or the same request once more
		case e.Type == network.ResourceTypeOther && strings.Contains(e.Request.URL, "favicon"):
			return // the browser's own fetch of the tab's icon, late or not at all
		}
		m.requests++
		if e.RenderBlockingBehavior == network.RenderBlockingBehaviorBlocking {
			m.blocking = append(m.blocking, Resource{URL: e.Request.URL, Kind: strings.ToLower(string(e.Type))})
		}
		m.inflight.Start(e.RequestID, e.Request.URL)
	case *network.EventLoadingFinished:
		m.sizes[e.RequestID] = int64(e.EncodedDataLength)
		m.inflight.End(e.RequestID)
	case *network.EventLoadingFailed:
		m.inflight.End(e.RequestID)
	}
}

// Largest returns the address of the page with the largest HTML file among
// the pages below dir ("guidelines") of the built site out: "/guidelines/<id>/".
func Largest(out, dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(out, dir, "*", "index.html"))
	if err != nil {
		return "", err
	}
	best, size := "", int64(-1)
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			return "", err
		}
		if fi.Size() > size {
			best, size = filepath.Base(filepath.Dir(f)), fi.Size()
		}
	}
	if best == "" {
		return "", fmt.Errorf("no page below %s/", filepath.Join(out, dir))
	}
	return "/" + dir + "/" + best + "/", nil
}
