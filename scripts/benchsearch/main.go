// Command benchsearch measures search the way a reader and an editor meet
// it (issue 4): it generates a site with realistic text (a Zipf-distributed
// vocabulary of synthetic words in each language, internal/testsite
// GenOptions.Vocabulary), builds the skupaj binary and runs `skupaj build`
// as a child process several times with and without search (median wall
// time, CPU time and peak resident memory; the search stage costs the
// difference), then serves the output on 127.0.0.1 over HTTP/2 with TLS
// and gzip, as GitHub Pages does (-http1: plain HTTP/1.1), and in headless Chromium opens the search page of the
// default language, focuses the box and types a rare, a mid-frequency and
// the most frequent word (and, to show the worst case, a word of the
// largest dictionary chunk), each in a fresh browser profile, recording what
// was downloaded from focusing the box to the first results shown and the
// time from the last keystroke to them. It prints Markdown tables of the
// figures beside the goals and exits 0: it measures, it does not judge.
//
//	go run ./scripts/benchsearch [-pages 10000] [-langs en,sl,sr,bg,pl] [-runs 3] [-bypass-worker] [-public DIR [-rebundle]] [-http1] [-kinds frequent,...]
//
// The site goes to a temporary folder under $TMPDIR, removed at the end
// unless -keep is given. Chromium is Debian's /usr/bin/chromium, as in
// internal/browser.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/skupaj/skupaj/internal/bundle"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/testsite"
)

// The goals of issue 4.
const (
	goalBytes    = 100 << 10               // bytes from focus to first results, per word
	goalLatency  = 50 * time.Millisecond   // last keystroke to first results
	goalStage    = 4500 * time.Millisecond // indexing and export
	goalStageMem = 1 << 30                 // peak memory of the build with search
	goalWhole    = 8 * time.Second         // whole build with search
	pagefind     = 265 << 10               // Pagefind 1.6 on a comparable site
)

type options struct {
	pages      int
	langs      []string
	runs       int
	vocabulary int
	chromium   string
	keep       bool
	noBuilds   bool
	bypass     bool
	public     string
	http1      bool
	rebundle   bool
	cpuprofile string
	keyGap     time.Duration
	kinds      []string
}

