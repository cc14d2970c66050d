package main

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/skupaj/skupaj/internal/chromium"
	"net/url"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	keys "github.com/chromedp/chromedp/kb"
)

// fetched is one response the page received.
type fetched struct {
	Path      string  `json:"path"`
	Start     float64 `json:"start"` // ms on the page's clock (performance.now)
	End       float64 `json:"end"`
	Transfer  int     `json:"transfer"` // Resource Timing transferSize
	Body      int     `json:"body"`     // encodedBodySize
	Decoded   int     `json:"decoded"`  // decodedBodySize
	wire      int     // Chromium's encodedDataLength (headers and body as received)
	viaWorker bool    // wire is of the service worker's request for it
	proto     string  // the protocol that carried it (CDP Response.protocol: "h2", "http/1.1"), of the worker's request when viaWorker
	group     string
}

// wordRun is one measurement of one word, in a fresh browser.
type wordRun struct {
	focus, firstKey, lastKey, shown, frame float64     // ms on the page's clock
	window                                 []fetched   // started from focus to the first results shown
	before, after                          []fetched   // started before focus (page load); after the results, until the search finished
	own                                    []fetched   // the service worker's own requests from focus to the first results
	worker                                 string      // how the page's requests went: "through the worker" or "worker bypassed"
	status, first                          string      // status text when done; first result's title
	options                                int         // results shown first
	prof                                   *cpuProfile // with -cpuprofile
}

// latency is the time from the last keystroke to the first results in the page.
func (r wordRun) latency() time.Duration { return ms(r.shown - r.lastKey) }

// breakdown splits the latency: to the first request started after the
// last keystroke (the client's debounce and analysis), the network (that
// request to the last response of the window), and the rest (decoding,
// ranking and rendering after the last response).
func (r wordRun) breakdown() (wait, network, rest time.Duration, requests bool) {
	first, last := -1.0, r.lastKey
	for _, f := range r.window {
		if f.Start >= r.lastKey && (first < 0 || f.Start < first) {
			first = f.Start
		}
		if f.End > last && f.End <= r.shown {
			last = f.End
		}
	}
	if first < 0 {
		return 0, 0, ms(r.shown - last), false
	}
	return ms(first - r.lastKey), ms(last - first), ms(r.shown - last), true
}

func ms(x float64) time.Duration { return time.Duration(x * float64(time.Millisecond)) }

// instrument records, on the page's clock, the focus of the box, every
// keystroke, and the first time results for the typed word are in the
// list (a MutationObserver on it), with the frame after.
const instrument = `(() => {
	performance.setResourceTimingBufferSize(100000);
	const word = %s;
	const b = window.__bench = { focus: 0, keys: [], shown: 0, frame: 0, options: 0, first: "" };
	const input = document.getElementById("search-q");
	if (!input) return false;
	input.addEventListener("focus", () => { if (!b.focus) b.focus = performance.now(); });
	input.addEventListener("keydown", () => b.keys.push(performance.now()), true);
	const root = document.getElementById("search") ?? document.body;
	const seen = () => {
		// Results of the word typed, not of a prefix of it searched before.
		if (b.shown || b.keys.length === 0 || input.value !== word || root.dataset.shown !== word) return;
		const opts = document.querySelectorAll("#search-list > .search-hit");
		if (opts.length === 0) return;
		b.shown = performance.now();
		b.options = opts.length;
		b.first = opts[0].querySelector(".search-hit-title")?.textContent ?? opts[0].textContent;
		requestAnimationFrame(() => setTimeout(() => { b.frame = performance.now(); }, 0));
	};
	new MutationObserver(seen).observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-shown"] });
	return true;
})()`

const collect = `(() => {
	const b = window.__bench;
	const entries = performance.getEntriesByType("resource").map((e) => ({
		path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd,
		transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize,
	}));
	const nav = performance.getEntriesByType("navigation")[0];
	if (nav) entries.unshift({ path: new URL(nav.name).pathname, start: 0, end: nav.responseEnd,
		transfer: nav.transferSize, body: nav.encodedBodySize, decoded: nav.decodedBodySize });
	return JSON.stringify({ origin: performance.timeOrigin, focus: b.focus, keys: b.keys, shown: b.shown, frame: b.frame, options: b.options, first: b.first,
		status: document.querySelector(".search-status")?.textContent ?? "", entries });
})()`

