package browser

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	chromiumpkg "github.com/skupaj/skupaj/internal/chromium"
)

// repoRoot is this repository, seen from the package's folder.
var repoRoot = filepath.Join("..", "..")

// serveUnder serves dir below prefix ("/handbook/") on 127.0.0.1 until the
// test ends; any other address is a 404.
func serveUnder(t *testing.T, dir, prefix string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(strings.TrimSuffix(prefix, "/"), http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// siteTab is a browser tab on a test server that reports what went wrong
// on each page it opens, by the page's address.
type siteTab struct {
	t   *testing.T
	ctx context.Context
	srv string // the server's address, without a slash at the end
	w   *watcher
}

// newSiteTab opens a tab on srv in the browser of browserCtx.
func newSiteTab(t *testing.T, browserCtx context.Context, srv *httptest.Server) *siteTab {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	st := &siteTab{t: t, ctx: ctx, srv: srv.URL, w: newWatcher(u.Host)}
	if err := chromedp.Listen(ctx, st.w.listen); err != nil {
		t.Fatal(err)
	}
	return st
}

// visit loads path and waits until the requests it started have ended. It
// returns the HTTP status of the page and what went wrong on it. It does not
// touch st.t, so that goroutines can share the test.
func (st *siteTab) visit(path string) (int64, []string, error) {
	st.w.reset()
	ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(st.srv+path))
	if err != nil {
		return 0, st.w.take(), fmt.Errorf("loading %s: %w", path, err)
	}
	if err := st.w.settle(ctx); err != nil {
		return 0, st.w.take(), fmt.Errorf("%s: %w", path, err)
	}
	return resp.Status, st.w.take(), nil
}

// visitKind is visit for a page of a kind; a search page also waits
// until its search has finished, with or without results.
func (st *siteTab) visitKind(page kindPage) (int64, []string, error) {
	status, problems, err := st.visit(page.path)
	if err != nil || page.name != "search" {
		return status, problems, err
	}
	ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
	defer cancel()
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](searchDone, chromedp.EvalAwaitPromise))
	if err == nil {
		err = st.w.settle(ctx)
	}
	if err != nil {
		err = fmt.Errorf("%s: waiting for the search: %w", page.path, err)
	}
	return status, append(problems, st.w.take()...), err
}

// searchDone resolves once the search of the page has finished.
const searchDone = `new Promise((resolve) => {
	const s = document.getElementById("search");
	const done = () => s.dataset.state === "done";
	if (done()) return resolve(true);
	new MutationObserver((_, o) => { if (done()) { o.disconnect(); resolve(true); } })
		.observe(s, { attributes: true, attributeFilter: ["data-state"] });
})`

// open loads path and fails the test for every problem of the page.
func (st *siteTab) open(path string) {
	st.t.Helper()
	status, problems, err := st.visit(path)
	st.report(path, problems)
	if err != nil {
		st.t.Fatal(err)
	}
	if status != http.StatusOK {
		st.t.Fatalf("%s: HTTP %d", path, status)
	}
}

// report fails the test for each problem of the page at path.
func (st *siteTab) report(path string, problems []string) {
	st.t.Helper()
	for _, p := range problems {
		st.t.Errorf("%s: %s", path, p)
	}
}

// do runs actions, each bounded by stepTimeout, and fails the test on error.
func (st *siteTab) do(actions ...chromedp.Action[chromedp.Void]) {
	st.t.Helper()
	ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		st.t.Fatal(err)
	}
}

// run runs one action that returns a value, bounded by stepTimeout.
func run[T any](st *siteTab, a chromedp.Action[T]) T {
	st.t.Helper()
	ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		st.t.Fatal(err)
	}
	return v
}

