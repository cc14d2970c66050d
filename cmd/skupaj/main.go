// Command skupaj builds the partnership handbook and catalogue: a static
// site from content/, layouts/ and static/.
//
//	skupaj build [-source DIR] [-out DIR] [-base-url URL]
//	skupaj check [-source DIR] [-format text|json|github]
//	skupaj search [-out public] [-lang sl] [-kind case] [-sector ngo] [-type media] "query"
//	skupaj new <kind> <id> [-lang sl]
//	skupaj new term <taxonomy> <id> [-label "..."]
//	skupaj serve [-source DIR] [-port 1313]
//	skupaj version
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/diag"
)

const usage = `skupaj builds a partnership handbook and catalogue as a static site.

Usage:
  skupaj <command> [flags]

Commands:
  build     build the site into public/
  check     run every check of a build without writing anything
  search    search the site from the terminal (after a build)
  new       start a page (guideline, case, partner, tool) or a taxonomy term
  serve     preview the site on localhost, rebuilding and reloading on every change
  version   print the version

Run "skupaj <command> -help" for the flags of a command.
`

func main() {
	if limit, ok := softMemoryLimit(os.Args[1:], os.Getenv("GOMEMLIMIT")); ok {
		debug.SetMemoryLimit(limit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// softMemoryLimit says which soft memory limit the command in args runs
// under, and whether it sets one at all. A build of 10,000 pages holds
// 400-450 MB live while its pages and its search index are made side by
// side; Go's collector would let the heap grow to twice that. A soft limit
// of 720 MiB keeps the whole process near 765 MB, under the 800 MB the
// benchmark site may take (768 MiB let it reach 811 MB); 640 MiB kept it
// near 680 MB but left the collector so little room above the live heap
// that it ran 35 times and marking took a fifth of the build's CPU: the
// build was 0.5-0.8 s slower (docs/benchmarks.md, "At the end of session
// 7"). Only build and check, which run that build, get it: serve
// keeps every page's HTML in memory for as long as it runs, and near a
// limit its collector could run without pause. GOMEMLIMIT in the
// environment (gomemlimit) overrides it for every command.
func softMemoryLimit(args []string, gomemlimit string) (int64, bool) {
	if gomemlimit != "" || len(args) == 0 {
		return 0, false
	}
	switch args[0] {
	case "build", "check":
		return 720 << 20, true
	}
	return 0, false
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return cmdBuild(args[1:], stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "search":
		return cmdSearch(args[1:], stdout, stderr)
	case "new":
		return cmdNew(args[1:], stdout, stderr)
	case "serve":
		return cmdServe(args[1:], stdout, stderr)
	case "version":
		return cmdVersion(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "skupaj: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: skupaj %s [flags]\n\n%s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "Builds the site into the output folder. On any error the previous output is left untouched.", stderr)
	src := fs.String("source", ".", "the site's folder, holding content/, layouts/ and static/")
	out := fs.String("out", "", "output folder (default: <source>/public)")
	base := fs.String("base-url", "", `base URL, overriding base_url of content/site.yaml (e.g. "https://org.github.io/handbook/")`)
	noSearch := fs.Bool("no-search", false, "leave out the search index (a faster build while writing)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file (go tool pprof reads it)")
	memProfile := fs.String("memprofile", "", "write a profile of the build's allocations to this file (go tool pprof -sample_index=alloc_space reads it)")
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(stderr, "skupaj build:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "skupaj build:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	res, err := build.Build(build.Options{Root: *src, Out: *out, BaseURL: *base, NoSearch: *noSearch})
	if err != nil {
		return report(stderr, err)
	}
	if *memProfile != "" {
		if err := writeHeapProfile(*memProfile); err != nil {
			fmt.Fprintln(stderr, "skupaj build:", err)
			return 1
		}
	}
	warn(stderr, res)
	fmt.Fprintf(stdout, "built %s in %v\n", plural(res.Pages, "page", "pages"), time.Since(start).Round(time.Millisecond))
	return 0
}

// parseFlags parses the flags of a command that takes no other arguments.
// A word left after the flags is a mistake (a misspelt flag, a path without
// -source): it is refused with the command's usage and exit status 2, and
// so is a bad flag; -help exits 0. ok is true when the command should run.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		return flagExit(err), false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "skupaj %s: unexpected argument %q (it takes flags only)\n\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, false
	}
	return 0, true
}

// plural says "1 page" or "2 pages" (the command line speaks English).
func plural(n int, one, other string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, other)
}

func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

func warn(stderr io.Writer, res *build.Result) {
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, w) // "path:line: warning: message"
	}
}

// report prints every problem of a failed build, one per line.
func report(stderr io.Writer, err error) int {
	var list diag.List
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(stderr, e)
		}
		fmt.Fprintf(stderr, "build failed: %s\n", plural(len(list), "problem", "problems"))
		return 1
	}
	fmt.Fprintln(stderr, "build failed:", err)
	return 1
}

// writeHeapProfile writes the allocations made so far (sampled) to file.
func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
