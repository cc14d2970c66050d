package browser

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The laptop of TestEveryKindInEveryLanguage.
const wideWidth, wideHeight = 1366, 900

// wideElements is a script expression: the first elements that stick out
// of the window sideways (outside any scrolling box, or positioned out of
// it), named by tag, id and classes.
const wideElements = `(() => {
	const W = window.innerWidth;
	const scrolls = (e) => e !== document.body && e !== document.documentElement &&
		getComputedStyle(e).overflowX !== "visible";
	const inScroller = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return true; return false; };
	const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
		(typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "");
	const out = (r) => r.width > 1 && (r.left < -0.5 || r.right > W + 0.5);
	return [...document.body.querySelectorAll("*")]
		.filter((e) => out(e.getBoundingClientRect()) &&
			(!inScroller(e) || ["absolute", "fixed"].includes(getComputedStyle(e).position)))
		.slice(0, 3).map(name);
})()`

// desktopCheck is what desktopScript measures on a page.
type desktopCheck struct {
	Scroll, Inner int
	Wide          []string // elements sticking out of the window
	Nav           int      // entries of the chapter list, 0 without one
	Beside        bool     // the chapter list is left of the text, its top in the window
	Current       []string // paths of the entries marked aria-current
	Path          string   // the page's path
}

const desktopScript = `(() => {
	const nav = document.querySelector(".chapter-nav");
	const text = document.querySelector(".reading > article");
	const n = nav ? nav.getBoundingClientRect() : null;
	return {
		Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth,
		Wide: ` + wideElements + `,
		Nav: nav ? nav.querySelectorAll("a").length : 0,
		Beside: !!(nav && text && n.width > 0 && n.right <= text.getBoundingClientRect().left && n.top < window.innerHeight),
		Current: nav ? [...nav.querySelectorAll("a[aria-current=page]")].map((a) => new URL(a.href).pathname) : [],
		Path: location.pathname,
	};
})()`

// desktop emulates the laptop screen, wideWidth by wideHeight.
func desktop() chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(wideWidth, wideHeight)
}

// checkDesktop fails the test for what is wrong in c, measured on p: a page
// wider than the window, and on chapters and worksheets a chapter list
// that is missing, not beside the text, or that does not mark the page
// alone as the current one.
func checkDesktop(t *testing.T, p kindPage, c desktopCheck) {
	t.Helper()
	if c.Scroll > c.Inner || c.Inner != wideWidth || len(c.Wide) > 0 {
		t.Errorf("%s (%s) at %d px: page %d px wide in a %d px window; sticking out: %q", p.path, p.name, wideWidth, c.Scroll, c.Inner, c.Wide)
	}
	if p.name != "chapter" && p.name != "tool" {
		return
	}
	switch {
	case c.Nav == 0:
		t.Errorf("%s (%s) at %d px: no chapter list", p.path, p.name, wideWidth)
	case !c.Beside:
		t.Errorf("%s (%s) at %d px: the chapter list is not beside the text", p.path, p.name, wideWidth)
	case len(c.Current) != 1 || c.Current[0] != c.Path:
		t.Errorf("%s (%s) at %d px: the chapter list marks %q as current, want only %s", p.path, p.name, wideWidth, c.Current, c.Path)
	}
}