// js evaluates script in the page (awaiting a promise it returns).
func js[T any](st *siteTab, script string) T {
	st.t.Helper()
	return run(st, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
}

// waitResults waits until the search page shows results.
func (st *siteTab) waitResults() {
	st.t.Helper()
	st.do(chromedp.WaitVisible(chromedp.CSS(`#search[data-state="done"] #search-list > .search-hit`)))
	ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
	defer cancel()
	if err := st.w.settle(ctx); err != nil {
		st.t.Fatal(err)
	}
	st.report("search results", st.w.take())
}

// watcher records what goes wrong on the pages of a tab: requests that
// fail (HTTP 4xx or 5xx, network errors), requests to any host but the
// test server, uncaught exceptions and errors on the console. It keeps the
// requests in flight, so that a test can wait for a page to settle.
type watcher struct {
	host string // the test server's host:port

	mu       sync.Mutex
	loader   cdp.LoaderID                 // the loader of the page's document
	urls     map[network.RequestID]string // URL of each request since the last take
	status   map[network.RequestID]int64  // HTTP status of each response since the last take
	inflight *chromiumpkg.Inflight        // the page's requests in flight
	problems []string
}

func newWatcher(host string) *watcher {
	w := &watcher{host: host, inflight: chromiumpkg.NewInflight()}
	w.reset()
	return w
}

// listen runs on chromedp's reading goroutine: it only records.
func (w *watcher) listen(ev any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		u, err := url.Parse(e.Request.URL)
		switch {
		case err != nil:
			w.problemf("request to an unparsable URL %q", e.Request.URL)
			return
		case u.Scheme == "data" || u.Scheme == "blob" || u.Scheme == "about":
			return
		case u.Host != w.host:
			w.problemf("request to another host than the test server: %s", e.Request.URL)
		}
		w.urls[e.RequestID] = e.Request.URL
		switch {
		case e.Type == network.ResourceTypeDocument:
			w.loader = e.LoaderID
			w.inflight.Clear()
		case e.LoaderID != w.loader:
			return // a late request of the page before, which may never end
		case e.Type == network.ResourceTypeOther && strings.Contains(u.Path, "favicon"):
			return // the browser's own fetch of the tab's icon may never end
		}
		w.inflight.Start(e.RequestID, e.Request.URL)
	// A stylesheet or script that fails is cancelled, with no
	// responseReceived: its status comes only with the extra information.
	case *network.EventResponseReceived:
		w.status[e.RequestID] = e.Response.Status
	case *network.EventResponseReceivedExtraInfo:
		w.status[e.RequestID] = e.StatusCode
	case *network.EventLoadingFinished:
		w.inflight.End(e.RequestID)
	case *network.EventLoadingFailed:
		if !e.Canceled {
			w.problemf("%s: request failed: %s %s", w.urls[e.RequestID], e.ErrorText, e.BlockedReason)
		}
		w.inflight.End(e.RequestID)
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg = d.Exception.Description
		}
		w.problemf("uncaught exception: %s", msg)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			w.problemf("console.%s: %s", e.Type, strings.Join(parts, " "))
		}
	case *log.EventEntryAdded:
		// The network's own errors ("Failed to load resource") are
		// reported by their status, with their URL.
		if e.Entry.Level == log.EntryLevelError && e.Entry.Source != log.EntrySourceNetwork {
			w.problemf("console error (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	}
}

func (w *watcher) problemf(format string, args ...any) {
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

// take returns the problems recorded since the last call, failed
// responses (4xx, 5xx) first.
func (w *watcher) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for id, s := range w.status {
		if s >= 400 {
			out = append(out, fmt.Sprintf("%s: HTTP %d", cmp.Or(w.urls[id], "request "+string(id)), s))
		}
	}
	slices.Sort(out)
	out = append(out, w.problems...)
	w.problems = nil
	clear(w.status)
	return out
}

// reset forgets the problems and the requests of the page before: a
// request that the navigation cancels may never report its end.
func (w *watcher) reset() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.problems = nil
	w.urls = map[network.RequestID]string{}
	w.status = map[network.RequestID]int64{}
	w.inflight.Clear()
}

// settle waits until no request of the page is in flight, or ctx ends.
func (w *watcher) settle(ctx context.Context) error { return w.inflight.Settle(ctx) }
