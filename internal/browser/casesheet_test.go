package browser

import (
	"context"
	"net/url"
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

// TestEveryCasePrintsItsSheetOnOnePage presses "print" on every case page
// of the bundled handbook, in every language it is written in
// (catalogue.json), and prints what it would print on A4: one page each,
// the case's facts, summary and teaching sections without its body. When
// the printing is over, the page is whole again, and the browser's own
// Print, with no button pressed, prints the body too.
func TestEveryCasePrintsItsSheetOnOnePage(t *testing.T) {
	t.Parallel() // its own tab in the shared Chromium; it waits on printing more than it computes
	out := handbook(t)
	var c struct{ Entries []struct{ Kind, URL string } }
	readCatalogue(t, out, &c)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	n := 0
	for _, e := range c.Entries {
		if e.Kind != "case" {
			continue
		}
		u, err := url.Parse(e.URL)
		if err != nil {
			t.Fatal(err)
		}
		n++
		st.open(u.Path)
		if !js[bool](st, pressPrint) {
			t.Errorf("%s: the print button printed the whole case, not its one-page sheet", u.Path)
			continue
		}
		type parts struct {
			Body bool
			Kept []string
		}
		st.do(emulateMedia("print"))
		sheet := js[parts](st, sheetParts)
		st.do(emulateMedia(""))
		// Printing fires afterprint, as the browser's Print dialog does.
		ctx, cancel := context.WithTimeout(st.ctx, printTimeout)
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
		cancel()
		if err != nil {
			t.Fatalf("printing %s: %v", u.Path, err)
		}
		if pages := pdfPages(pdf); pages != 1 {
			t.Errorf("%s: the case's sheet prints on %d A4 pages; want 1", u.Path, pages)
		}
		st.do(emulateMedia("print"))
		whole := js[parts](st, sheetParts)
		st.do(emulateMedia(""))
		if sheet.Body || len(sheet.Kept) > 0 {
			t.Errorf("%s: the sheet shows the body %v and leaves out %q; want no body, and the facts, summary and teaching sections", u.Path, sheet.Body, sheet.Kept)
		}
		if !whole.Body || len(whole.Kept) > 0 || js[bool](st, `document.documentElement.classList.contains("print-sheet")`) {
			t.Errorf("%s: after printing the sheet, the browser's Print shows the body %v and leaves out %q; want the whole case", u.Path, whole.Body, whole.Kept)
		}
	}
	if n < 25 {
		t.Fatalf("printed %d cases; want every case of the handbook in every language (at least 25)", n)
	}
}
