package browser

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// mapLink is a country link of the map page, with a point inside its
// shape (in the window's coordinates) where nothing else covers it.
type mapLink struct {
	Href, Name string
	X, Y       float64
	Found      bool // a point inside the shape reaches the link
}

// mapLinkPoint scrolls link i of the map into view and finds a point of
// the window that lies inside its country's fill and hits the link: the
// middle of a country's box may be its neighbour (Norway's is in Sweden).
const mapLinkPoint = `((i) => {
	const a = document.querySelectorAll(".map svg a.map-country")[i];
	a.scrollIntoView({ block: "center" });
	const path = a.querySelector("path"), svg = path.ownerSVGElement;
	const box = path.getBBox(), m = path.getScreenCTM(), pt = svg.createSVGPoint();
	const out = { Href: a.getAttribute("href"), Name: a.getAttribute("aria-label"), X: 0, Y: 0, Found: false };
	for (let n = 0; n < 21 * 21 && !out.Found; n++) {
		pt.x = box.x + (n % 21 + 0.5) / 21 * box.width;
		pt.y = box.y + (Math.floor(n / 21) + 0.5) / 21 * box.height;
		if (!path.isPointInFill(pt)) continue;
		const s = pt.matrixTransform(m);
		if (s.x < 0 || s.y < 0 || s.x > innerWidth || s.y > innerHeight) continue;
		if (document.elementFromPoint(s.x, s.y)?.closest("a") !== a) continue;
		out.X = s.x; out.Y = s.y; out.Found = true;
	}
	return out;
})`

// TestMapLinksReachCountryPages clicks, on the English and the Bulgarian
// map, every country of the map at a point inside its shape, as a reader
// would, and fails unless the click lands on that country's page (its
// heading is the country's name, as the link's accessible name begins).
// The map must have a link for every row of the table beside it that the
// boundaries can draw: the bundled cases' countries all are.
func TestMapLinksReachCountryPages(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.EmulateViewport(laptopWidth, laptopHeight))
	for _, page := range []string{"/catalogue/map/", "/bg/catalogue/map/"} {
		st.open(page)
		n := js[int](st, `document.querySelectorAll(".map svg a.map-country").length`)
		rows := js[[]string](st, `[...document.querySelectorAll(".map-table tbody a")].map((a) => a.getAttribute("href"))`)
		if n == 0 || n != len(rows) {
			t.Fatalf("%s: %d country links on the map, %d rows in the table; want one link per row", page, n, len(rows))
		}
		for i := 0; i < n; i++ {
			st.open(page)
			l := js[mapLink](st, "("+mapLinkPoint+")("+strconv.Itoa(i)+")")
			if !l.Found {
				t.Errorf("%s: no point inside the shape of %s (%q) reaches its link", page, l.Href, l.Name)
				continue
			}
			ctx, cancel := context.WithTimeout(st.ctx, stepTimeout)
			resp, err := chromedp.RunResponse(ctx, chromedp.MouseClickXY(l.X, l.Y))
			if err == nil {
				err = st.w.settle(ctx)
			}
			cancel()
			if err != nil {
				t.Fatalf("%s: clicking %s at %.0f,%.0f: %v", page, l.Href, l.X, l.Y, err)
			}
			at := js[[2]string](st, `[location.pathname, document.querySelector("h1").textContent.trim()]`)
			country, _, _ := strings.Cut(l.Name, ":")
			if resp.Status != http.StatusOK || at[0] != l.Href || at[1] != country {
				t.Errorf("%s: clicking %q landed on %s (HTTP %d, heading %q); want %s headed %q", page, l.Name, at[0], resp.Status, at[1], l.Href, country)
			}
			st.report("after clicking "+l.Href, st.w.take())
		}
	}
}

// printWidth is the width of an A4 page's text at 96 px per inch (18 cm).
const printWidth = 680

// emulateMedia makes the page see the CSS media type ("print", "screen").
func emulateMedia(media string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}

