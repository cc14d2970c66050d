package browser

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// fixtureTab builds the fixture site, serves it and opens a tab on it.
func fixtureTab(t *testing.T) *tab {
	t.Helper()
	return newTab(t, startBrowser(t), serve(t, fixtureSite(t)))
}

// first fails the test unless the first result has the title want.
func first(t *testing.T, rs []result, want string) result {
	t.Helper()
	if len(rs) == 0 {
		t.Fatalf("no results, want %q first", want)
	}
	if rs[0].Title != want {
		t.Fatalf("first result %q, want %q (all: %q)", rs[0].Title, want, titles(rs))
	}
	return rs[0]
}

func TestSearchFindsPages(t *testing.T) {
	tb := fixtureTab(t)
	parent := t
	cases := []struct {
		name, page, query, want string
	}{
		{"English word", "/search/", "mentorship", "Kinds of partnership"},
		{"Latin query, Cyrillic page", "/sr/search/", "kuca", "Кућа књиге"},
		{"Latin query, Cyrillic page", "/sr/search/", "biblioteka", "Кућа књиге"},
		{"Cyrillic query, Latin page", "/sl/search/", "књижница", "Knjižnica in šola"},
		{"Cyrillic query, transliterated page", "/sr-latn/search/", "кућа", "Kuća knjige"},
		{"no diacritics", "/sl/search/", "zivljenje", "Knjižnica in šola"},
		{"misspelled last word", "/search/", "mentorsihp", "Kinds of partnership"},
		{"misspelled word", "/search/", "mentroship libraries", "Kinds of partnership"},
		{"last word as a prefix", "/search/", "mentors", "Kinds of partnership"},
		{"two words", "/search/", "zephyrine radio", "Beta radio hour"},
		// "of" is an English stop word, indexed only as Slovenian "of|sl".
		{"stop word", "/search/", "kinds of partnership", "Kinds of partnership"},
	}
	for _, c := range cases {
		t.Run(c.name+" "+c.query, func(t *testing.T) {
			tb.t = t
			tb.open(c.page)
			tb.typeQuery(c.query)
			first(t, tb.results(), c.want)
		})
		tb.t = parent // the tab's checks at the end report to the test
	}
}

func TestResultShowsExcerptBadgesAndSections(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("teachers")
	r := first(t, tb.results(), "Kinds of partnership")
	if r.Badges != "Chapter" {
		t.Errorf("badges %q, want the kind only (a page in the reader's language has no language badge)", r.Badges)
	}
	if !slices.Contains(r.Marks, "Teachers") {
		t.Errorf("marks %q, want Teachers highlighted in %q", r.Marks, r.Text)
	}
	if r.Path != "/guidelines/kinds/" {
		t.Errorf("the result links to %s, want /guidelines/kinds/", r.Path)
	}
	if !slices.Contains(r.Sections, "/guidelines/kinds/#educational-partnerships") {
		t.Errorf("sections %q, want a link to the matching heading", r.Sections)
	}
}

func TestFiltersNarrowResultsWithCounts(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("zephyrine")
	if got := tb.results(); len(got) != 4 {
		t.Fatalf("results %q, want the 4 pages with zephyrine", titles(got))
	}
	// The page reads its language's view of the index, which cannot count
	// what another language's lists show: that language is offered with
	// no count.
	checkCounts(t, tb, map[string]string{
		"kind=case": "(2)", "kind=guideline": "(1)", "kind=tool": "(1)",
		"lang=en": "(4)", "lang=sl": "", "partnership_type=educational": "(1)", "partnership_type=media": "(1)",
		"country=si": "(1)", "country=rs": "(1)", "sector=media": "(1)", "sector=ngo": "(1)",
		"kind=partner": "hidden", "sector=libraries": "hidden",
	})
	if !checked(tb, "lang", "en") {
		t.Error("the page's language is not pre-selected")
	}
	// Selected too, it is searched in the whole index, and counted: a
	// language's count is of what its lists show, and the Slovenian lists
	// show these English pages, which have no Slovenian translation.
	clickFilter(tb, "zephyrine", "lang", "sl")
	if got := tb.results(); len(got) != 4 {
		t.Errorf("with lang=en and sl: %q, want the 4 pages with zephyrine", titles(got))
	}
	checkCounts(t, tb, map[string]string{"lang=en": "(4)", "lang=sl": "(4)", "kind=case": "(2)"})
	clickFilter(tb, "zephyrine", "lang", "sl")

	clickFilter(tb, "zephyrine", "kind", "case")
	got := titles(tb.results())
	slices.Sort(got)
	if want := []string{"Alpha reading club", "Beta radio hour"}; !slices.Equal(got, want) {
		t.Fatalf("with kind=case: %q, want %q", got, want)
	}
	if s := tb.status(); s != "2 results" {
		t.Errorf("status %q, want 2 results", s)
	}
	// Counts of a facet ignore its own selection and follow the others'.
	checkCounts(t, tb, map[string]string{
		"kind=case": "(2)", "kind=guideline": "(1)", "kind=tool": "(1)",
		"partnership_type=educational": "(1)", "partnership_type=media": "(1)",
	})

	clickFilter(tb, "zephyrine", "partnership_type", "media")
	first(t, tb.results(), "Beta radio hour")
	if n := len(tb.results()); n != 1 {
		t.Errorf("%d results with kind=case and partnership_type=media, want 1", n)
	}
	checkCounts(t, tb, map[string]string{"kind=case": "(1)", "partnership_type=educational": "(1)"})
	q := location(tb).Query()
	if q.Get("q") != "zephyrine" || q.Get("kind") != "case" || q.Get("partnership_type") != "media" || q.Has("lang") {
		t.Errorf("address %v does not record the search", q)
	}
}

