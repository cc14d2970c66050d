package browser

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Window sizes of the layout tests: a small phone and a laptop.
const (
	phoneWidth, phoneHeight     = 360, 740
	desktopWidth, desktopHeight = 1280, 900
)

// maxShotHeight cuts screenshots of long pages (the print edition is tens
// of thousands of pixels high), in CSS pixels.
const maxShotHeight = 6000

// TestNoHorizontalScrollOnPhone loads one page of every kind on an
// emulated phone 360 px wide and fails for each page wider than the screen
// (document.documentElement.scrollWidth above window.innerWidth; a phone
// also zooms out a page that is too wide, which makes window.innerWidth
// grow), naming the first elements that stick out on the right (outside
// any scrolling box, or positioned out of it).
func TestNoHorizontalScrollOnPhone(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(phone())
	for _, p := range pageKinds(t, out) {
		st.openKind(p)
		type widths struct {
			Scroll, Inner int
			Wide          []string
		}
		w := js[widths](st, `(() => {
			const width = `+fmt.Sprint(phoneWidth)+`;
			const scrolls = (e) => e !== document.body && e !== document.documentElement &&
				getComputedStyle(e).overflowX !== "visible";
			const inScroller = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return true; return false; };
			const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
				(typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "");
			const wide = [...document.body.querySelectorAll("*")]
				.filter((e) => e.getBoundingClientRect().right > width + 0.5 &&
					(!inScroller(e) || ["absolute", "fixed"].includes(getComputedStyle(e).position)))
				.slice(0, 3).map(name);
			return { Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth, Wide: wide };
		})()`)
		if w.Scroll > w.Inner || w.Inner != phoneWidth {
			t.Errorf("%s (%s): page is %d px wide on a %d px phone (window %d px); sticking out: %q",
				p.path, p.name, w.Scroll, phoneWidth, w.Inner, w.Wide)
		}
	}
}

// phone emulates a phone screen of phoneWidth by phoneHeight: a mobile
// viewport (the page's meta viewport applies, scroll bars overlay the
// page, a page too wide is zoomed out) at a pixel ratio of 1.
func phone() chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile)
}

// TestScreenshotsOfEveryKind writes a JPEG of one page of every kind at
// 1280 px and at 360 px wide in the light colour scheme, and at 360 px in
// the dark one (<kind>-<width>-<scheme>.jpg, the whole page, cut at maxShotHeight) to
// the artifacts folder, for people to look at. A page is loaded once at
// each width (scripts read the width when the page loads: the search's and
// the directories' filter panels); the dark scheme is shown without a
// reload. It asserts only that every page loads cleanly and every file is
// written.
func TestScreenshotsOfEveryKind(t *testing.T) {
	t.Parallel() // its own tabs in the shared Chromium; it waits on pages more than it computes
	out := handbook(t)
	dir := artifactsDir(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	// Light at both widths; dark at the phone's, which has the most of the
	// colours per screen (TestAxeFindsNoSeriousViolations checks the dark
	// scheme's contrast on every kind).
	for _, screen := range []struct {
		width   int64
		size    chromedp.Action[chromedp.Void]
		schemes []string
	}{
		{desktopWidth, chromedp.EmulateViewport(desktopWidth, desktopHeight), []string{"light"}},
		{phoneWidth, phone(), []string{"light", "dark"}},
	} {
		for _, p := range pageKinds(t, out) {
			st.do(colorScheme(screen.schemes[0]), screen.size)
			st.openKind(p)
			for _, scheme := range screen.schemes {
				st.do(colorScheme(scheme))
				img := run(st, fullPage(screen.width))
				name := filepath.Join(dir, fmt.Sprintf("%s-%d-%s.jpg", p.name, screen.width, scheme))
				if err := os.WriteFile(name, img, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	t.Logf("screenshots in %s", dir)
}

// fullPage takes a JPEG of the whole page at width CSS pixels, cut at
// maxShotHeight (Chromium encodes a tall PNG in several times as long:
// the screenshots were a quarter of the browser tests' time).
func fullPage(width int64) chromedp.Action[[]byte] {
	return func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, tg, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		h := math.Min(math.Ceil(m.CSSContentSize.Height), maxShotHeight)
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatJpeg,
			Quality:               new(int64(85)),
			CaptureBeyondViewport: new(true),
			Clip:                  &page.Viewport{Width: float64(width), Height: h, Scale: 1},
		})
		return r.Data, err
	}
}

// artifactsDir is the folder for screenshots and PDFs that people look at:
// $SKUPAJ_ARTIFACTS (a relative path counts from the repository root),
// else .artifacts/screenshots/ in the repository. It is made if missing.
func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SKUPAJ_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(".artifacts", "screenshots")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(repoRoot, dir)
	}
	dir, err := filepath.Abs(dir)
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