// TestMapFitsPhoneAndLaptopAndPassesAxe loads the map page in English,
// Serbian (both scripts) and Bulgarian at 390 and 1366 px, and as printed on A4, and fails for any element wider than the
// window, outside the boxes that clip what they hold (the map's SVG clips
// the countries around the frame; the menu scrolls sideways); then runs
// axe-core on the English and the Cyrillic Serbian map, and on the map of
// the fixture site, whose cases are pins, in the light and the dark scheme
// and fails for every serious or critical violation.
func TestMapFitsPhoneAndLaptopAndPassesAxe(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	// The map of every language is laid out at 390 and 1366 px by
	// TestEveryKindInEveryLanguage; here one map of each script and the
	// longest labels (Bulgarian) are also printed, and checked closer.
	var maps []string
	for _, c := range catalogues(t, out) {
		if c == "/catalogue/" || c == "/sr/catalogue/" || c == "/bg/catalogue/" || c == "/sr-latn/catalogue/" {
			maps = append(maps, c+"map/")
		}
	}
	if len(maps) != 4 {
		t.Fatalf("maps %q: want those of en, sr, sr-Latn and bg", maps)
	}
	for _, size := range []struct {
		width  int
		screen chromedp.Action[chromedp.Void]
		media  string
	}{
		{narrowWidth, chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile), "screen"},
		{laptopWidth, chromedp.EmulateViewport(laptopWidth, laptopHeight), "screen"},
		{printWidth, chromedp.EmulateViewport(printWidth, laptopHeight), "print"},
	} {
		st.do(size.screen, emulateMedia(size.media))
		for _, path := range maps {
			st.open(path)
			type widths struct {
				Scroll, Inner, Links int
				Wide                 []string
			}
			w := js[widths](st, `(() => {
				const W = innerWidth;
				const name = (e) => e.tagName.toLowerCase() + (typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "");
				const clips = (e) => e !== document.body && e !== document.documentElement && getComputedStyle(e).overflowX !== "visible";
				const clipped = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (clips(a)) return true; return false; };
				const wide = [...document.body.querySelectorAll("*")]
					.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -0.5 || r.right > W + 0.5) && !clipped(e); })
					.slice(0, 3).map(name);
				return { Scroll: document.documentElement.scrollWidth, Inner: W, Links: document.querySelectorAll(".map svg a.map-country").length, Wide: wide };
			})()`)
			if w.Inner != size.width || w.Scroll > w.Inner || len(w.Wide) > 0 {
				t.Errorf("%s at %d px (%s): document %d px wide in a %d px window; wider than the window: %q", path, size.width, size.media, w.Scroll, w.Inner, w.Wide)
			}
			if w.Links == 0 {
				t.Errorf("%s: the map has no country link", path)
			}
		}
	}
	axeJS, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's cases give coordinates: its map has pins.
	fx := newSiteTab(t, startBrowser(t), serve(t, fixtureSite(t)))
	for _, scheme := range []string{"light", "dark"} {
		for _, tab := range []struct {
			st    *siteTab
			paths []string
			pins  int
		}{{st, []string{"/catalogue/map/", "/sr/catalogue/map/"}, 0}, {fx, []string{"/catalogue/map/"}, 2}} {
			tab.st.do(colorScheme(scheme))
			for _, path := range tab.paths {
				tab.st.open(path)
				if n := js[int](tab.st, `document.querySelectorAll(".map svg a.map-pin").length`); n != tab.pins {
					t.Errorf("%s: %d pins on the map; want %d", path, n, tab.pins)
				}
				for _, v := range runAxe(tab.st, kindPage{"map", path}, axeJS).Violations {
					t.Errorf("%s (%s): %s %s: %s; %d elements, first: %s", path, scheme, v.Impact, v.ID, v.Help, v.Count, strings.Join(v.Targets, " | "))
				}
			}
		}
	}
}
