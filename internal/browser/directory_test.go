package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// dirEntry is a case of catalogue.json as the directory filters it.
type dirEntry struct {
	ID, Kind, Lang, Library, Start string
	Year                           int
	Terms                          map[string][]string
}

// values are the values e has in facet f, by the rules of
// docs/catalogue.md: a taxonomy's terms, the year (else the year of the
// start), the lead library.
func (e dirEntry) values(f string) []string {
	switch f {
	case "year":
		if e.Year != 0 {
			return []string{strconv.Itoa(e.Year)}
		}
		if len(e.Start) >= 4 {
			return []string{e.Start[:4]}
		}
		return nil
	case "library":
		if e.Library != "" {
			return []string{e.Library}
		}
		return nil
	}
	return e.Terms[f]
}

// matches reports whether e has one of the values of every facet of sel.
func (e dirEntry) matches(sel map[string][]string) bool {
	for f, want := range sel {
		if len(want) > 0 && !slices.ContainsFunc(e.values(f), func(v string) bool { return slices.Contains(want, v) }) {
			return false
		}
	}
	return true
}

// dirState is what the directory page shows.
type dirState struct {
	Search  string
	Visible []string // ids of the items shown
	Status  string
	Boxes   []struct {
		Facet, Value string
		Count        string
		Checked      bool
	}
}

const dirStateScript = `(() => ({
	Search: location.search,
	Visible: [...document.querySelectorAll(".directory-item")].filter((li) => !li.hidden && li.getClientRects().length).map((li) => li.dataset.id),
	Status: document.getElementById("directory-count").textContent,
	Boxes: [...document.querySelectorAll(".directory-filters input[type=checkbox]")].map((b) => ({
		Facet: b.name, Value: b.value, Checked: b.checked,
		Count: b.closest("li").querySelector("[data-count]").textContent,
	})),
}))()`

// wideScript lists the elements of the directory wider than the window.
const wideScript = `(() => {
	const W = window.innerWidth, wide = [];
	for (const e of document.querySelectorAll(".directory, .directory *")) {
		const r = e.getBoundingClientRect();
		if (e.getClientRects().length && (r.left < -0.5 || r.right > W + 0.5)) wide.push(e.tagName + "." + e.className + " " + JSON.stringify(e.textContent.trim().slice(0, 30)));
	}
	return { Inner: W, Scroll: document.documentElement.scrollWidth, Wide: wide.slice(0, 5) };
})()`

// englishCases are the English cases of the built handbook's catalogue.json.
func englishCases(t *testing.T, out string) []dirEntry {
	t.Helper()
	var c struct{ Entries []dirEntry }
	readCatalogue(t, out, &c)
	var cases []dirEntry
	for _, e := range c.Entries {
		if e.Kind == "case" && e.Lang == "en" {
			cases = append(cases, e)
		}
	}
	return cases
}

// checkDirectory fails unless the page shows exactly the cases that
// match sel and, beside each value, how many cases sel with that value
// added would give, all computed from catalogue.json.
func checkDirectory(t *testing.T, st *siteTab, cases []dirEntry, sel map[string][]string, at string) dirState {
	t.Helper()
	s := js[dirState](st, dirStateScript)
	var want []string
	for _, e := range cases {
		if e.matches(sel) {
			want = append(want, e.ID)
		}
	}
	got := slices.Clone(s.Visible)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s (%s): shows the cases\n%q\nwant those of catalogue.json that match:\n%q", at, s.Search, got, want)
	}
	if !strings.HasPrefix(s.Status, strconv.Itoa(len(want))+" ") {
		t.Errorf("%s: the status says %q; want %d cases", at, s.Status, len(want))
	}
	for _, b := range s.Boxes {
		added := map[string][]string{}
		for f, v := range sel {
			added[f] = v
		}
		added[b.Facet] = append(slices.Clone(sel[b.Facet]), b.Value)
		n := 0
		for _, e := range cases {
			if e.matches(added) {
				n++
			}
		}
		if b.Count != strconv.Itoa(n) {
			t.Errorf("%s: %s=%s shows %s; with it the selection gives %d cases", at, b.Facet, b.Value, b.Count, n)
		}
		if b.Checked != slices.Contains(sel[b.Facet], b.Value) {
			t.Errorf("%s: %s=%s ticked %v; the selection is %v", at, b.Facet, b.Value, b.Checked, sel)
		}
	}
	return s
}