// A taxonomy that only site.yaml declares (audience) is a filter of the
// search page, with its legend and its terms' labels, and narrows the
// results; the address records it.
func TestSiteTaxonomyIsASearchFilter(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("zephyrine")
	checkCounts(t, tb, map[string]string{"audience=adults": "(1)"})
	label := eval[string](tb, `document.querySelector('input[name="audience"][value="adults"]')?.labels[0].textContent ?? ""`)
	if !strings.Contains(label, "Label adults") {
		t.Errorf("the audience filter's value reads %q, want its label, Label adults", label)
	}
	clickFilter(tb, "zephyrine", "audience", "adults")
	if got := titles(tb.results()); !slices.Equal(got, []string{"Alpha reading club"}) {
		t.Errorf("with audience=adults: %q, want only Alpha reading club", got)
	}
	if q := location(tb).Query(); q.Get("audience") != "adults" {
		t.Errorf("address %v does not record audience=adults", q)
	}
}

func TestAddressRestoresSearch(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/?q=zephyrine&kind=case&partnership_type=media")
	tb.waitSearch("zephyrine", 0)
	if got := titles(tb.results()); !slices.Equal(got, []string{"Beta radio hour"}) {
		t.Errorf("restored search shows %q, want Beta radio hour", got)
	}
	if v := eval[string](tb, `document.getElementById("search-q").value`); v != "zephyrine" {
		t.Errorf("search box holds %q", v)
	}
	if !checked(tb, "kind", "case") || !checked(tb, "partnership_type", "media") {
		t.Error("the filters of the address are not checked")
	}

	// "lang=" records that the language filter was cleared.
	tb.open("/sr/search/?q=kuca&lang=")
	tb.waitSearch("kuca", 0)
	var langs []string
	for _, r := range tb.results() {
		langs = append(langs, r.Lang)
	}
	slices.Sort(langs)
	if !slices.Equal(langs, []string{"sr", "sr-Latn"}) {
		t.Errorf("with the language filter cleared, results in %q, want sr and sr-Latn", langs)
	}
}

func TestHeaderSearchBoxOpensSearchPage(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/guidelines/kinds/")
	tb.do(chromedp.SendKeys(chromedp.CSS("#site-search"), "zephyrine"), chromedp.Submit(chromedp.CSS("#site-search")))
	tb.do(chromedp.WaitVisible(chromedp.CSS(`#search[data-state="done"][data-query="zephyrine"]`)))
	if got := tb.results(); len(got) != 4 {
		t.Errorf("the header search shows %q, want 4 results", titles(got))
	}
	if u := location(tb); u.Path != "/search/" || u.Query().Get("q") != "zephyrine" {
		t.Errorf("header search went to %s", u)
	}
}

