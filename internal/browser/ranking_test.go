package browser

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/search/quality"
	"github.com/skupaj/skupaj/internal/search/static"
)

// terminalScript runs queries (a JSON array) in a page of the site with
// the search page's own modules, as the page does once the reader has
// typed a query and a space, on the index of manifest (lang's view, as
// lang's search page reads it), and returns the paths of each query's
// first ten results that lang's lists show (the page's lang filter), for
// a reader of lang.
const terminalScript = `(async (manifest, lang, queries) => {
	const { Analyzer } = await import("/js/analysis.js");
	const { SearchIndex } = await import("/js/index.js");
	const { matchQuery } = await import("/js/query.js");
	const { all } = await import("/js/rank.js");
	const index = await SearchIndex.open(manifest);
	const analyzer = new Analyzer(await index.analysis());
	const facets = await index.facets();
	const langOf = (doc) => facets.value("lang", doc);
	const shown = facets.accept(new Map([["lang", new Set([lang])]])); // what lang's lists show, as the page's lang filter
	const out = [];
	for (const q of queries) {
		const { ranked } = await matchQuery(index, analyzer, q, false, lang);
		const ownFirst = (a, b) => b.score - a.score || (langOf(b.doc) === lang) - (langOf(a.doc) === lang); // as the page sorts
		const hits = ranked ? (await all(ranked, langOf)).sort(ownFirst).filter((h) => shown(h.doc)).slice(0, 10) : [];
		const records = await index.records(hits.map((h) => h.doc), lang);
		out.push(hits.map((h) => records.get(h.doc).u));
	}
	return out;
})`

// TestTerminalSearchAgreesWithBrowser generates queries of every kind
// from the bundled handbook in every language (quality.Generate: exact
// words, without diacritics, Latin for Cyrillic, one-letter typos, absent
// inflected forms, rare forms of frequent stems, stop words; 25 of each,
// over 100 a language) and checks that the terminal's reader of the
// static index (skupaj search -lang) gives the same top 10 as the browser.
func TestTerminalSearchAgreesWithBrowser(t *testing.T) {
	t.Parallel() // its own tabs in the shared Chromium; it waits on pages more than it computes
	out := handbook(t)
	st, err := static.Open(os.DirFS(filepath.Join(out, "search")))
	if err != nil {
		t.Fatal(err)
	}
	sets, err := quality.Generate(st, 25)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, startBrowser(t), serve(t, out))
	tb.open("/")
	for _, lang := range slices.Sorted(maps.Keys(sets)) {
		queries := sets[lang]
		if len(queries) < 100 {
			t.Errorf("%s: %d queries generated, want 100 or more", lang, len(queries))
		}
		texts := make([]string, len(queries))
		for i, q := range queries {
			texts[i] = q.Text
		}
		mj, _ := json.Marshal("/" + static.Dir + static.ViewManifest(lang))
		lj, _ := json.Marshal(lang)
		qj, _ := json.Marshal(texts)
		browser := evalLong[[][]string](tb, terminalScript+"("+string(mj)+", "+string(lj)+", "+string(qj)+")")
		differ := 0
		for i, q := range queries {
			if terminal := terminalTop(t, st, lang, q.Text, 10); !slices.Equal(browser[i], terminal) {
				if differ++; differ <= 5 {
					t.Errorf("%s %s %q: the browser finds %q, the terminal %q", lang, q.Kind, q.Text, browser[i], terminal)
				}
			}
		}
		if differ > 0 {
			t.Errorf("%s: %d of %d queries differ", lang, differ, len(queries))
		}
	}
}

// evalLong is eval for a script that runs many queries.
func evalLong[T any](tb *tab, script string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 2*time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %.80q: %v", script, err)
	}
	return v
}

// searchPage is the path of lang's search page: beside its home page.
func searchPage(t *testing.T, st *static.Static, lang string) string {
	t.Helper()
	for doc := range st.Manifest.Docs {
		rec, err := st.Record(doc)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Lang == lang && rec.Kind == "home" {
			return rec.URL + "search/"
		}
	}
	t.Fatalf("no home page in %s", lang)
	return ""
}

// terminalTop is the paths of the first n results of the terminal's
// reader for q on lang's pages, as skupaj search -lang lang shows them.
func terminalTop(t *testing.T, st *static.Static, lang, q string, n int) []string {
	t.Helper()
	hits, err := st.Find(q, map[string][]string{"lang": {lang}})
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	recs, err := st.Records(hits, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		out = append(out, rec.URL)
	}
	return out
}
