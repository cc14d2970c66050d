package browser

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestCroatianSearchFindsEnglishOnlyCases searches the bundled handbook
// from its Croatian search page for a word of a case that exists only in
// English (the Croatian lists show it): the case is listed with an EN
// badge, as a link that opens it, and the keyboard reaches it.
func TestCroatianSearchFindsEnglishOnlyCases(t *testing.T) {
	srv := serve(t, handbook(t))
	tb := newTab(t, startBrowser(t), srv)
	const path, title = "/cases/parvomay-drug-prevention/", "Parvomay: drug prevention across the municipality"

	tb.open("/hr/search/")
	tb.typeQuery("prevention")
	r := first(t, tb.results(), title)
	if r.Path != path || r.Lang != "en" {
		t.Errorf("the result links to %s in %q, want %s in en", r.Path, r.Lang, path)
	}
	badge := eval[string](tb, `(() => { const b = document.querySelector("#search-list > .search-hit .lang-badge");
		return b ? b.lang + " " + b.textContent : ""; })()`)
	if badge != "en EN" {
		t.Errorf("the English case's language badge is %q, want lang en saying EN", badge)
	}
	// Croatian pages of the result list carry no language badge.
	tb.typeQuery("partnerstvo")
	for _, r := range tb.results() {
		if r.Lang == "hr" && strings.Contains(r.Badges, "HR") {
			t.Errorf("the Croatian page %q has a language badge: %q", r.Title, r.Badges)
		}
	}

	// The result is a real link: its address serves the case.
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "<h1>"+title+"</h1>") {
		t.Errorf("GET %s: %s, want 200 and the case's title in its h1", path, resp.Status)
	}

	// Arrow down to the result, Enter opens it.
	tb.typeQuery("prevention")
	tb.do(chromedp.KeyEvent(kb.ArrowDown))
	if rs := tb.results(); len(rs) == 0 || !rs[0].Focused {
		t.Fatal("Down from the search box does not focus the first result's link")
	}
	tb.do(chromedp.KeyEvent(kb.Enter))
	tb.do(chromedp.WaitVisible(chromedp.CSS("main h1")))
	if u := location(tb); u.Path != path {
		t.Errorf("Enter opened %s, want %s", u.Path, path)
	}
	if h1 := eval[string](tb, `document.querySelector("main h1").textContent`); h1 != title {
		t.Errorf("the opened page's title is %q, want %q", h1, title)
	}
}
