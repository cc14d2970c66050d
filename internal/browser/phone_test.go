package browser

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// The phone of TestEveryKindInEveryLanguage and the most its header may
// take: a seventh of the screen, so that the text starts above the fold.
const (
	narrowWidth, narrowHeight = 390, 844
	maxHeaderHeight           = 120
)

// phoneCheck is what phoneScript measures on a page.
type phoneCheck struct {
	Header  float64  // height of the site header, CSS px
	Scroll  int      // width of the document
	Inner   int      // width of the window
	Wide    []string // elements sticking out of the screen
	Menu    []string // the open language menu's box, when outside the screen
	Twice   []string // language names the header shows more than once
	Summary string   // the language button's text
}

// phoneScript measures the header, the page's width and, with the language
// menu opened, the menu's box; it closes the menu again.
const phoneScript = `(() => {
	const W = window.innerWidth, H = window.innerHeight;
	const wide = ` + wideElements + `;
	const header = document.querySelector(".site-header");
	const menu = document.querySelector(".lang-menu");
	const names = [...menu.querySelectorAll("ul a")].map((a) => a.textContent.trim());
	const text = header.innerText;
	const twice = names.filter((n) => text.split(n).length > 2);
	menu.open = true;
	const r = menu.querySelector("ul").getBoundingClientRect();
	const box = (r.left < -0.5 || r.right > W + 0.5 || r.top < -0.5 || r.bottom > H + 0.5)
		? ["left " + r.left, "right " + r.right, "top " + r.top, "bottom " + r.bottom] : [];
	menu.open = false;
	return {
		Header: header.getBoundingClientRect().height,
		Scroll: document.documentElement.scrollWidth, Inner: W,
		Wide: wide, Menu: box, Twice: twice,
		Summary: menu.querySelector(".lang-name").textContent.trim(),
	};
})()`

// sizes measures pages at the phone's size and then at the laptop's, and
// keeps the tallest header of each language. Its methods may run in
// several goroutines at once.
type sizes struct {
	mu      sync.Mutex
	tallest map[string]float64 // language button's text → header height
}

// phoneSize emulates the phone of narrowWidth by narrowHeight.
func phoneSize() chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile)
}

// check measures page p, loaded in st at the phone's size, and fails the
// test as checkPhone says; when laptop is true, it then widens the page to
// the laptop's size and fails as checkDesktop says, leaving st at the
// laptop's size.
func (s *sizes) check(t *testing.T, st *siteTab, p kindPage, laptop bool) {
	t.Helper()
	c, err := chromedp.Run(st.ctx, chromedp.Evaluate[phoneCheck](phoneScript))
	if err != nil {
		t.Errorf("%s: %v", p.path, err)
		return
	}
	checkPhone(t, p, c)
	s.mu.Lock()
	if s.tallest == nil {
		s.tallest = map[string]float64{}
	}
	s.tallest[c.Summary] = max(s.tallest[c.Summary], c.Header)
	s.mu.Unlock()
	if !laptop {
		return
	}
	if err := chromedp.Do(st.ctx, desktop()); err != nil {
		t.Error(err)
		return
	}
	d, err := chromedp.Run(st.ctx, chromedp.Evaluate[desktopCheck](desktopScript))
	if err != nil {
		t.Errorf("%s at %d px: %v", p.path, wideWidth, err)
		return
	}
	checkDesktop(t, p, d)
}

// log logs the tallest header of each language.
func (s *sizes) log(t *testing.T, pages int) {
	t.Helper()
	var rows []string
	for k, h := range s.tallest {
		rows = append(rows, fmt.Sprintf("%s: %.0f px", k, h))
	}
	slices.Sort(rows)
	t.Logf("tallest header per language at %d px (of %d pages):\n%s", narrowWidth, pages, strings.Join(rows, "\n"))
}

// checkPhone fails the test for what is wrong in c, measured on p.
func checkPhone(t *testing.T, p kindPage, c phoneCheck) {
	t.Helper()
	if c.Header > maxHeaderHeight {
		t.Errorf("%s (%s): header %.0f px tall, want at most %d", p.path, p.name, c.Header, maxHeaderHeight)
	}
	if c.Scroll > c.Inner || c.Inner != narrowWidth || len(c.Wide) > 0 {
		t.Errorf("%s (%s): page %d px wide in a %d px window; sticking out: %q", p.path, p.name, c.Scroll, c.Inner, c.Wide)
	}
	if len(c.Menu) > 0 {
		t.Errorf("%s (%s): the open language menu is off the screen: %s", p.path, p.name, strings.Join(c.Menu, ", "))
	}
	if len(c.Twice) > 0 {
		t.Errorf("%s (%s): the header names %q more than once", p.path, p.name, c.Twice)
	}
}
