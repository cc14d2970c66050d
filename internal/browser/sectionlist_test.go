package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// listRow is a row of the table of a list of cases or partners as shown:
// the text shown before each cell after the first (its label, from the
// cell's ::before) with the column head over it, and whether the row
// shows a summary under its title.
type listRow struct {
	ID      string
	Labels  [][2]string // shown label, column head, of each cell that has a value
	Empty   int         // cells with no value that take up a line
	Summary bool
}

const listRowsScript = `(() => {
	const t = document.querySelector("table.sortable");
	const heads = [...t.tHead.rows[0].cells].map((th) => th.textContent.trim());
	const shown = (e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0;
	return [...t.tBodies[0].rows].map((tr) => {
		const cells = [...tr.cells];
		const label = (td) => { const c = getComputedStyle(td, "::before").content; return c === "none" || c === "normal" ? "" : c.replace(/^"|"$/g, ""); };
		return {
			ID: tr.querySelector("a").getAttribute("href"),
			Labels: cells.slice(1).filter((td) => td.textContent.trim() !== "").map((td) => [label(td), heads[td.cellIndex]]),
			Empty: cells.slice(1).filter((td) => td.textContent.trim() === "" && shown(td)).length,
			Summary: !!cells[0].querySelector("p") && shown(cells[0].querySelector("p")),
		};
	});
})()`

// TestSectionListsLabelTheirFieldsOnAPhone opens the lists of cases and
// of partners in English and Bulgarian on a phone, where their tables are
// one block per row: every value is labelled with its column's head, a
// value a row does not have takes no line, and every case shows its
// summary. On a laptop the column heads are shown and the cells carry no
// label of their own.
func TestSectionListsLabelTheirFieldsOnAPhone(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	for _, size := range []struct {
		name   string
		screen chromedp.Action[chromedp.Void]
	}{
		{"phone", chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile)},
		{"laptop", chromedp.EmulateViewport(laptopWidth, laptopHeight)},
	} {
		st.do(size.screen)
		for _, path := range []string{"/cases/", "/partners/", "/bg/cases/", "/bg/partners/"} {
			st.open(path)
			rows := js[[]listRow](st, listRowsScript)
			if len(rows) == 0 {
				t.Fatalf("%s: the list has no rows", path)
			}
			for _, r := range rows {
				at := path + " on a " + size.name + ", row " + r.ID
				if strings.Contains(path, "/cases/") && !r.Summary {
					t.Errorf("%s: no summary under the title", at)
				}
				if size.name == "phone" && r.Empty > 0 {
					t.Errorf("%s: %d cells with no value take up a line", at, r.Empty)
				}
				for _, l := range r.Labels {
					if size.name == "phone" && !strings.HasPrefix(l[0], l[1]) {
						t.Errorf("%s: a value is labelled %q; want its column head %q", at, l[0], l[1])
					}
					if size.name == "laptop" && l[0] != "" {
						t.Errorf("%s: a cell shows the label %q beside its column head", at, l[0])
					}
				}
			}
		}
	}
}
