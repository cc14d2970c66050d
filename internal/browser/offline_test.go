package browser

import (
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/offline"
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
	srv := startDropServer(t, out)
	st := newSiteTab(t, startBrowser(t), srv.Server)

	st.open("/handbook/guidelines/first/")
	js[bool](st, keptMark)

	srv.down.Store(true)
	st.do(emulateOffline(true))
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
	srv.down.Store(false)
	st.do(emulateOffline(false))
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

// keptMark resolves once the page says that the handbook is available
// offline.
const keptMark = `new Promise((resolve) => {
	const found = () => document.querySelector(".site-footer .offline-mark");
	if (found()) return resolve(true);
	new MutationObserver((_, o) => { if (found()) { o.disconnect(); resolve(true); } })
		.observe(document.body, { childList: true, subtree: true });
})`

// dropServer serves a built site under /handbook/; while down it drops
// every connection, as a network gone. It counts the requests for files
// of the search index.
type dropServer struct {
	*httptest.Server
	down         atomic.Bool
	indexFetches atomic.Int64
}

func startDropServer(t *testing.T, out string) *dropServer {
	t.Helper()
	s := &dropServer{}
	files := http.StripPrefix("/handbook", http.FileServer(http.Dir(out)))
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.down.Load() {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		if strings.HasPrefix(r.URL.Path, "/handbook/search/") && strings.HasSuffix(r.URL.Path, ".json") {
			s.indexFetches.Add(1)
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// emulateOffline emulates the network's state in the tab and its service
// worker (Network.emulateNetworkConditionsByRule, which replaced
// Network.emulateNetworkConditions) and in navigator.onLine.
func emulateOffline(off bool) chromedp.Action[chromedp.Void] {
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

// TestLargeIndexIsKeptAsSearched builds a small site as a large one is
// built: the worker keeps the whole index only up to 1 byte
// (build.Options.KeepWholeIndex; offline.WholeIndex for a real site, which
// a test would need thousands of pages to pass). A reader's first visit, a search, does not download
// the whole index: the worker keeps the pages, the index's manifest and
// the files her search read, and offline the same search finds the same
// pages from its cache.
func TestLargeIndexIsKeptAsSearched(t *testing.T) {
	root := t.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: 200, Vocabulary: 5000}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	_, err := build.Build(build.Options{Root: root, Out: out,
		BaseURL: "https://org.github.io/handbook/", KeepWholeIndex: 1})
	if err != nil {
		t.Fatal(err)
	}
	var index []string
	size := 0
	err = filepath.WalkDir(filepath.Join(out, "search"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".json") {
			info, ierr := d.Info()
			if ierr != nil {
				return ierr
			}
			index = append(index, p)
			size += int(info.Size())
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sw, err := os.ReadFile(filepath.Join(out, offline.File))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sw), `"asFetched":"search/"`) {
		t.Fatalf("the worker keeps all %d files of the index (%d bytes), though told to keep it whole only up to 1 byte", len(index), size)
	}
	srv := startDropServer(t, out)
	st := newSiteTab(t, startBrowser(t), srv.Server)

	const search = "/handbook/search/?q=library"
	titles := `[...document.querySelectorAll("#search-list .search-hit-title")].map((a) => a.textContent)`
	st.open(search)
	st.waitResults()
	online := js[[]string](st, titles)
	js[bool](st, keptMark)
	kept := js[int](st, `(async () => {
		const name = (await caches.keys()).find((n) => n.startsWith("skupaj-"));
		const keys = await (await caches.open(name)).keys();
		return keys.filter((r) => /\/handbook\/search\/.*\.json$/.test(new URL(r.url).pathname)).length;
	})()`)
	if fetched := srv.indexFetches.Load(); fetched > 40 || kept > 40 || kept < 3 || 2*kept > len(index) {
		t.Errorf("of the %d files of the index, a first search fetched %d and the worker keeps %d; want the few the search read (3 to 40)", len(index), fetched, kept)
	}

	srv.down.Store(true)
	st.do(emulateOffline(true))
	st.open(search)
	st.waitResults()
	if got := js[[]string](st, titles); !slices.Equal(got, online) {
		t.Errorf("offline, the search made online lists %q, want %q", got, online)
	}
}

// containsText reports whether an item of list contains want.
func containsText(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}
