package browser

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// loaders is how many tabs load the pages of the handbook at once.
const loaders = 4

// TestEveryKindInEveryLanguage loads one page of every kind (home, section
// lists, chapter, case, partner, tool, plain page, taxonomy, term,
// catalogue, one of its cells and its map, search with a query, print edition,
// what's new, 404) in every language of the bundled handbook, in a few
// tabs, on a phone 390 × 844 px, and fails for each page that is not HTTP
// 200, throws an uncaught exception, logs an error to the console, has a
// request fail (HTTP 4xx or 5xx, or a network error) or makes a request to
// any host but the local test server. A page counts as loaded when its load event has
// fired, a search page has finished its search, and every request it
// started has ended. Pages of one kind share their layout and scripts;
// that every link and asset of every page resolves is checked without a
// browser, by internal/build's TestBundledHandbookBuilds. On each page that
// loaded it then checks the layout at the phone's size (sizes.check: header
// height, language menu, width), and at a laptop's 1366 × 900 px (width,
// chapter list) the pages whose wide layout differs (atLaptop): every kind
// in the default language, and in every other language the pages that lay
// out its own words there. It logs the tallest header of each language.
func TestEveryKindInEveryLanguage(t *testing.T) {
	t.Parallel() // its own tabs in the shared Chromium; it waits on pages more than it computes
	out := handbook(t)
	prefixes := languagePrefixes(t)
	if len(prefixes) < 10 {
		t.Fatalf("the handbook has %d languages, want the whole bundled site (10 or more)", len(prefixes))
	}
	var pages []kindPage
	kinds := map[string]bool{}
	laptop := map[kindPage]bool{}
	for _, prefix := range prefixes {
		ps, missing := kindsIn(t, out, prefix)
		for _, p := range ps {
			laptop[p] = prefix == "" || atLaptop[p.name]
		}
		switch {
		case prefix == "" && len(missing) > 0:
			t.Fatalf("the default language has no page of the kinds %q", missing)
		case len(missing) > 0:
			t.Logf("/%s has no page yet of the kinds %q", prefix, missing)
		}
		for _, p := range ps {
			kinds[p.name] = true
		}
		pages = append(pages, ps...)
	}

	browser := startBrowser(t)
	srv := serve(t, out)
	todo := make(chan kindPage)
	var wg sync.WaitGroup
	var measured sizes
	for range loaders {
		st := newSiteTab(t, browser, srv)
		wg.Go(func() {
			for p := range todo {
				if err := chromedp.Do(st.ctx, phoneSize()); err != nil {
					t.Error(err)
					continue
				}
				status, problems, err := st.visitKind(p)
				for _, msg := range problems {
					t.Errorf("%s (%s): %s", p.path, p.name, msg)
				}
				switch {
				case err != nil:
					t.Error(err)
				case status != http.StatusOK:
					t.Errorf("%s (%s): HTTP %d", p.path, p.name, status)
				default:
					measured.check(t, st, p, laptop[p])
				}
			}
		})
	}
	for _, p := range pages {
		todo <- p
	}
	close(todo)
	wg.Wait()
	n := 0
	for _, wide := range laptop {
		if wide {
			n++
		}
	}
	t.Logf("loaded %d pages of %d kinds in %d languages, %d of them also at the laptop's size", len(pages), len(kinds), len(prefixes), n)
	measured.log(t, len(pages))
}

// atLaptop names the kinds whose laptop layout TestEveryKindInEveryLanguage
// checks in every language, not only the default one: those where a wide
// screen puts the language's own words in a layout that a phone does not
// have. The header of every page (home stands for all), the chapter list
// and the on-page contents in columns beside the text (chapter, tool),
// the filters in a column beside the results (search, the directories),
// the catalogue's matrix as a table and the map's table beside the map.
// The other kinds' wide layout is one column of text that wraps, the same
// in every language; every page is checked in every language at the
// phone's size, which is narrower.
var atLaptop = map[string]bool{
	"home": true, "chapter": true, "tool": true, "search": true,
	"directory-cases": true, "directory-partners": true, "catalogue": true, "map": true,
}

// TestSiteWorksUnderSubpath builds the handbook for a GitHub Pages project
// address (https://org.github.io/handbook/) and serves it under /handbook/
// only: a chapter, a case, the catalogue and the search page (with a
// query and its results) load with no failed request, and each link of the
// main menu lands on a page of the site, not on a 404.
func TestSiteWorksUnderSubpath(t *testing.T) {
	out, err := buildRepoIn(t.TempDir(), "https://org.github.io/handbook/")
	if err != nil {
		t.Fatal(err)
	}
	st := newSiteTab(t, startBrowser(t), serveUnder(t, out, "/handbook/"))
	for _, p := range []string{
		"/handbook/guidelines/kinds-of-partnership/",
		"/handbook/cases/parvomay-drug-prevention/",
		"/handbook/catalogue/",
		"/handbook/sl/search/?q=partnerstvo",
	} {
		st.open(p)
		if strings.Contains(p, "/search/") {
			st.waitResults()
		}
	}

	st.open("/handbook/")
	links := js[[]string](st, `[...document.querySelectorAll(".main-nav a")].map((a) => a.getAttribute("href"))`)
	if len(links) == 0 {
		t.Fatal("the home page has no main menu")
	}
	for i, href := range links {
		st.open("/handbook/")
		ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
		resp, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(".main-nav li:nth-child("+strconv.Itoa(i+1)+") a")))
		if err == nil {
			err = st.w.settle(ctx)
		}
		cancel()
		if err != nil {
			t.Fatalf("clicking menu link %q: %v", href, err)
		}
		landed := js[string](st, `document.body.className + " " + location.pathname`)
		if resp.Status != http.StatusOK || strings.Contains(landed, "kind-404") || !strings.Contains(landed, " /handbook/") {
			t.Errorf("menu link %q: HTTP %d, landed on %q", href, resp.Status, landed)
		}
		st.report("after clicking "+href, st.w.take())
	}
}

// TestWatcherReportsWhatGoesWrong checks the checks of the tests above on a
// page that breaks every rule: a missing stylesheet (HTTP 404), a script
// from another host, a request refused by a closed port, an uncaught
// exception and a console.error.
func TestWatcherReportsWhatGoesWrong(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte("window.other = true;"))
	}))
	t.Cleanup(other.Close)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	page := `<!doctype html><html lang="en"><head><title>t</title>
<link rel="stylesheet" href="/missing.css">
<script src="` + other.URL + `/x.js"></script>
</head><body>
<img src="` + closed.URL + `/refused.png" alt="">
<script>console.error("oops"); throw new Error("boom");</script>
</body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	}))
	t.Cleanup(srv.Close)

	st := newSiteTab(t, startBrowser(t), srv)
	_, problems, err := st.visit("/")
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{
		"/missing.css: HTTP 404",
		"request to another host than the test server: " + other.URL + "/x.js",
		"/refused.png: request failed: net::ERR_CONNECTION_REFUSED",
		"uncaught exception: Error: boom",
		`console.error: "oops"`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem %q among\n%s", want, all)
		}
	}
}
