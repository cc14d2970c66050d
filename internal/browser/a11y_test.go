package browser

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeTimeout bounds one run of axe-core, which takes longest on the print
// edition. It is a limit against hanging, not a measurement.
const axeTimeout = 60 * time.Second

// axeRun runs axe-core with its default rules (WCAG 2 A and AA, and best
// practices) and keeps the violations of impact serious or critical.
const axeRun = `axe.run(document, { resultTypes: ["violations"] }).then((r) => ({
	version: axe.version,
	violations: r.violations
		.filter((v) => v.impact === "serious" || v.impact === "critical")
		.map((v) => ({
			id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
			targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
		})),
}))`

// axeResult is what axeRun returns.
type axeResult struct {
	Version    string `json:"version"`
	Violations []struct {
		ID      string   `json:"id"`
		Impact  string   `json:"impact"`
		Help    string   `json:"help"`
		Count   int      `json:"count"`
		Targets []string `json:"targets"`
	} `json:"violations"`
}

// TestAxeFindsNoSeriousViolations runs axe-core (testdata/axe.min.js) on the
// home page, a chapter, a worksheet, a case, a partner, a term page, the
// catalogue, the directories of cases and of partners, the search page with results shown and the print edition in
// the light scheme and again in the dark one (prefers-color-scheme
// emulated; the schemes are CSS alone, so each page is loaded once and
// switched), and fails for every violation of impact
// serious or critical, with its scheme, rule, what it asks, how many
// elements break it and the first of them.
func TestAxeFindsNoSeriousViolations(t *testing.T) {
	t.Parallel() // its own tabs in the shared Chromium; it waits on pages more than it computes
	axeJS, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	kinds := map[string]bool{
		"home": true, "chapter": true, "tool": true, "case": true, "partner": true, "term": true,
		"catalogue": true, "directory-cases": true, "directory-partners": true, "search": true, "print": true,
	}
	checked := map[string]int{}
	for _, page := range pageKinds(t, out) {
		if !kinds[page.name] {
			continue
		}
		st.do(colorScheme("light"))
		st.openKind(page)
		for _, scheme := range []string{"light", "dark"} {
			st.do(colorScheme(scheme))
			if got := js[string](st, `matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"`); got != scheme {
				t.Fatalf("%s: the page sees the %s scheme, want %s", page.path, got, scheme)
			}
			checked[scheme]++
			res := runAxe(st, page, axeJS)
			for _, v := range res.Violations {
				t.Errorf("%s (%s, %s): %s %s: %s; %d elements, first: %s",
					page.path, page.name, scheme, v.Impact, v.ID, v.Help, v.Count, strings.Join(v.Targets, " | "))
			}
		}
	}
	for _, scheme := range []string{"light", "dark"} {
		if checked[scheme] != len(kinds) {
			t.Fatalf("checked %d pages in the %s scheme, want %d", checked[scheme], scheme, len(kinds))
		}
	}
}

// runAxe loads axe-core into the page of st, unless the page has it
// already, and runs axeRun.
func runAxe(st *siteTab, page kindPage, axeJS []byte) axeResult {
	st.t.Helper()
	ctx, cancel := context.WithTimeout(st.ctx, axeTimeout)
	defer cancel()
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined"`))
	if err == nil && !loaded {
		err = chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](string(axeJS)))
	}
	var res axeResult
	if err == nil {
		res, err = chromedp.Run(ctx, chromedp.Evaluate[axeResult](axeRun, chromedp.EvalAwaitPromise))
	}
	if err != nil {
		st.t.Fatalf("%s: running axe-core: %v", page.path, err)
	}
	if !strings.HasPrefix(res.Version, "4.") {
		st.t.Fatalf("%s: axe-core %q ran, want the vendored 4.x", page.path, res.Version)
	}
	return res
}

// colorScheme emulates the reader's system asking for the colour scheme
// "light" or "dark" (Emulation.setEmulatedMedia).
func colorScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}