// The results are links: the arrow keys move the focus from the search
// box through them and back, Enter follows the focused one, Escape returns
// to the box and then clears it.
func TestKeyboardMovesThroughResults(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("zephyrine")
	focused := func() string {
		return eval[string](tb, `(() => { const a = document.activeElement;
			return a.id || a.getAttribute("href"); })()`)
	}
	rs := tb.results()
	if len(rs) < 2 {
		t.Fatalf("results %q, want several", titles(rs))
	}
	tb.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowUp))
	if rs = tb.results(); !rs[0].Focused || rs[1].Focused {
		t.Errorf("after down, down, up: focus on %q, want the first result's link", focused())
	}
	tb.do(chromedp.KeyEvent(kb.ArrowUp))
	if f := focused(); f != "search-q" {
		t.Errorf("up from the first result: focus on %q, want the search box", f)
	}
	tb.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Escape))
	if f := focused(); f != "search-q" || len(tb.results()) != len(rs) {
		t.Errorf("Escape on a result: focus on %q, %d results; want the search box, the results kept", f, len(tb.results()))
	}
	tb.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	tb.do(chromedp.WaitVisible(chromedp.CSS("main h1")))
	if u := location(tb); u.Path != rs[0].Path {
		t.Errorf("Enter opened %s, want %s", u.Path, rs[0].Path)
	}

	tb.open("/search/")
	tb.typeQuery("zephyrine")
	before := tb.seq()
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.waitSearch("", before)
	if n := len(tb.results()); n != 0 || location(tb).RawQuery != "" {
		t.Errorf("after Escape: %d results, address %s", n, location(tb))
	}
}

