package browser

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/testsite"
)

// compareOnce is testdata/compare.txtar built, once for the package.
var compareOnce lazy[string]

func compareSite(t *testing.T) string {
	t.Helper()
	return compareOnce.get(t, func() (string, error) {
		archive, err := os.ReadFile(filepath.Join("testdata", "compare.txtar"))
		if err != nil {
			return "", err
		}
		root := filepath.Join(sharedDir, "compare")
		if err := testsite.WriteDir(root, testsite.With(testsite.Minimal, testsite.Txtar(string(archive)))); err != nil {
			return "", err
		}
		return buildSiteIn(root)
	})
}

// comparison is what the compare page shows: the cases' titles over the
// columns, each row's label and how many values it has.
type comparison struct {
	Titles  []string
	Rows    []string
	Cells   []int
	Checked []string
	Status  string
	Search  string
}

const comparisonScript = `(() => {
	const t = document.querySelector(".compare-view table");
	const text = (e) => e.textContent.trim().replace(/\s+/g, " ");
	return {
		Titles: t ? [...t.tHead.rows[0].cells].slice(1).map((th) => text(th.querySelector("a"))) : [],
		Rows: t ? [...t.tBodies[0].rows].map((tr) => text(tr.cells[0])) : [],
		Cells: t ? [...t.tBodies[0].rows].map((tr) => tr.querySelectorAll("td").length) : [],
		Checked: [...document.querySelectorAll(".compare-pick input:checked")].map((i) => i.value),
		Status: text(document.querySelector(".compare-status")),
		Search: location.search,
	};
})()`

func (st *siteTab) comparison() comparison {
	st.t.Helper()
	return js[comparison](st, comparisonScript)
}

// compare/?c=gamma,alpha shows the two cases side by side: their titles
// over the columns in the address's order, and one row per field that
// either gives, in the order of the field table (content.Fields), each
// with a cell per case. Ticking a third case adds its column and changes
// the address; the back button brings the two back.
func TestCompareShowsCasesSideBySide(t *testing.T) {
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.EmulateViewport(laptopWidth, laptopHeight))
	st.open("/compare/?c=gamma,alpha")
	got := st.comparison()
	// The labels of layouts/i18n/en.yaml: alpha gives the lead library to
	// the year and its sources and chapters; gamma the teaching fields.
	wantRows := []string{"Lead library", "Partners", "Kind of partnership", "Sectors", "Country", "When",
		"The need", "What was done", "Results", "Lessons", "Funding", "Stage", "Contact organisation",
		"Licence", "Last reviewed", "Sources", "Chapters about this case"}
	if !slices.Equal(got.Titles, []string{"Gamma case", "Alpha case"}) {
		t.Errorf("columns %q; want Gamma case, Alpha case", got.Titles)
	}
	if !slices.Equal(got.Rows, wantRows) {
		t.Errorf("rows\n%q\nwant\n%q", got.Rows, wantRows)
	}
	for i, n := range got.Cells {
		if n != 2 {
			t.Errorf("row %q has %d cells; want 2", got.Rows[i], n)
		}
	}
	if !slices.Equal(got.Checked, []string{"alpha", "gamma"}) {
		t.Errorf("the list ticks %q; want alpha and gamma", got.Checked)
	}

	st.do(chromedp.Click(chromedp.CSS(`.compare-pick input[value="delta"]`)))
	got = st.comparison()
	if !slices.Equal(got.Titles, []string{"Gamma case", "Alpha case", "Delta case with a Verylongcompoundwordthatdoesnotbreakeasilyanywhere title"}) || got.Search != "?c=gamma,alpha,delta" {
		t.Errorf("after ticking delta: columns %q at %q; want gamma, alpha and delta at ?c=gamma,alpha,delta", got.Titles, got.Search)
	}
	if !slices.Contains(got.Rows, "To repeat it") {
		t.Errorf("after ticking delta: rows %q lack delta's transferability", got.Rows)
	}
	st.do(chromedp.NavigateBack())
	if got = st.comparison(); !slices.Equal(got.Titles, []string{"Gamma case", "Alpha case"}) {
		t.Errorf("after going back: columns %q; want Gamma case, Alpha case", got.Titles)
	}

	// A fourth case is one too many: the first three stay, with a note.
	st.open("/compare/?c=alpha&c=gamma&c=delta&c=alpha")
	if got = st.comparison(); len(got.Titles) != 3 || got.Search != "?c=alpha,gamma,delta" {
		t.Errorf("?c=alpha&c=gamma&c=delta: columns %q at %q; want three at ?c=alpha,gamma,delta", got.Titles, got.Search)
	}

	// A Slovenian reader gets Slovenian labels.
	st.open("/sl/compare/?c=gamma")
	if got = st.comparison(); len(got.Rows) == 0 || got.Rows[5] != "Potreba" || !slices.Equal(got.Titles, []string{"Primer Gama"}) {
		t.Errorf("sl/compare/?c=gamma: columns %q, rows %q; want Primer Gama and the need as Potreba", got.Titles, got.Rows)
	}
}