// measureWord opens the search page at page in a fresh headless Chromium
// with its profile in profile, focuses the box, types word and measures.
// With bypass the page's requests go to the network, not through the
// site's service worker (which still runs and keeps the handbook).
// With cpuprofile, V8's profile of the page from before focus to the
// search's end goes to that file.
func measureWord(chromePath, profile string, srv *server, page, word string, bypass bool, cpuprofile string, keyGap time.Duration) (wordRun, error) {
	var run wordRun
	if err := os.MkdirAll(profile, 0o755); err != nil {
		return run, err
	}
	opts := chromium.Options(chromePath, profile)
	if srv.Cert != nil {
		opts = append(opts, chromium.Trust(srv.Cert))
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // starts the browser: no timeout here
		return run, fmt.Errorf("starting %s: %w", chromePath, err)
	}

	var (
		mu       sync.Mutex
		urls     = map[network.RequestID]string{}
		wire     = map[string]int{}    // path → encodedDataLength
		proto    = map[string]string{} // path → protocol of its last response
		inflight = map[network.RequestID]bool{}
		activity = time.Now()
		problems []string
	)
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			urls[e.RequestID] = e.Request.URL
			inflight[e.RequestID] = true
			activity = time.Now()
		case *network.EventLoadingFinished:
			if u, err := url.Parse(urls[e.RequestID]); err == nil {
				wire[u.Path] += int(e.EncodedDataLength)
			}
			delete(inflight, e.RequestID)
			activity = time.Now()
		case *network.EventLoadingFailed:
			delete(inflight, e.RequestID)
			activity = time.Now()
			if !strings.HasSuffix(urls[e.RequestID], "/favicon.ico") {
				problems = append(problems, "failed: "+urls[e.RequestID]+": "+e.ErrorText)
			}
		case *network.EventResponseReceived:
			if u, err := url.Parse(e.Response.URL); err == nil && e.Response.Protocol != "" {
				proto[u.Path] = e.Response.Protocol
			}
			if e.Response.Status >= 400 && !strings.HasSuffix(e.Response.URL, "/favicon.ico") {
				problems = append(problems, fmt.Sprintf("%s: HTTP %d", e.Response.URL, e.Response.Status))
			}
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil && e.ExceptionDetails.Exception.Description != "" {
				msg = e.ExceptionDetails.Exception.Description
			}
			problems = append(problems, "script error: "+msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				problems = append(problems, "console.error: "+strings.Join(parts, " "))
			}
		}
	})
	if err != nil {
		return run, err
	}
	// quiet waits until no request has been in flight for d.
	quiet := func(d time.Duration) error {
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			idle := len(inflight) == 0 && time.Since(activity) >= d
			mu.Unlock()
			if idle {
				return nil
			}
		}
		return fmt.Errorf("the network did not go quiet")
	}
	step := func(d time.Duration, actions ...chromedp.Action[chromedp.Void]) error {
		c, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return chromedp.Do(c, actions...)
	}
	poll := func(cond string) error {
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		_, err := chromedp.Run(c, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(5*time.Millisecond)))
		return err
	}
	problem := func(err error) error {
		mu.Lock()
		defer mu.Unlock()
		if len(problems) > 0 {
			return fmt.Errorf("%v (%s)", err, strings.Join(problems, "; "))
		}
		return err
	}

	if bypass {
		err := step(10*time.Second, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
			return err
		}))
		if err != nil {
			return run, fmt.Errorf("bypassing the service worker: %w", err)
		}
	}
	if err := step(30*time.Second, chromedp.Navigate(srv.URL+page), chromedp.WaitVisible(chromedp.CSS("#search-q"))); err != nil {
		return run, problem(fmt.Errorf("opening %s: %w", page, err))
	}
	if err := quiet(500 * time.Millisecond); err != nil {
		return run, problem(err)
	}
	sw, stopWatch, err := watchWorker(ctx, srv.URL+"/")
	if err != nil {
		return run, problem(err)
	}
	defer stopWatch()
	wj, _ := json.Marshal(word)
	c, cancelEval := context.WithTimeout(ctx, 10*time.Second)
	ok, err := chromedp.Run(c, chromedp.Evaluate[bool](fmt.Sprintf(instrument, wj)))
	cancelEval()
	if err != nil || !ok {
		return run, problem(fmt.Errorf("instrumenting the page: %v (no #search-q?)", err))
	}
	var profStart float64
	if cpuprofile != "" {
		if profStart, err = startProfile(ctx); err != nil {
			return run, fmt.Errorf("starting the profiler: %w", err)
		}
	}
	if err := step(30*time.Second, chromedp.Focus(chromedp.CSS("#search-q")), typeKeys(word, keyGap)); err != nil {
		return run, problem(fmt.Errorf("typing: %w", err))
	}
	if err := poll(`window.__bench.shown > 0`); err != nil {
		return run, problem(fmt.Errorf("waiting for the first results: %w", err))
	}
	q := string(wj)
	if err := poll(`(() => { const s = document.getElementById("search");
		return !s || (s.dataset.state === "done" && s.dataset.query === ` + q + `) || s.dataset.state === "error"; })()`); err != nil {
		return run, problem(fmt.Errorf("waiting for the search to finish: %w", err))
	}
	if err := quiet(300 * time.Millisecond); err != nil {
		return run, problem(err)
	}
	if cpuprofile != "" {
		if run.prof, err = stopProfile(ctx, profStart, cpuprofile); err != nil {
			return run, fmt.Errorf("stopping the profiler: %w", err)
		}
	}
	c, cancelEval = context.WithTimeout(ctx, 10*time.Second)
	raw, err := chromedp.Run(c, chromedp.Evaluate[string](collect))
	cancelEval()
	if err != nil {
		return run, problem(err)
	}
	var got struct {
		Origin  float64   `json:"origin"`
		Focus   float64   `json:"focus"`
		Keys    []float64 `json:"keys"`
		Shown   float64   `json:"shown"`
		Frame   float64   `json:"frame"`
		Options int       `json:"options"`
		First   string    `json:"first"`
		Status  string    `json:"status"`
		Entries []fetched `json:"entries"`
	}
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		return run, err
	}
	if len(got.Keys) == 0 {
		return run, fmt.Errorf("no keystroke recorded")
	}
	run = wordRun{prof: run.prof, focus: got.Focus, firstKey: got.Keys[0], lastKey: got.Keys[len(got.Keys)-1], shown: got.Shown, frame: got.Frame,
		status: got.Status, first: got.First, options: got.Options, worker: "through the worker"}
	if bypass {
		run.worker = "worker bypassed"
	}
	mu.Lock()
	defer mu.Unlock()
	for _, f := range got.Entries {
		f.wire = wire[f.Path]
		f.proto = proto[f.Path]
		f.group = pathGroup(f.Path)
		switch {
		case f.Start < run.focus:
			run.before = append(run.before, f)
		case f.Start <= run.shown:
			run.window = append(run.window, f)
		default:
			run.after = append(run.after, f)
		}
	}
	run.own = sw.attribute(run.window, got.Origin, run.focus, run.shown)
	// The page load is over before the worker is watched: a file it
	// answered counts what the server sent for it.
	for i := range run.before {
		f := &run.before[i]
		if c, ok := srv.cost(path.Clean(f.Path)); ok && f.wire == 0 && f.Transfer == 0 && f.Decoded > 0 {
			f.wire = c.header + c.body
			f.viaWorker = true
		}
	}
	if len(problems) > 0 {
		return run, fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return run, nil
}

