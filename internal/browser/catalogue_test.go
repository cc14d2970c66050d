package browser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The laptop of the catalogue's layout test, and a tablet on which the
// matrix is shown but does not fit, so that it scrolls sideways.
const (
	laptopWidth, laptopHeight = 1366, 900
	tabletWidth, tabletHeight = 640, 900
)

// catalogueCheck is what catalogueScript measures on a catalogue page.
type catalogueCheck struct {
	Inner, Scroll int      // widths of the window and of the document
	Wide          []string // catalogue elements outside the window
	Hidden        []string // matrix elements cut off by its box that has no scroll cue
	Table, Lists  bool     // which form of the matrix is shown
	Cols, Fitting int      // column heads of the table, and how many lie wholly inside its box
	Rows          []string // the table's rows: the row head, then the links of its filled cells
	Listed        []string // the lists: the heading's link, then the links of its items
	Empty         []string // text of the table's empty cells for screen readers
}

// catalogueScript measures the catalogue page's matrix in both its forms.
const catalogueScript = `(() => {
	const W = window.innerWidth;
	const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
	const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
		(typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "") +
		" " + JSON.stringify(e.textContent.trim().slice(0, 30));
	const scroller = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible" && a !== document.body && a !== document.documentElement) return a; return null; };
	const cue = (s) => s.tabIndex >= 0 && /gradient/.test(getComputedStyle(s).backgroundImage);
	const all = [...document.querySelectorAll(".catalogue *")].filter(shown);
	const wide = [], hidden = [];
	for (const e of all) {
		const r = e.getBoundingClientRect();
		if (r.width < 1) continue;
		const s = scroller(e);
		if (!s) { if (r.left < -0.5 || r.right > W + 0.5) wide.push(name(e)); continue; }
		const b = s.getBoundingClientRect();
		if ((r.right > b.right + 0.5 || r.left < b.left - 0.5) && !cue(s)) hidden.push(name(e));
	}
	const wrap = document.querySelector(".matrix-wrap"), lists = document.querySelector(".matrix-lists");
	const box = wrap.getBoundingClientRect();
	const heads = [...wrap.querySelectorAll("thead th")];
	const links = (e) => [...e.querySelectorAll("a")].map((a) => a.getAttribute("href"));
	return {
		Inner: W, Scroll: document.documentElement.scrollWidth,
		Wide: wide.slice(0, 5), Hidden: hidden.slice(0, 5),
		Table: shown(wrap), Lists: shown(lists),
		Cols: heads.length,
		Fitting: heads.filter((h) => { const r = h.getBoundingClientRect(); return r.left >= box.left - 0.5 && r.right <= box.right + 0.5; }).length,
		Rows: [...wrap.querySelectorAll("tbody tr")].map((tr) => links(tr).join(" ")),
		Listed: [...lists.querySelectorAll("section")].map((s) => links(s).join(" ")),
		Empty: [...wrap.querySelectorAll("td.num")].filter((td) => !td.querySelector("a")).map((td) => td.querySelector(".visually-hidden")?.textContent ?? ""),
	};
})()`

// catalogues are the paths of the handbook's catalogue page in every
// language that catalogue.json lists.
func catalogues(t *testing.T, out string) []string {
	t.Helper()
	var c struct{ Languages []string }
	readCatalogue(t, out, &c)
	paths := []string{"/catalogue/"}
	for _, l := range c.Languages[1:] {
		paths = append(paths, "/"+strings.ToLower(l)+"/catalogue/") // as config.Prefix writes it
	}
	return paths
}

