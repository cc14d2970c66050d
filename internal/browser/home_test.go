package browser

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// homeCheck is what homeScript finds on a home page.
type homeCheck struct {
	Order   []string // the classes of the article's parts after the title and lead
	Labels  []string // the cards' link texts
	Lines   []string // the cards' first lines
	Hits    []bool   // whether a click in each card's lower right corner hits its link
	Targets []string // the paths the cards link to
	Path    int      // links in the training path
}

const homeScript = `(() => {
	const cards = [...document.querySelectorAll(".home .cards > li")];
	return {
		Order: [...document.querySelector("article.home").children]
			.filter((e) => !["H1", "P"].includes(e.tagName)).map((e) => e.className),
		Labels: cards.map((c) => c.querySelector("a").textContent.trim()),
		Lines: cards.map((c) => c.querySelector("p").textContent.trim()),
		Hits: cards.map((c) => {
			const r = c.getBoundingClientRect();
			window.scrollTo(0, r.top + scrollY - 10);
			const b = c.getBoundingClientRect();
			const e = document.elementFromPoint(b.right - 4, b.bottom - 4);
			return e === c.querySelector("a");
		}),
		Targets: cards.map((c) => new URL(c.querySelector("a").href).pathname),
		Path: document.querySelectorAll(".training a[href]").length,
	};
})()`

// TestHomeShowsEntryPointsFirst opens the home page of every language with
// JavaScript off, on a phone and on a laptop, and fails unless it shows the
// entry points first (a card each for the guidelines, cases, partners,
// toolbox and catalogue, with a line of its own language, the whole card a
// link to a page of the site), then the training path with its links, then
// the rest of the text.
func TestHomeShowsEntryPointsFirst(t *testing.T) {
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	var english []string
	for _, size := range []chromedp.Action[chromedp.Void]{chromedp.EmulateViewport(narrowWidth, narrowHeight, chromedp.EmulateMobile), desktop()} {
		st.do(size)
		for _, prefix := range languagePrefixes(t) {
			home := "/" + prefix
			st.open(home)
			c := js[homeCheck](st, homeScript)
			if len(c.Order) != 3 || c.Order[0] != "cards" || c.Order[1] != "training" || c.Order[2] != "home-text" {
				t.Errorf("%s: the home page shows %q, want the cards, the training path, then the text", home, c.Order)
			}
			if len(c.Labels) != 5 {
				t.Errorf("%s: %d cards %q, want 5 (guidelines, cases, partners, toolbox, catalogue)", home, len(c.Labels), c.Labels)
				continue
			}
			if prefix == "" {
				english = c.Lines
			}
			for i, line := range c.Lines {
				switch {
				case line == "":
					t.Errorf("%s: the card %q has no line", home, c.Labels[i])
				case prefix != "" && english != nil && line == english[i]:
					t.Errorf("%s: the card %q shows the English line %q", home, c.Labels[i], line)
				}
				if !c.Hits[i] {
					t.Errorf("%s: a click in the corner of the card %q does not reach its link", home, c.Labels[i])
				}
			}
			if c.Path < 3 {
				t.Errorf("%s: the training path has %d links, want a path through chapters, cases and worksheets", home, c.Path)
			}
			for i, target := range c.Targets {
				if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(target), "index.html")); err != nil {
					t.Errorf("%s: the card %q links to %s, which the build did not write", home, c.Labels[i], target)
				}
			}
		}
	}
}
