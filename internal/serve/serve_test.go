package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// running starts a real preview server of a fixture site on a free port
// and returns once its first build has finished. The server is stopped,
// and Run has returned, before the test's temporary folders are removed:
// the cleanup is registered after the caller's TempDir, so it runs first.
func running(t testing.TB, root string) (base string, s *Server) {
	t.Helper()
	addr, s := runningAt(t, root, "/")
	return "http://" + addr + "/", s
}

// runningAt is running with the site below basePath; it returns the
// server's host:port.
func runningAt(t testing.TB, root, basePath string) (addr string, s *Server) {
	t.Helper()
	addr, s, logged := start(t, root, basePath)
	for n, _ := s.Builds(); n == 0; n, _ = s.Builds() {
		<-logged
	}
	return addr, s
}

// start starts a preview server of the site at root, below basePath, on a
// free port, and returns its host:port. logged receives after each line
// the server logs, which it does after every build: a caller waits on it
// for Builds to change.
func start(t testing.TB, root, basePath string) (addr string, s *Server, logged <-chan struct{}) {
	t.Helper()
	return startWith(t, Options{Root: root, BasePath: basePath})
}

// startWith is start with the options o (its Log is the test's).
func startWith(t testing.TB, o Options) (addr string, s *Server, logged <-chan struct{}) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan struct{}, 1)
	o.Log = func(string, ...any) {
		select {
		case ch <- struct{}{}:
		default: // the caller has one to read already
		}
	}
	s = New(o)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- s.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-stopped; err != nil {
			t.Errorf("server stopped with %v", err)
		}
	})
	return ln.Addr().String(), s, ch
}

// waitFor waits for the next event called name; events of other names
// before it are passed over. It fails the test if the stream ends first.
func waitFor(t testing.TB, ev <-chan string, name string) {
	t.Helper()
	for e := range ev {
		if e == name {
			return
		}
	}
	t.Fatalf("the event stream ended before %q", name)
}

// until waits for cond, checking it again after each reload event of ev:
// every build of the pages, good or bad, sends one, so a change that the
// server takes up makes cond true by some event. It fails the test if the
// event stream ends first.
func until(t testing.TB, ev <-chan string, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		if _, open := <-ev; !open {
			t.Fatalf("the event stream ended before %s", what)
		}
	}
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func write(t testing.TB, root, name, text string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEditCreateAndDeleteShowUp(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := running(t, root)
	ev := events(t, base)
	if code, body := get(t, base+"tools/checklist/"); code != 200 || !strings.Contains(body, "<h1>Checklist</h1>") {
		t.Fatalf("tools/checklist/: %d", code)
	}
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: Edited checklist\nsummary: S.\nweight: 1\n---\n- [ ] new item\n")
	until(t, ev, "the edit", func() bool {
		_, b := get(t, base+"tools/checklist/")
		return strings.Contains(b, "<h1>Edited checklist</h1>")
	})
	write(t, root, "content/en/guidelines/third.md", "---\ntitle: A new chapter\nweight: 30\n---\nNew.\n")
	until(t, ev, "the new page", func() bool { c, _ := get(t, base+"guidelines/third/"); return c == 200 })
	until(t, ev, "the new page in its list", func() bool { _, b := get(t, base+"guidelines/"); return strings.Contains(b, "A new chapter") })
	// A new folder (a language section that did not exist) is watched too.
	write(t, root, "content/sl/tools/orodje.md", "---\ntitle: Novo orodje\nsummary: S.\nweight: 2\n---\nBesedilo.\n")
	until(t, ev, "a page in a new folder", func() bool { c, _ := get(t, base+"sl/tools/orodje/"); return c == 200 })
	os.Remove(filepath.Join(root, "content/en/guidelines/third.md"))
	until(t, ev, "the deleted page to go", func() bool { c, _ := get(t, base+"guidelines/third/"); return c == 404 })
	// An editor's atomic save: write a temporary file, rename it over the page.
	tmp := filepath.Join(root, "content/en/tools/.checklist.md.tmp")
	os.WriteFile(tmp, []byte("---\ntitle: Atomic checklist\nsummary: S.\nweight: 1\n---\nx\n"), 0o644)
	os.Rename(tmp, filepath.Join(root, "content/en/tools/checklist.md"))
	until(t, ev, "the atomic save", func() bool {
		_, b := get(t, base+"tools/checklist/")
		return strings.Contains(b, "<h1>Atomic checklist</h1>")
	})
}

// events connects to the reload stream and returns its events.
func events(t testing.TB, base string) <-chan string {
	t.Helper()
	resp, err := http.Get(base + EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	ch := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "event: ") {
				ch <- strings.TrimPrefix(sc.Text(), "event: ")
			}
		}
		close(ch)
	}()
	return ch
}

func TestReloadReachesOpenPages(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := running(t, root)
	_, page := get(t, base)
	if !strings.Contains(page, `new EventSource("/__skupaj/events")`) {
		t.Fatal("the page has no reload script")
	}
	ev := events(t, base)
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: Reloaded\nsummary: S.\nweight: 1\n---\n")
	waitFor(t, ev, "reload")
}

func TestBrokenFrontMatterShowsTheOverlayUntilFixed(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, s := running(t, root)
	ev := events(t, base)
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: <b>Bad</b>\nweight: [\n---\n")
	until(t, ev, "the failed build", func() bool { _, err := s.Builds(); return err != nil })
	code, body := get(t, base+"guidelines/first/")
	if code != 200 || !strings.Contains(body, `<div id="skupaj-error" role="alert"`) || !strings.Contains(body, "content/en/tools/checklist.md:3: front matter is not valid YAML") {
		t.Fatalf("no overlay naming the file and line (status %d)", code)
	}
	if strings.Contains(body, "<b>Bad</b>") && !strings.Contains(body, "&lt;b&gt;") {
		t.Error("the overlay is not escaped")
	}
	if !strings.Contains(body, "<h1>First chapter</h1>") {
		t.Error("the last good page is not served under the overlay")
	}
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: Fixed\nsummary: S.\nweight: 1\n---\n")
	until(t, ev, "the overlay to go", func() bool { _, b := get(t, base+"guidelines/first/"); return !strings.Contains(b, "skupaj-error") })
	if _, b := get(t, base+"tools/checklist/"); !strings.Contains(b, "<h1>Fixed</h1>") {
		t.Error("the fix is not served")
	}
}

func TestPathsOutsideTheSiteAreRefused(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, _ := running(t, root)
	addr := strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
	for _, p := range []string{"/../../../../etc/passwd", "/css/../../content/site.yaml", "/%2e%2e/%2e%2e/etc/passwd"} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", p)
		resp, _ := io.ReadAll(conn)
		conn.Close()
		status := strings.SplitN(string(resp), "\r\n", 2)[0]
		if !strings.Contains(status, " 400 ") && !strings.Contains(status, " 404 ") {
			t.Errorf("GET %s: %s", p, status)
		}
		if strings.Contains(string(resp), "root:") || strings.Contains(string(resp), "default_language") {
			t.Errorf("GET %s served a file outside the output", p)
		}
	}
}
