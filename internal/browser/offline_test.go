package browser

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/testsite"
)

// revisedChapter is the change that a second build makes to testsite.Minimal.
const revisedChapter = `
-- content/en/guidelines/second.md --
---
title: Second chapter, revised
weight: 20
---
Back to [the first](first.md#why-partnerships-fail).
`

// TestHandbookWorksOffline builds testsite.Minimal for a GitHub Pages
// project address and serves it under /handbook/. A reader opens a
// chapter and waits for the mark that says the handbook is available
// offline; then the network goes (the server drops every connection and
// the tab is emulated offline), and another chapter opens and a search
// finds a chapter. Back online, after a build that changed that chapter,
// opening it shows the change.
func TestHandbookWorksOffline(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	out := filepath.Join(t.TempDir(), "public")
	rebuild := func() {
		t.Helper()
		_, err := build.Build(build.Options{Root: root, Out: out,
			BaseURL: "https://org.github.io/handbook/"})
		if err != nil {
			t.Fatal(err)
		}
	}
	rebuild()
	var down atomic.Bool
	files := http.StripPrefix("/handbook", http.FileServer(http.Dir(out)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	st := newSiteTab(t, startBrowser(t), srv)

	st.open("/handbook/guidelines/first/")
	js[bool](st, `new Promise((resolve) => {
		const found = () => document.querySelector(".site-footer .offline-mark");
		if (found()) return resolve(true);
		new MutationObserver((_, o) => { if (found()) { o.disconnect(); resolve(true); } })
			.observe(document.body, { childList: true, subtree: true });
	})`)

	// offline emulates the network's state in the tab and its service
	// worker (Network.emulateNetworkConditionsByRule, which replaced
	// Network.emulateNetworkConditions) and in navigator.onLine.
	offline := func(off bool) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
				EmulateOfflineServiceWorker: &off,
				MatchedNetworkConditions:    []*network.Conditions{{Offline: off, DownloadThroughput: -1, UploadThroughput: -1}},
			})
			if err == nil {
				_, err = cdp.Call(ctx, tg, network.OverrideNetworkState, network.OverrideNetworkStateParams{
					Offline: off, DownloadThroughput: -1, UploadThroughput: -1,
				})
			}
			return err
		})
	}
	down.Store(true)
	st.do(offline(true))
	st.open("/handbook/guidelines/second/")
	if h1 := js[string](st, `document.querySelector("h1").textContent`); h1 != "Second chapter" {
		t.Errorf("offline, the second chapter shows %q", h1)
	}
	st.open("/handbook/search/?q=partnerships")
	st.waitResults()
	if rs := js[[]string](st, `[...document.querySelectorAll("#search-list .search-hit-title")].map((a) => a.textContent)`); !containsText(rs, "First chapter") {
		t.Errorf("offline, searching for partnerships finds %q, want the first chapter", rs)
	}

	if err := testsite.WriteDir(root, testsite.With(testsite.Minimal, testsite.Txtar(revisedChapter))); err != nil {
		t.Fatal(err)
	}
	rebuild()
	down.Store(false)
	st.do(offline(false))
	// The tab and its service worker leave the emulated offline state one
	// after the other; wait until a request through the worker that no
	// cache can answer reaches the server, as a reader's next click would.
	js[bool](st, `(async () => {
		for (let i = 0; ; i++) {
			try {
				const res = await fetch("/handbook/guidelines/second/?online=" + i, { cache: "no-store" });
				if (res.ok) return true;
			} catch (err) {}
			await new Promise((r) => setTimeout(r, 50));
		}
	})()`)
	st.open("/handbook/guidelines/second/")
	if h1 := js[string](st, `document.querySelector("h1").textContent`); h1 != "Second chapter, revised" {
		t.Errorf("online after a new build, the second chapter shows %q", h1)
	}
}

// txtarWrite writes the files of the txtar archive text below root.
func containsText(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}