// TestCatalogueMatrixOnPhoneAndLaptop loads the catalogue in every language
// on a phone (390 × 844) and a laptop (1366 × 900). On neither is an
// element of the catalogue wider than the window or cut off by a box with
// no scroll cue; the laptop shows the table with every column inside its
// box, the phone shows instead one list per kind of partnership with the
// same links as the table's rows. Empty cells say "0 cases" to screen
// readers.
func TestCatalogueMatrixOnPhoneAndLaptop(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	for _, size := range []struct {
		name   string
		width  int
		screen chromedp.Action[chromedp.Void]
	}{
		{"phone", narrowWidth, chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile)},
		{"laptop", laptopWidth, chromedp.EmulateViewport(laptopWidth, laptopHeight)},
	} {
		st.do(size.screen)
		for _, path := range catalogues(t, out) {
			st.open(path)
			c := js[catalogueCheck](st, catalogueScript)
			at := path + " on a " + size.name
			if c.Inner != size.width || c.Scroll > c.Inner || len(c.Wide) > 0 || len(c.Hidden) > 0 {
				t.Errorf("%s: document %d px wide in a %d px window; wider than the window: %q; cut off with no cue: %q",
					at, c.Scroll, c.Inner, c.Wide, c.Hidden)
			}
			if len(c.Rows) == 0 || c.Cols == 0 {
				t.Fatalf("%s: the matrix has %d rows and %d columns", at, len(c.Rows), c.Cols)
			}
			if size.name == "phone" {
				if c.Table || !c.Lists {
					t.Errorf("%s: table shown %v, lists shown %v; want the lists only", at, c.Table, c.Lists)
				}
				if len(c.Listed) != len(c.Rows) {
					t.Fatalf("%s: %d lists for %d rows of the table", at, len(c.Listed), len(c.Rows))
				}
				for i := range c.Rows {
					if c.Listed[i] != c.Rows[i] {
						t.Errorf("%s: list %d links\n%s\nthe table's row\n%s", at, i+1, c.Listed[i], c.Rows[i])
					}
				}
			} else {
				if !c.Table || c.Lists {
					t.Errorf("%s: table shown %v, lists shown %v; want the table only", at, c.Table, c.Lists)
				}
				if c.Fitting != c.Cols {
					t.Errorf("%s: %d of %d column heads lie inside the table's box", at, c.Fitting, c.Cols)
				}
			}
			for _, e := range c.Empty {
				if e == "" || e == "0" {
					t.Errorf("%s: an empty cell reads %q to a screen reader; want the count of cases in words", at, e)
					break
				}
			}
		}
	}
}

// TestCatalogueRowHeadsStayWhenScrolled scrolls the matrix to its end on a
// window in which the table is shown but is too wide for its box, and
// fails unless the box shows a cue and every row head is still wholly
// inside the box, at its left edge.
func TestCatalogueRowHeadsStayWhenScrolled(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.EmulateViewport(tabletWidth, tabletHeight))
	for _, path := range []string{"/catalogue/", "/bg/catalogue/"} {
		st.open(path)
		type scrolled struct {
			Over, Moved float64
			Cue         string
			Heads       []float64 // left edge of each row head minus the box's, after scrolling
			Width       float64   // the box's width
		}
		s := js[scrolled](st, `new Promise((resolve) => {
			const wrap = document.querySelector(".matrix-wrap");
			const over = wrap.scrollWidth - wrap.clientWidth;
			wrap.scrollLeft = wrap.scrollWidth;
			requestAnimationFrame(() => requestAnimationFrame(() => {
				const b = wrap.getBoundingClientRect();
				resolve({
					Over: over, Moved: wrap.scrollLeft, Width: b.width,
					Cue: getComputedStyle(wrap).backgroundImage,
					Heads: [...wrap.querySelectorAll("tbody th")].map((th) => {
						const r = th.getBoundingClientRect();
						return r.right > b.right + 0.5 ? -1 : r.left - b.left;
					}),
				});
			}));
		})`)
		if s.Over < 8 || s.Moved < s.Over-1 {
			t.Fatalf("%s at %d px: the matrix overflows its box by %.0f px and scrolled %.0f px; the test needs a table that scrolls", path, tabletWidth, s.Over, s.Moved)
		}
		if len(s.Cue) < len("linear-gradient") {
			t.Errorf("%s: the scrolling matrix has no cue (background %q)", path, s.Cue)
		}
		for i, left := range s.Heads {
			if left < -0.5 || left > 1.5 {
				t.Errorf("%s: row head %d is %.1f px from the box's left edge after scrolling sideways; want it to stay at 0", path, i+1, left)
			}
		}
	}
}

// readCatalogue decodes the built site's catalogue.json into v.
func readCatalogue(t *testing.T, out string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, "catalogue.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}
