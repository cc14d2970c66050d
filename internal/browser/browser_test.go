package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	chromiumpkg "github.com/skupaj/skupaj/internal/chromium"
)

// chromium is Debian's Chromium, as the machines that run the tests have it.
const chromium = chromiumpkg.Path

// stepTimeout bounds each browser step (a navigation, a wait for results).
// It is a limit against hanging, not a measurement: generous, since the
// machine may be busy with other work.
const stepTimeout = 30 * time.Second

// serve serves dir on 127.0.0.1 until the test ends.
func serve(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv
}

// tab is one browser tab on a test server. It records every request the
// page makes, and the script errors and failed requests, which fail the
// test when it ends.
type tab struct {
	t    *testing.T
	ctx  context.Context
	base *url.URL

	mu       sync.Mutex
	requests []string
	problems []string
	allowed  map[string]bool // "<status> <path>" a test expects
}

// allow lets requests to path answer status without failing the test.
func (tb *tab) allow(status int, path string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if tb.allowed == nil {
		tb.allowed = map[string]bool{}
	}
	tb.allowed[fmt.Sprint(status, " ", path)] = true
}

// newTab opens a tab on srv in the browser of ctx.
func newTab(t *testing.T, browserCtx context.Context, srv *httptest.Server) *tab {
	t.Helper()
	base, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return tabAt(t, browserCtx, base)
}

// tabAt opens a tab on the server at base in the browser of ctx.
func tabAt(t *testing.T, browserCtx context.Context, base *url.URL) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	tb := &tab{t: t, ctx: ctx, base: base}
	if err := chromedp.Listen(ctx, tb.listen); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tb.check)
	return tb
}

// listen records requests and problems; it runs on chromedp's reading
// goroutine, so it only appends under the lock.
func (tb *tab) listen(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, e.Request.URL)
	case *network.EventResponseReceived:
		u, _ := url.Parse(e.Response.URL)
		if e.Response.Status >= 400 && !strings.HasSuffix(e.Response.URL, "/favicon.ico") &&
			(u == nil || !tb.allowed[fmt.Sprint(e.Response.Status, " ", u.Path)]) {
			tb.problems = append(tb.problems, fmt.Sprintf("%s: HTTP %d", e.Response.URL, e.Response.Status))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg = d.Exception.Description
		}
		tb.problems = append(tb.problems, "script error: "+msg)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			tb.problems = append(tb.problems, "console.error: "+strings.Join(parts, " "))
		}
	}
}

// check fails the test for script errors, failed requests and requests to
// any host but the test server.
func (tb *tab) check() {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, p := range tb.problems {
		tb.t.Error(p)
	}
	for _, r := range tb.requests {
		u, err := url.Parse(r)
		if err != nil {
			tb.t.Errorf("request to unparsable URL %q", r)
			continue
		}
		if u.Scheme == "data" || u.Scheme == "about" || u.Scheme == "blob" {
			continue
		}
		if u.Host != tb.base.Host {
			tb.t.Errorf("request to another host than the test server: %s", r)
		}
	}
}

// requested returns the paths requested so far.
func (tb *tab) requested() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, r := range tb.requests {
		if u, err := url.Parse(r); err == nil {
			out = append(out, u.Path)
		}
	}
	return out
}

// do runs actions, each step bounded by stepTimeout, and fails the test on error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates a script (awaiting a promise it returns) and decodes its value.
func eval[T any](tb *tab, script string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %.80q: %v", script, err)
	}
	return v
}

// open navigates to path on the test server.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(tb.base.String() + path))
}

// seq is the number of the last finished search of the page, or 0.
func (tb *tab) seq() int {
	tb.t.Helper()
	return eval[int](tb, `+(document.getElementById("search")?.dataset.seq ?? 0)`)
}

// waitSearch waits until a search for query numbered after "after" has
// finished and shown its results.
func (tb *tab) waitSearch(query string, after int) {
	tb.t.Helper()
	q, _ := json.Marshal(query)
	cond := fmt.Sprintf(`(() => { const s = document.getElementById("search");
		return !!s && s.dataset.state === "done" && s.dataset.query === %s && +s.dataset.seq > %d; })()`, q, after)
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingMutation())); err != nil {
		tb.t.Fatalf("waiting for the results of %q: %v", query, err)
	}
}

// typeQuery types query into the empty search box and waits for its results.
func (tb *tab) typeQuery(query string) {
	tb.t.Helper()
	tb.do(chromedp.WaitVisible(chromedp.CSS("#search-q")))
	before := tb.seq()
	eval[chromedp.Void](tb, `void (document.getElementById("search-q").value = "")`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#search-q"), query))
	tb.waitSearch(query, before)
}

// result is one result as the page shows it.
type result struct {
	Title    string   `json:"title"`
	Path     string   `json:"path"`
	Lang     string   `json:"lang"`
	Badges   string   `json:"badges"`
	Text     string   `json:"text"`
	Marks    []string `json:"marks"`
	Sections []string `json:"sections"`
	Focused  bool     `json:"focused"` // the title link has the focus
}

// results reads the results shown.
func (tb *tab) results() []result {
	tb.t.Helper()
	return eval[[]result](tb, `[...document.querySelectorAll("#search-list > .search-hit")].map((o) => {
		const a = o.querySelector("a[href].search-hit-title");
		const sections = [...o.querySelectorAll("a[href].search-hit-section")].map((s) => {
			const u = new URL(s.href);
			return u.pathname + u.hash;
		});
		return {
			title: a.textContent, path: new URL(a.href).pathname, lang: a.lang,
			badges: o.querySelector(".search-badges").textContent,
			text: o.querySelector(".search-hit-text")?.textContent ?? "", // none when the record has no summary and the title has the words
			marks: [...o.querySelectorAll("mark")].map((m) => m.textContent),
			sections,
			focused: document.activeElement === a,
		};
	})`)
}

// status is the text of the live region.
func (tb *tab) status() string {
	tb.t.Helper()
	return eval[string](tb, `document.querySelector(".search-status").textContent`)
}

// titles lists the titles of results.
func titles(rs []result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Title)
	}
	return out
}
