package browser

import (
	"cmp"
	"context"
	"net/url"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// pressPrint stubs window.print, presses the case page's print button and
// returns whether the page was in its one-page form when it printed.
const pressPrint = `(() => {
	let sheet = null;
	window.print = () => { sheet = document.documentElement.classList.contains("print-sheet"); };
	document.querySelector(".case-tools .print-button").click();
	return sheet === true;
})()`

// sheetParts says which parts of the case a printout shows: the body, then
// the facts, the summary and the teaching sections the case has.
const sheetParts = `(() => {
	const shown = (e) => !!e && e.getClientRects().length > 0;
	return {
		Body: shown(document.querySelector(".case > .prose")),
		Kept: [".facts", ".lead", ...[...document.querySelectorAll(".case-teaching")].map((s, i) => ".case-teaching:nth-of-type(" + (i + 1) + ")")]
			.filter((s) => !shown(document.querySelector(s))),
	};
})()`

// sheetHeight is the height of the page as printed, in CSS pixels, at the
// width of A4 paper less its margins.
const sheetHeight = `document.documentElement.getBoundingClientRect().height`

// a4Width is the width that Chromium lays a page out at to print it on A4
// with Page.printToPDF's margins (210 mm less 2 × 0.4 in), CSS pixels.
const a4Width = 717

// printedSheets is how many of the tallest sheets are printed to PDF.
const printedSheets = 3

// TestEveryCasePrintsItsSheetOnOnePage presses "print" on every case page
// of the bundled handbook, in every language it is written in
// (catalogue.json), and measures what it would print (print media emulated
// at the width of A4 less its margins): the case's facts, summary and
// teaching sections without its body. When the printing is over
// (afterprint), the page is whole again, and the browser's own Print, with
// no button pressed, prints the body too. The tallest sheets
// (printedSheets) are then printed to A4 PDFs, one page each: a sheet that
// grows past a page is among the tallest.
func TestEveryCasePrintsItsSheetOnOnePage(t *testing.T) {
	t.Parallel() // its own tab in the shared Chromium; it waits on printing more than it computes
	out := handbook(t)
	var c struct{ Entries []struct{ Kind, URL string } }
	readCatalogue(t, out, &c)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.EmulateViewport(a4Width, 1000))
	type sheet struct {
		path   string
		height float64
	}
	var sheets []sheet
	for _, e := range c.Entries {
		if e.Kind != "case" {
			continue
		}
		u, err := url.Parse(e.URL)
		if err != nil {
			t.Fatal(err)
		}
		st.open(u.Path)
		if !js[bool](st, pressPrint) {
			t.Errorf("%s: the print button printed the whole case, not its one-page sheet", u.Path)
			continue
		}
		st.do(emulateMedia("print"))
		parts := js[sheetShows](st, sheetParts)
		sheets = append(sheets, sheet{u.Path, js[float64](st, sheetHeight)})
		st.do(emulateMedia(""))
		if parts.Body || len(parts.Kept) > 0 {
			t.Errorf("%s: the sheet shows the body %v and leaves out %q; want no body, and the facts, summary and teaching sections", u.Path, parts.Body, parts.Kept)
		}
		js[bool](st, `dispatchEvent(new Event("afterprint"))`)
		checkWhole(st, u.Path)
	}
	if len(sheets) < 25 {
		t.Fatalf("measured %d case sheets; want every case of the handbook in every language (at least 25)", len(sheets))
	}
	slices.SortFunc(sheets, func(a, b sheet) int { return cmp.Compare(b.height, a.height) })
	for _, s := range sheets[:printedSheets] {
		st.open(s.path)
		js[bool](st, pressPrint)
		// Printing fires afterprint, as the browser's Print dialog does.
		ctx, cancel := context.WithTimeout(st.ctx, printTimeout)
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
		cancel()
		if err != nil {
			t.Fatalf("printing %s: %v", s.path, err)
		}
		if pages := pdfPages(pdf); pages != 1 {
			t.Errorf("%s: the case's sheet (%.0f px, among the %d tallest) prints on %d A4 pages; want 1", s.path, s.height, printedSheets, pages)
		}
		checkWhole(st, s.path)
	}
	t.Logf("the tallest sheets: %v", sheets[:printedSheets])
}

// sheetShows is what sheetParts returns.
type sheetShows struct {
	Body bool
	Kept []string
}

// checkWhole fails the test unless the case page at path, its printing
// over, prints whole with the browser's own Print.
func checkWhole(st *siteTab, path string) {
	st.t.Helper()
	st.do(emulateMedia("print"))
	whole := js[sheetShows](st, sheetParts)
	st.do(emulateMedia(""))
	if !whole.Body || len(whole.Kept) > 0 || js[bool](st, `document.documentElement.classList.contains("print-sheet")`) {
		st.t.Errorf("%s: after printing the sheet, the browser's Print shows the body %v and leaves out %q; want the whole case", path, whole.Body, whole.Kept)
	}
}
