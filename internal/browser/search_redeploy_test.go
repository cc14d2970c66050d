package browser

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestRedeployedIndexIsNotMixed: the search page opens its language's
// view; when the reader selects another language too, it reads the whole
// index, and if that is of another build (a redeploy since the page
// opened: other records and texts), the page shows its error state
// rather than ranking the new build's document numbers with the old
// build's records.
func TestRedeployedIndexIsNotMixed(t *testing.T) {
	out := fixtureSite(t)
	whole, err := os.ReadFile(filepath.Join(out, "search", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(whole, &m); err != nil {
		t.Fatal(err)
	}
	texts, _ := m["texts"].([]any)
	if len(texts) == 0 {
		t.Fatal("the manifest has no texts")
	}
	texts[0] = "00000000" // the hash of another build's texts
	redeployed, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/search/manifest.json" {
			w.Header().Set("Content-Type", "application/json")
			w.Write(redeployed)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	tb := newTab(t, startBrowser(t), srv)

	tb.open("/search/")
	tb.typeQuery("zephyrine")
	if got := tb.results(); len(got) != 4 {
		t.Fatalf("results %q from the view, want the 4 pages with zephyrine", titles(got))
	}
	tb.do(chromedp.Click(chromedp.CSS(`input[name="lang"][value="sl"]`)))
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	errorState := `document.getElementById("search").dataset.state === "error"`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](errorState, chromedp.WithPollingMutation())); err != nil {
		t.Fatalf("with lang=sl on a redeployed whole index, the page is not in its error state: %v (state %q)",
			err, eval[string](tb, `document.getElementById("search").dataset.state`))
	}
	// The reader is told, in the page's language, and how to go on.
	if said := eval[string](tb, `document.querySelector("#search [role=status]")?.textContent ?? ""`); !strings.Contains(said, "Reload the page") {
		t.Errorf("the status says %q, not that the search could not be loaded", said)
	}
	// The page logged why; that is the expected problem, no other.
	tb.mu.Lock()
	var others []string
	for _, p := range tb.problems {
		if !strings.Contains(p, "rebuilt since this page opened it") {
			others = append(others, p)
		}
	}
	tb.problems = others
	tb.mu.Unlock()
}