func main() {
	var o options
	var langs string
	flag.IntVar(&o.pages, "pages", 10000, "pages of the generated site")
	flag.StringVar(&langs, "langs", "en,sl,sr,bg,pl", "languages, comma-separated; the first is the default")
	flag.IntVar(&o.runs, "runs", 3, "builds per configuration, and browser runs per word")
	flag.IntVar(&o.vocabulary, "vocabulary", 30000, "synthetic stems per language (testsite GenOptions.Vocabulary)")
	flag.StringVar(&o.chromium, "chromium", "/usr/bin/chromium", "the Chromium to run headless")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary folder (site, output, profiles)")
	flag.BoolVar(&o.noBuilds, "no-build-runs", false, "build once with search and skip the build measurements")
	flag.BoolVar(&o.bypass, "bypass-worker", false, "the page's requests bypass the site's service worker (which still runs and keeps the handbook)")
	flag.StringVar(&o.public, "public", "", "measure the browser runs on this built output (the public/ of a folder kept with -keep), without generating or building")
	flag.BoolVar(&o.http1, "http1", false, "serve over plain HTTP/1.1 (at most 6 connections per host in Chromium) instead of HTTP/2 over TLS, as GitHub Pages serves")
	flag.BoolVar(&o.rebundle, "rebundle", false, "serve the bundles (js/*.min.js, css/*.min.css) made from this repository's static/ instead of the output's: the current script on an output kept before")
	flag.DurationVar(&o.keyGap, "key-gap", 0, "time between one key and the next while typing a word (0: as fast as Chromium's protocol takes them, about 5 ms; a fast typist's 100 words a minute is about 120ms)")
	flag.StringVar(&o.cpuprofile, "cpuprofile", "", "write V8's profile of each browser run to this folder (<kind>-<run>.cpuprofile) and print the functions with the most self time from the last keystroke to the first request and to the first results")
	var kinds string
	flag.StringVar(&kinds, "kinds", "", "measure only these words, comma-separated kinds (rare, mid, frequent, largest chunk); all when empty")
	flag.Parse()
	o.langs = strings.Split(langs, ",")
	if kinds != "" {
		o.kinds = strings.Split(kinds, ",")
	}
	if o.runs < 1 {
		o.runs = 1
	}

	tmp, err := os.MkdirTemp("", "benchsearch-")
	check(err)
	if o.keep {
		fmt.Fprintln(os.Stderr, "benchsearch: keeping", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	var loads []string
	load := func(when string) {
		if b, err := os.ReadFile("/proc/loadavg"); err == nil {
			f := strings.Fields(string(b))
			if len(f) >= 3 {
				loads = append(loads, when+" "+strings.Join(f[:3], " "))
			}
		}
	}
	load("before the builds")
	out := filepath.Join(tmp, "public")
	var builds []buildFigure
	if o.public != "" {
		out = o.public
	} else {
		builds = generateAndBuild(o, tmp, out)
	}
	load("after the builds")
	stats, err := indexStats(filepath.Join(out, "search"))
	check(err)
	chosen, err := chooseWords(filepath.Join(out, "search"), o.langs[0])
	check(err)

	var over map[string][]byte
	if o.rebundle {
		made, err := bundle.Make(os.DirFS("static"))
		check(err)
		over = map[string][]byte{}
		for p, b := range made {
			over["/"+p] = b
		}
	}
	srv, err := startServer(out, o.http1, over)
	check(err)
	defer srv.Close()
	var results []wordResult
	for _, w := range chosen {
		if len(o.kinds) > 0 && !slices.Contains(o.kinds, w.kind) {
			continue
		}
		r := wordResult{word: w}
		for i := 0; i < o.runs; i++ {
			progress("browser: %s word %q, run %d", w.kind, w.key, i+1)
			name := fmt.Sprintf("%s-%d", strings.ReplaceAll(w.kind, " ", "-"), i)
			prof := ""
			if o.cpuprofile != "" {
				check(os.MkdirAll(o.cpuprofile, 0o755))
				prof = filepath.Join(o.cpuprofile, name+".cpuprofile")
			}
			m, err := measureWord(o.chromium, filepath.Join(tmp, "profile-"+name), srv, searchPath(o.langs[0], o.langs[0]), w.key, o.bypass, prof, o.keyGap)
			if err != nil {
				fmt.Fprintf(os.Stderr, "benchsearch: %s word %q: %v\n", w.kind, w.key, err)
				r.errors = append(r.errors, err.Error())
				continue
			}
			r.runs = append(r.runs, m)
			if m.prof != nil {
				first := m.shown
				for _, f := range m.window {
					if f.Start >= m.lastKey && f.Start < first {
						first = f.Start
					}
				}
				fmt.Fprintf(os.Stderr, "profile of %s word %q, run %d: last key %.1f, first request %.1f, results %.1f ms\n", w.kind, w.key, i+1, m.lastKey, first, m.shown)
				for _, f := range m.window {
					fmt.Fprintf(os.Stderr, "  %7.1f → %7.1f ms  %s %s\n", f.Start-m.lastKey, f.End-m.lastKey, f.proto, f.Path)
				}
				m.prof.printSelf(os.Stderr, "last key → first request", m.lastKey, first, 12)
				m.prof.printSelf(os.Stderr, "last key → first results", m.lastKey, m.shown, 25)
			}
		}
		results = append(results, r)
	}
	load("after the browser runs")
	report(os.Stdout, o, builds, stats, results, srv, loads)
}

// generateAndBuild builds the skupaj binary, generates the site in tmp
// and builds it into out: once with search (-no-build-runs), or measuring
// o.runs builds of each configuration.
func generateAndBuild(o options, tmp, out string) []buildFigure {
	bin := filepath.Join(tmp, "skupaj")
	progress("building the skupaj binary")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/skupaj")
	cmd.Stderr = os.Stderr
	check(cmd.Run())

	site := filepath.Join(tmp, "site")
	progress("generating %d pages in %s (vocabulary %d)", o.pages, strings.Join(o.langs, ","), o.vocabulary)
	start := time.Now()
	check(testsite.Generate(site, testsite.GenOptions{Pages: o.pages, Langs: o.langs, Vocabulary: o.vocabulary}))
	progress("generated in %v", time.Since(start).Round(time.Millisecond))

	if o.noBuilds {
		f, err := runBuild(bin, site, out, true)
		check(err)
		return []buildFigure{{search: true, mode: "fresh", runs: []buildRun{f}}}
	}
	return measureBuilds(bin, site, out, filepath.Join(tmp, "public-nosearch"), o.runs)
}

// searchPath is the search page of lang on a generated site (whose
// configuration names def its default language and nothing more about
// where languages go), in the folder the build writes it to.
func searchPath(lang, def string) string {
	return "/" + (&config.Config{DefaultLanguage: def}).Prefix(lang) + "search/"
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchsearch: "+format+"\n", args...)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchsearch:", err)
		os.Exit(1)
	}
}
