// Command benchbuild measures whole `skupaj build` runs the way a user
// meets them: it builds the skupaj binary, generates sites of 1,000 and
// 10,000 pages (about 5 KB of Markdown each), runs the build several times
// as a separate process, and prints the median wall time, pages per second
// and the peak resident memory of the process, for a fresh build (into a
// folder never used before) and for a rebuild over an existing public/ with nothing
// changed (what a second `skupaj build` meets).
//
//	go run ./scripts/benchbuild [-runs 5] [-pages 1000,10000]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/skupaj/skupaj/internal/testsite"
)

func main() {
	runs := flag.Int("runs", 5, "builds per site")
	sizes := flag.String("pages", "1000,10000", "site sizes, comma-separated")
	withSearch := flag.Bool("search", false, "build the search index too (default: -no-search, as issue 2 measures)")
	langs := flag.String("langs", "en", "languages of the generated site, comma-separated")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "benchbuild-")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "skupaj")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/skupaj")
	cmd.Stderr = os.Stderr
	check(cmd.Run())
	fmt.Printf("%-8s %-8s %10s %10s %10s %12s\n", "pages", "output", "median", "min", "pages/s", "peak RSS")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(s)
		check(err)
		root := filepath.Join(tmp, "site-"+s)
		check(testsite.Generate(root, testsite.GenOptions{Pages: n, Langs: strings.Split(*langs, ",")}))
		// Fresh builds go into folders never used before, removed with
		// the temporary folder at the end: ext4 without a journal, as on
		// the project's machine, is slow to create files for minutes after
		// many were removed (docs/benchmarks.md, "Search"), which would
		// measure the removal. The rebuilds go over the last fresh output.
		freshDir := func(run int) string { return filepath.Join(root, fmt.Sprintf("public-fresh-%d", run)) }
		for _, mode := range []string{"fresh", "rebuild"} {
			var times []time.Duration
			var peak int64
			out := filepath.Join(root, "public")
			if mode == "rebuild" {
				check(os.Rename(freshDir(*runs), out))
			}
			for i := 0; i < *runs; i++ {
				if mode == "fresh" {
					out = freshDir(i + 1)
				}
				c := exec.Command(bin, "build", "-source", root, "-out", out, "-no-search="+strconv.FormatBool(!*withSearch))
				c.Stderr = os.Stderr
				start := time.Now()
				check(c.Run())
				times = append(times, time.Since(start))
				if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > peak {
					peak = ru.Maxrss // kilobytes on Linux
				}
			}
			sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
			med := times[len(times)/2]
			fmt.Printf("%-8d %-8s %10v %10v %10.0f %9.0f MB\n", n, mode, med.Round(time.Millisecond), times[0].Round(time.Millisecond),
				float64(n)/med.Seconds(), float64(peak)/1024)
		}
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchbuild:", err)
		os.Exit(1)
	}
}
