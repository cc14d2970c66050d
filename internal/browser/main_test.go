package browser

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	chromiumpkg "github.com/skupaj/skupaj/internal/chromium"
	"github.com/skupaj/skupaj/internal/testsite"
)

// The tests of this package share one headless Chromium and the sites that
// several of them look at, each made once, on first use, and ended by
// TestMain after the last test. Each test opens its own tabs on its own
// test server: a new origin per test, so that no test sees another's
// storage or cache. No test writes into a shared site.
var (
	// sharedDir holds the browser profile and the shared sites.
	sharedDir string

	browserOnce lazy[context.Context]
	stopBrowser func() // ends the browser and waits for its process

	handbookOnce lazy[string] // this repository built, at the root
	fixtureOnce  lazy[string] // fixture() built
)

func TestMain(m *testing.M) {
	restoreTemp := testsite.MemoryTempDir() // the sites, the profile and the tests' folders
	dir, err := os.MkdirTemp("", "skupaj-browser-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sharedDir = dir
	// The browser tests wait on Chromium more than they compute (the
	// package alone: 145 s of wall time, 108 s of CPU on two cores): run
	// four of the parallel ones at a time, unless -parallel says otherwise.
	flag.Parse()
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		flag.Set("test.parallel", "4")
	}
	code := m.Run()
	if stopBrowser != nil {
		stopBrowser()
	}
	if err := os.RemoveAll(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	restoreTemp()
	os.Exit(code)
}

// lazy is a value made once, by the first test that needs it; a failure to
// make it fails every test that needs it.
type lazy[T any] struct {
	once sync.Once
	v    T
	err  error
}

func (l *lazy[T]) get(t *testing.T, make func() (T, error)) T {
	t.Helper()
	l.once.Do(func() { l.v, l.err = make() })
	if l.err != nil {
		t.Fatal(l.err)
	}
	return l.v
}

// startBrowser returns the package's headless Chromium, started on first
// use with the flags this machine needs (no background networking, a
// fresh profile). Tests open tabs in it with chromedp.NewContext.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	return browserOnce.get(t, func() (context.Context, error) {
		if err := chromiumpkg.Check(chromium); err != nil {
			return nil, fmt.Errorf("%v; the browser tests need it", err)
		}
		opts := chromiumpkg.Options(chromium, filepath.Join(sharedDir, "profile"))
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancel := chromedp.NewContext(alloc)
		stopBrowser = func() { cancel(); cancelAlloc() }
		// The first run starts the browser; it has no timeout, which would
		// stop the browser with it.
		if err := chromedp.Do(ctx); err != nil {
			return nil, fmt.Errorf("starting %s: %v", chromium, err)
		}
		return ctx, nil
	})
}

// handbook returns the output folder of this repository built as
// `skupaj build` does at its root, made once for the package.
func handbook(t *testing.T) string {
	t.Helper()
	return handbookOnce.get(t, func() (string, error) {
		return buildRepoIn(filepath.Join(sharedDir, "handbook"), "")
	})
}

// fixtureSite returns the output folder of fixture(), built once for the
// package with the real pipeline, search index included.
func fixtureSite(t *testing.T) string {
	t.Helper()
	return fixtureOnce.get(t, func() (string, error) {
		root := filepath.Join(sharedDir, "fixture")
		if err := testsite.WriteDir(root, fixture()); err != nil {
			return "", err
		}
		return buildSiteIn(root)
	})
}

// buildSiteIn builds the site at root with the real pipeline into
// root/public and checks that it has a search index.
func buildSiteIn(root string) (string, error) {
	out := filepath.Join(root, "public")
	if _, err := build.Build(build.Options{Root: root, Out: out}); err != nil {
		return "", fmt.Errorf("build failed:\n%v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "search", "manifest.json")); err != nil {
		return "", fmt.Errorf("the build wrote no search index: %v", err)
	}
	return out, nil
}

// buildRepoIn builds this repository as `skupaj build` does at its root
// (content, layouts and static files, search index included) into
// dir/public, so that nothing is written into the repository. baseURL
// overrides base_url when it is not empty.
func buildRepoIn(dir, baseURL string) (string, error) {
	out := filepath.Join(dir, "public")
	_, err := build.Build(build.Options{
		Root: repoRoot, Out: out, BaseURL: baseURL,
	})
	if err != nil {
		return "", fmt.Errorf("building the handbook:\n%v", err)
	}
	return out, nil
}