// pathGroup names the kind of a file the page fetched.
func pathGroup(p string) string {
	if i := strings.Index(p, "/search/"); i >= 0 && path.Ext(p) == ".json" {
		return group(p[i+len("/search/"):])
	}
	switch path.Ext(p) {
	case ".js", ".mjs":
		return "js"
	case ".css":
		return "css"
	case "", ".html":
		return "html"
	}
	return "other"
}

// typeKeys types text a key at a time, as a keyboard does: each key's
// keydown carries its character, so that keydown, keypress and input
// fire in one task of the page. chromedp.KeyEvent sends the character as
// a separate "char" event, a round trip of the protocol after the keydown
// (several milliseconds on a loaded machine), which the time from the
// last keydown to the results would count. gap is the time between one
// key and the next (0: as fast as the protocol takes them).
func typeKeys(text string, gap time.Duration) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for i, r := range []rune(text) {
			if i > 0 && gap > 0 {
				time.Sleep(gap)
			}
			var down, up *input.DispatchKeyEventParams
			for _, k := range keys.Encode(r) {
				switch k.Type {
				case keys.KeyDown:
					down = k
				case keys.KeyChar:
					down.Text, down.UnmodifiedText = k.Text, k.UnmodifiedText
				case keys.KeyUp:
					up = k
				}
			}
			for _, k := range []*input.DispatchKeyEventParams{down, up} {
				if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *k); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