// The compare page with three cases and a case page with teaching
// sections fit a phone and a laptop: nothing is wider than the window.
func TestCompareAndCaseFitTheScreen(t *testing.T) {
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	for _, size := range []struct {
		width  int
		screen chromedp.Action[chromedp.Void]
	}{
		{narrowWidth, chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile)},
		{laptopWidth, chromedp.EmulateViewport(laptopWidth, laptopHeight)},
	} {
		st.do(size.screen)
		for _, path := range []string{"/compare/?c=delta,gamma,alpha", "/cases/delta/", "/cases/gamma/", "/cases/"} {
			st.open(path)
			type widths struct {
				Inner, Scroll int
				Wide          []string
			}
			w := js[widths](st, `(() => {
				const W = `+strconv.Itoa(size.width)+`;
				const scrolls = (e) => e !== document.body && e !== document.documentElement && getComputedStyle(e).overflowX !== "visible";
				const inScroller = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return true; return false; };
				const name = (e) => e.tagName.toLowerCase() + (typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "") + " " + JSON.stringify(e.textContent.trim().slice(0, 30));
				const wide = [...document.body.querySelectorAll("*")].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > W + 0.5 || r.left < -0.5) && !inScroller(e) && !e.closest(".skip-link, .visually-hidden"); });
				return { Inner: window.innerWidth, Scroll: document.documentElement.scrollWidth, Wide: wide.slice(0, 5).map(name) };
			})()`)
			if w.Inner != size.width || w.Scroll > w.Inner || len(w.Wide) > 0 {
				t.Errorf("%s at %d px: document %d px wide in a %d px window; wider than the window: %q", path, size.width, w.Scroll, w.Inner, w.Wide)
			}
		}
		if size.width == narrowWidth {
			st.open("/compare/?c=delta,gamma")
			if got := st.comparison(); len(got.Titles) != 2 {
				t.Errorf("on a phone the comparison shows %q", got.Titles)
			}
		}
	}
}

// axe-core finds no serious or critical issue on the compare page showing
// cases, nor on a case page with teaching sections, in either scheme.
func TestAxeOnCompareAndCaseSections(t *testing.T) {
	axeJS, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	for _, scheme := range []string{"light", "dark"} {
		st.do(colorScheme(scheme))
		for _, page := range []kindPage{{"compare", "/compare/?c=gamma,delta"}, {"compare-empty", "/sl/compare/"}, {"case", "/cases/gamma/"}, {"cases-list", "/cases/"}} {
			st.open(page.path)
			for _, v := range runAxe(st, page, axeJS).Violations {
				t.Errorf("%s (%s): %s %s: %s; %d elements, first: %s", page.path, scheme, v.Impact, v.ID, v.Help, v.Count, strings.Join(v.Targets, " | "))
			}
		}
	}
}

// A case prints on one A4 page: the print stylesheet leaves out the
// site's header, menus and footer and keeps the case's teaching sections.
func TestCasePrintsOnOnePage(t *testing.T) {
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.open("/cases/gamma/")
	ctx, cancel := context.WithTimeout(st.ctx, printTimeout)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatalf("printing /cases/gamma/: %v", err)
	}
	if n := pdfPages(pdf); n != 1 {
		t.Errorf("/cases/gamma/ prints on %d pages; want 1", n)
	}
	if err := os.WriteFile(filepath.Join(artifactsDir(t), "case-print.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	st.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	type printed struct{ Hidden, Shown []bool }
	got := js[printed](st, `(() => {
		const shown = (s) => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; };
		return {
			Hidden: [".site-header", ".site-footer", ".case-tools"].map(shown),
			Shown: [".facts", ".lead", "#_need", "#_results", "#_lessons"].map(shown),
		};
	})()`)
	if slices.Contains(got.Hidden, true) || slices.Contains(got.Shown, false) {
		t.Errorf("printed, header, footer and the case's buttons shown %v (want none); facts, summary and sections shown %v (want all)", got.Hidden, got.Shown)
	}
}

// Ticking two cases in the list of cases and pressing its button opens
// the comparison of those two, its address written ?c=a,b.
func TestCasesListPicksCasesToCompare(t *testing.T) {
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.open("/cases/")
	st.do(chromedp.Click(chromedp.CSS(`.case-pick input[value="gamma"]`)),
		chromedp.Click(chromedp.CSS(`.case-pick input[value="alpha"]`)),
		chromedp.Click(chromedp.CSS(`.compare-go`)),
		chromedp.WaitVisible(chromedp.CSS(`.compare-view table`)))
	got := st.comparison()
	titles := slices.Sorted(slices.Values(got.Titles))
	if !slices.Equal(titles, []string{"Alpha case", "Gamma case"}) || (got.Search != "?c=alpha,gamma" && got.Search != "?c=gamma,alpha") {
		t.Errorf("after ticking alpha and gamma in the list: columns %q at %q; want the two at ?c=…", got.Titles, got.Search)
	}
}

// The directory of cases, filtered, picks cases to compare as the list of
// cases does: ticking two of the cases shown (alpha and delta, in Bulgaria) leaves the filters and the
// address alone, and its button opens the comparison of those two.
func TestDirectoryPicksCasesToCompare(t *testing.T) {
	out := compareSite(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.open("/catalogue/cases/?country=bg")
	st.do(chromedp.Click(chromedp.CSS(`.directory-item[data-id="delta"] .case-pick input`)),
		chromedp.Click(chromedp.CSS(`.directory-item[data-id="alpha"] .case-pick input`)))
	if s := js[string](st, "location.search"); s != "?country=bg" {
		t.Errorf("ticking cases to compare changed the directory's address to %q", s)
	}
	st.do(chromedp.Click(chromedp.CSS(`.directory .compare-go`)),
		chromedp.WaitVisible(chromedp.CSS(`.compare-view table`)))
	got := st.comparison()
	if titles := slices.Sorted(slices.Values(got.Titles)); len(titles) != 2 || titles[0] != "Alpha case" || !strings.HasPrefix(titles[1], "Delta case") {
		t.Errorf("after ticking alpha and delta in the directory: columns %q at %q; want the two", got.Titles, got.Search)
	}
}