// A result opened with the middle button (as "open in new tab" does)
// opens its page in a new tab and leaves the search where it was.
func TestResultOpensInNewTab(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("mentorship")
	r := first(t, tb.results(), "Kinds of partnership")
	want := tb.base.String() + r.Path
	opened := make(chan string, 64) // the addresses of new and changed tabs
	lctx, stop := context.WithCancel(tb.ctx)
	defer stop()
	if err := chromedp.ListenBrowser(lctx, func(ev any) {
		var i *target.Info
		switch e := ev.(type) {
		case *target.EventTargetCreated:
			i = e.TargetInfo
		case *target.EventTargetInfoChanged:
			i = e.TargetInfo
		}
		if i != nil && i.Type == "page" {
			select {
			case opened <- i.URL:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	middle := chromedp.After(func(ctx context.Context, tg *chromedp.Target, nodes []*chromedp.Node) error {
		_, err := chromedp.MouseClickNode(nodes[0], chromedp.ButtonType(input.MouseButtonMiddle))(ctx, tg)
		return err
	})
	tb.do(chromedp.Query(chromedp.CSS("#search-list .search-hit-title"), chromedp.NodeVisible, middle))
	var seen []string
	for u := ""; u != want; {
		select {
		case u = <-opened:
			seen = append(seen, u)
		case <-time.After(stepTimeout):
			t.Fatalf("no new tab opened %s within %s (tabs seen: %q)", want, stepTimeout, seen)
		}
	}
	if u := location(tb); u.Path != "/search/" || u.Query().Get("q") != "mentorship" {
		t.Errorf("the search tab went to %s", u)
	}
}

func TestTitleWithMarkupIsText(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	eval[chromedp.Void](tb, `void (window.alert = () => { window.xssFired = true; })`)
	tb.typeQuery("mischief")
	r := first(t, tb.results(), xssTitle)
	_ = r
	if fired := eval[bool](tb, `window.xssFired === true`); fired {
		t.Error("markup in a title ran as script")
	}
	if n := eval[int](tb, `document.querySelectorAll("#search-list script, #search-list img").length`); n != 0 {
		t.Errorf("%d elements made from a title", n)
	}
}

func TestPostingsPagesAndMoreResults(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("quillwort")
	first(t, tb.results(), "Quillwort meadow")
	if s := tb.status(); s != "100 results" {
		t.Errorf("status %q, want 100 results", s)
	}
	if n := len(tb.results()); n != 10 {
		t.Errorf("%d results shown, want the first 10", n)
	}
	tb.do(chromedp.Click(chromedp.CSS(".search-more")))
	tb.do(chromedp.WaitVisible(chromedp.CSS("#search-list > .search-hit:nth-child(20)")))
	rs := tb.results()
	if len(rs) != 20 {
		t.Errorf("%d results after More results, want 20", len(rs))
	} else if !rs[10].Focused {
		t.Error("after More results, the focus is not on the first new result")
	}

	// Both words are on more than 64 pages: AND needs their further pages.
	tb.open("/search/")
	tb.typeQuery("quillwort marram")
	first(t, tb.results(), "Marram and quillwort")
	if s := tb.status(); s != "80 results" {
		t.Errorf("status %q, want 80 results", s)
	}
	var pages int
	for _, p := range tb.requested() {
		if strings.Contains(p, "/search/c/") && strings.Contains(p, "/p/") { // the whole index's or a view's
			pages++
		}
	}
	if pages == 0 {
		t.Error("no further postings page was fetched")
	}
}

func TestFitsNarrowScreen(t *testing.T) {
	tb := fixtureTab(t)
	tb.do(chromedp.EmulateViewport(360, 740))
	tb.open("/search/?q=zephyrine")
	tb.waitSearch("zephyrine", 0)
	tb.do(chromedp.Click(chromedp.CSS(".search-filters summary")))
	if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
		t.Errorf("page is %dpx wide in a %dpx window", w[0], w[1])
	}
}

func TestFirstQueryFetchesOnlyWhatItNeeds(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.typeQuery("kinds")
	var records, texts, chunks int
	for _, p := range tb.requested() {
		switch {
		case strings.Contains(p, "/search/r/"):
			records++
		case strings.Contains(p, "/search/x/"):
			texts++
		case strings.Contains(p, "/search/c/"):
			chunks++
		}
	}
	if chunks == 0 || chunks > 3 {
		t.Errorf("%d chunks fetched for one word", chunks)
	}
	// A result whose title or summary (in its record) has the word needs
	// no text file; every result in view shows its text.
	if n := len(tb.results()); texts >= n || records != 1 {
		t.Errorf("%d section files and %d record files for %d results: want one records file and fewer texts than results", texts, records, n)
	}
	if eval[bool](tb, `!!document.querySelector("#search-list > .search-hit[data-pending]")`) {
		t.Error("a result in view shows no text")
	}
}

// clickFilter checks or unchecks a filter and waits for the new results.
func clickFilter(tb *tab, query, facet, value string) {
	tb.t.Helper()
	before := tb.seq()
	tb.do(chromedp.Click(chromedp.CSS(`input[name="` + facet + `"][value="` + value + `"]`)))
	tb.waitSearch(query, before)
}

// checked reports whether a filter's checkbox is checked.
func checked(tb *tab, facet, value string) bool {
	tb.t.Helper()
	return eval[bool](tb, `!!document.querySelector('input[name="`+facet+`"][value="`+value+`"]')?.checked`)
}

// checkCounts compares the counts shown beside filter values ("facet=value").
func checkCounts(t *testing.T, tb *tab, want map[string]string) {
	t.Helper()
	got := eval[map[string]string](tb, `Object.fromEntries([...document.querySelectorAll(".search-facet input")].map((i) =>
		[i.name + "=" + i.value, i.checkVisibility() ? i.labels[0].querySelector(".count").textContent : "hidden"]))`)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("count of %s: %q, want %q", k, got[k], w)
		}
	}
}

// location is the address of the page.
func location(tb *tab) *url.URL {
	tb.t.Helper()
	u, err := url.Parse(eval[string](tb, `location.href`))
	if err != nil {
		tb.t.Fatal(err)
	}
	return u
}

func TestOddQueriesDoNotBreakTheSearch(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	for _, q := range []string{"constructor", "__proto__ toString", "l’école 3.5", "ђ", "x", "日本 図書館", "zephyrine !!!"} {
		tb.typeQuery(q)
		if s := tb.status(); s == "" {
			t.Errorf("%q: no status", q)
		}
	}
	if n := len(tb.results()); n != 4 {
		t.Errorf("zephyrine with punctuation after it: %d results, want 4", n)
	}
}

// Every keystroke searches: the results of what is typed so far show
// (the last word as a prefix), then those of the whole word, with their
// excerpts, and the address records the search once it is done.
func TestResultsAsYouType(t *testing.T) {
	tb := fixtureTab(t)
	tb.open("/search/")
	tb.do(chromedp.WaitVisible(chromedp.CSS("#search-q")), chromedp.SendKeys(chromedp.CSS("#search-q"), "zeph"))
	tb.do(chromedp.WaitVisible(chromedp.CSS(`#search[data-shown="zeph"] #search-list > .search-hit`)))
	prefix := titles(tb.results())
	if len(prefix) != 4 {
		t.Errorf(`"zeph" shows %q, want the 4 pages of "zephyrine"`, prefix)
	}
	before := tb.seq()
	tb.do(chromedp.SendKeys(chromedp.CSS("#search-q"), "yrine"))
	tb.waitSearch("zephyrine", before)
	rs := tb.results()
	got := titles(rs)
	slices.Sort(got)
	slices.Sort(prefix)
	if !slices.Equal(got, prefix) {
		t.Errorf(`"zephyrine" shows %q, want what "zeph" showed: %q`, got, prefix)
	}
	marked := 0
	for _, r := range rs {
		if len(r.Marks) > 0 {
			marked++
		}
	}
	if marked == 0 {
		t.Errorf("no excerpt highlights the word once typing paused: %+v", rs)
	}
	if q := location(tb).Query().Get("q"); q != "zephyrine" {
		t.Errorf("the address records q=%q, want zephyrine", q)
	}
}
