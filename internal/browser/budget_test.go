package browser

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/bundle"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/scripts/budget/weigh"
)

// TestChapterKeepsBudget measures the heaviest chapter of the bundled
// handbook (by HTML size) as `go run ./scripts/budget` does, with
// weigh.Measure: its first load transfers less than weigh.ChapterBudget
// bytes, and no render-blocking resource comes from another host. The
// site's stylesheet must be among the render-blocking resources, which
// shows that they were looked for.
func TestChapterKeepsBudget(t *testing.T) {
	out := handbook(t)
	chapter, err := weigh.Largest(out, "guidelines")
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, out)
	ctx, cancel := context.WithTimeout(startBrowser(t), stepTimeout)
	defer cancel()
	r, err := weigh.Measure(ctx, srv.URL+chapter)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d bytes in %d requests, render-blocking: %v", chapter, r.Bytes, r.Requests, r.Blocking)
	if r.Bytes >= weigh.ChapterBudget {
		t.Errorf("%s weighs %d bytes, want under %d", chapter, r.Bytes, weigh.ChapterBudget)
	}
	for _, b := range r.Foreign() {
		t.Errorf("%s: render-blocking %s from another host: %s", chapter, b.Kind, b.URL)
	}
	sheet, _ := bundle.Stylesheet(content.Guideline)
	if !slices.ContainsFunc(r.Blocking, func(b weigh.Resource) bool { return strings.HasSuffix(b.URL, "/"+sheet) }) {
		t.Errorf("%s: the site's stylesheet is not among the render-blocking resources %v", chapter, r.Blocking)
	}
}

// TestMeasureFindsForeignBlockingResources checks weigh.Measure on a page
// whose <head> has a stylesheet and a synchronous script from another
// (local) host, and a deferred script and a print stylesheet that do not
// block: it reports the first two as foreign and counts every byte.
func TestMeasureFindsForeignBlockingResources(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".css") {
			w.Header().Set("Content-Type", "text/css")
			w.Write([]byte("body { color: black }"))
			return
		}
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte("window.loaded = true;"))
	}))
	t.Cleanup(other.Close)
	page := `<!doctype html><html lang="en"><head><title>t</title>
<link rel="stylesheet" href="` + other.URL + `/font.css">
<link rel="stylesheet" href="` + other.URL + `/print.css" media="print">
<script src="` + other.URL + `/tracker.js"></script>
<script src="` + other.URL + `/later.js" defer></script>
</head><body><p>Hello</p></body></html>`
	own := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	}))
	t.Cleanup(own.Close)

	ctx, cancel := context.WithTimeout(startBrowser(t), stepTimeout)
	defer cancel()
	r, err := weigh.Measure(ctx, own.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	var foreign []string
	for _, b := range r.Foreign() {
		u, _ := url.Parse(b.URL)
		foreign = append(foreign, b.Kind+" "+u.Path)
	}
	slices.Sort(foreign)
	if want := []string{"script /tracker.js", "stylesheet /font.css"}; !slices.Equal(foreign, want) {
		t.Errorf("foreign render-blocking resources %q, want %q", foreign, want)
	}
	if r.Requests != 5 || r.Bytes < int64(len(page)) {
		t.Errorf("%d requests and %d bytes, want 5 requests and at least the page's %d bytes", r.Requests, r.Bytes, len(page))
	}
}