// TestDirectoryFiltersFromTheAddressClicksAndBack opens the directory of
// cases at an address that selects NGO partners in Bulgaria on a laptop,
// ticks one value of two more facets, then goes back twice. At each step
// the cases shown are exactly those of catalogue.json that match (OR
// within a facet, AND across), every count is the number that ticking
// its value would give, and the address says the selection; Back
// restores the selection before.
func TestDirectoryFiltersFromTheAddressClicksAndBack(t *testing.T) {
	out := handbook(t)
	cases := englishCases(t, out)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.EmulateViewport(laptopWidth, laptopHeight))
	sel := map[string][]string{"sector": {"ngo"}, "country": {"bg"}}
	st.open("/catalogue/cases/?sector=ngo&country=bg")
	first := checkDirectory(t, st, cases, sel, "opened with ?sector=ngo&country=bg")
	if len(first.Visible) == 0 || len(first.Visible) == len(cases) {
		t.Fatalf("?sector=ngo&country=bg shows %d of %d cases; the test needs a selection that keeps some and not all", len(first.Visible), len(cases))
	}
	var steps []map[string][]string
	var addresses []string
	for _, click := range [][2]string{{"sector", "libraries"}, {"partnership_type", "development"}} {
		steps, addresses = append(steps, sel), append(addresses, js[string](st, "location.search"))
		next := map[string][]string{}
		for f, v := range sel {
			next[f] = v
		}
		next[click[0]] = append(slices.Clone(sel[click[0]]), click[1])
		sel = next
		st.do(chromedp.Click(chromedp.CSS(fmt.Sprintf(`.directory-filters input[name=%q][value=%q]`, click[0], click[1]))))
		s := checkDirectory(t, st, cases, sel, "after ticking "+click[0]+"="+click[1])
		if !strings.Contains(s.Search, click[0]+"="+click[1]) {
			t.Errorf("after ticking %s=%s the address is %q", click[0], click[1], s.Search)
		}
	}
	for i := len(steps) - 1; i >= 0; i-- {
		js[bool](st, `new Promise((resolve) => { addEventListener("popstate", () => setTimeout(() => resolve(true)), { once: true }); history.back(); })`)
		s := checkDirectory(t, st, cases, steps[i], "after Back")
		if s.Search != addresses[i] {
			t.Errorf("Back went to %q; want %q", s.Search, addresses[i])
		}
	}
}

// TestDirectoryFitsPhoneAndLaptop opens both directories, with filters in
// the address and the filters open, on a phone (390 px) and a laptop
// (1366 px): no element of the directory is wider than the window, every
// case shown still has its summary and labelled, linked fields, and
// axe-core finds no serious or critical violation with the filters open.
func TestDirectoryFitsPhoneAndLaptop(t *testing.T) {
	axeJS, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
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
		for _, path := range []string{"/catalogue/cases/?country=bg", "/catalogue/partners/", "/bg/catalogue/cases/?sector=ngo", "/sr-latn/catalogue/partners/"} {
			st.open(path)
			js[bool](st, `document.getElementById("filters").open = true`)
			c := js[struct {
				Inner, Scroll int
				Wide          []string
			}](st, wideScript)
			if c.Inner != size.width || c.Scroll > c.Inner || len(c.Wide) > 0 {
				t.Errorf("%s on a %s: document %d px wide in a %d px window; wider than the window: %q", path, size.name, c.Scroll, c.Inner, c.Wide)
			}
			bare := js[[]string](st, `[...document.querySelectorAll(".directory-item")].filter((li) => !li.hidden && (!li.querySelector("p") || !li.querySelector("dl dt") || !li.querySelector("dl dd a"))).map((li) => li.dataset.id)`)
			if strings.Contains(path, "/cases/") && len(bare) > 0 {
				t.Errorf("%s on a %s: cases shown with no summary or no labelled, linked fields: %q", path, size.name, bare)
			}
			for _, v := range runAxe(st, kindPage{"directory", path}, axeJS).Violations {
				t.Errorf("%s on a %s: %s %s: %s; %d elements, first: %s", path, size.name, v.Impact, v.ID, v.Help, v.Count, strings.Join(v.Targets, " | "))
			}
		}
	}
}
