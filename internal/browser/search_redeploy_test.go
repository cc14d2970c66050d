package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
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

// TestCarriedManifestOfAnOlderBuildGivesWayToTheFreshOne: the search page
// carries its view's manifest; a page from a cache after a redeploy
// carries one that names files the site no longer has (its records file
// and, as every chunk file is named by one hash, its chunks). Its first search
// then opens the view's manifest fetched fresh, once, and shows the
// results from the files it names.
func TestCarriedManifestOfAnOlderBuildGivesWayToTheFreshOne(t *testing.T) {
	out := fixtureSite(t)
	view, err := os.ReadFile(filepath.Join(out, "search", "manifest-en.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(view, &m); err != nil {
		t.Fatal(err)
	}
	records, _ := m["records"].(map[string]any)
	files, _ := records["en"].([]any)
	if len(files) == 0 {
		t.Fatalf("the English view has no records files")
	}
	// The new build's records file of the English pages: the same records
	// under another name.
	old, _ := files[0].(string)
	renamed := old[:len(old)-len("01234567.json")] + "0badcafe.json"
	files[0] = renamed
	// And its chunk files, all named by one hash: the same chunks under
	// another.
	chunks, _ := m["chunks"].(map[string]any)
	dir, _ := chunks["dir"].(string)
	oldHash, _ := chunks["hash"].(string)
	starts, _ := chunks["starts"].([]any)
	if dir == "" || oldHash == "" || len(starts) == 0 {
		t.Fatalf("the English view names its chunks %v, want a folder, one hash and their starts", m["chunks"])
	}
	chunks["hash"] = "0badcafe"
	oldChunk := regexp.MustCompile(`^/search/` + regexp.QuoteMeta(dir) + `\d+\.` + oldHash + `\.json$`)
	newChunk := regexp.MustCompile(`^(/search/` + regexp.QuoteMeta(dir) + `\d+\.)0badcafe(\.json)$`)
	fresh, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	served := http.FileServer(http.Dir(out))
	var manifests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/search/manifest-en.json":
			manifests.Add(1)
			w.Header().Set("Content-Type", "application/json")
			w.Write(fresh)
		case "/search/" + old: // gone with the old build
			http.NotFound(w, r)
		case "/search/" + renamed:
			r.URL.Path = "/search/" + old
			served.ServeHTTP(w, r)
		default:
			if oldChunk.MatchString(r.URL.Path) {
				http.NotFound(w, r)
				return
			}
			r.URL.Path = newChunk.ReplaceAllString(r.URL.Path, "${1}"+oldHash+"${2}")
			served.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	tb := newTab(t, startBrowser(t), srv)
	tb.allow(http.StatusNotFound, "/search/"+old)
	for i := range starts {
		tb.allow(http.StatusNotFound, fmt.Sprintf("/search/%s%d.%s.json", dir, i, oldHash))
	}

	tb.open("/search/?q=zephyrine")
	tb.waitSearch("zephyrine", 0)
	if got := tb.results(); len(got) != 4 {
		t.Fatalf("results %q after the redeploy, want the 4 pages with zephyrine", titles(got))
	}
	if n := manifests.Load(); n != 1 {
		t.Errorf("the view's manifest was fetched %d times, want once", n)
	}
	// The page logged the missing file; that is the expected problem.
	tb.mu.Lock()
	var others []string
	for _, p := range tb.problems {
		if !strings.Contains(p, old) && !strings.Contains(p, "."+oldHash+".json") {
			others = append(others, p)
		}
	}
	tb.problems = others
	tb.mu.Unlock()
}
