package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"syscall"
	"time"
)

// buildRun is one `skupaj build` process.
type buildRun struct {
	wall, cpu time.Duration
	maxRSS    int64 // bytes
	pages     int   // from its "built N pages" line
}

// buildFigure is the runs of one configuration.
type buildFigure struct {
	search bool
	mode   string // "fresh": no output folder before; "rebuild": over the previous output
	runs   []buildRun
}

func (f buildFigure) walls() []time.Duration {
	var ds []time.Duration
	for _, r := range f.runs {
		ds = append(ds, r.wall)
	}
	return ds
}

func (f buildFigure) cpus() []time.Duration {
	var ds []time.Duration
	for _, r := range f.runs {
		ds = append(ds, r.cpu)
	}
	return ds
}

func (f buildFigure) peak() int64 {
	var p int64
	for _, r := range f.runs {
		p = max(p, r.maxRSS)
	}
	return p
}

// measureBuilds runs `skupaj build` runs times per configuration: with
// search into out and with -no-search into outNoSearch, first fresh, then
// rebuilding over the output of the run before. The two configurations
// alternate, so that a drift of the machine affects both alike. out holds
// the site with search at the end.
//
// A fresh run builds into a folder never used before, as a fresh clone
// does, and the fresh outputs are removed only after all runs: ext4
// without a journal, as on this machine, skips every inode freed in the
// last 60 s (360 s while its inode table block is not yet written back)
// when it creates a file, reading that block for each one
// (recently_deleted in fs/ext4/ialloc.c; perf shows it and
// find_get_block_common on top). Creating 15,000 folders and files right
// after 35,000 were removed cost 1 to 8 s of kernel time instead of
// 0.4 s (docs/benchmarks.md): that measures the removal, not the build.
// For the same reason, start the script at least six minutes after
// removing many files (such as a previous run's).
func measureBuilds(bin, site, out, outNoSearch string, runs int) []buildFigure {
	figs := []buildFigure{
		{search: true, mode: "fresh"}, {search: false, mode: "fresh"},
		{search: true, mode: "rebuild"}, {search: false, mode: "rebuild"},
	}
	freshDir := func(dir string, run int) string { return fmt.Sprintf("%s-fresh-%d", dir, run) }
	defer func() { // the fresh outputs but the last, renamed for the rebuilds
		for run := 1; run < runs; run++ {
			os.RemoveAll(freshDir(out, run))
			os.RemoveAll(freshDir(outNoSearch, run))
		}
	}()
	for _, mode := range []string{"fresh", "rebuild"} {
		if mode == "rebuild" {
			// The first rebuild goes over the last fresh output.
			for _, dir := range []string{out, outNoSearch} {
				check(os.RemoveAll(dir))
				check(os.Rename(freshDir(dir, runs), dir))
			}
		}
		for i := 0; i < runs; i++ {
			for fi := range figs {
				f := &figs[fi]
				if f.mode != mode {
					continue
				}
				dir := out
				if !f.search {
					dir = outNoSearch
				}
				if mode == "fresh" {
					dir = freshDir(dir, i+1)
					check(os.RemoveAll(dir))
				}
				progress("build %d/%d, %s, search %v", i+1, runs, mode, f.search)
				r, err := runBuild(bin, site, dir, f.search)
				check(err)
				f.runs = append(f.runs, r)
			}
		}
	}
	return figs
}

var builtLine = regexp.MustCompile(`built (\d+) pages`)

// runBuild runs one `skupaj build` and measures it.
func runBuild(bin, site, out string, search bool) (buildRun, error) {
	var stdout, stderr bytes.Buffer
	c := exec.Command(bin, "build", "-source", site, "-out", out, "-no-search="+strconv.FormatBool(!search))
	c.Stdout, c.Stderr = &stdout, &stderr
	start := time.Now()
	err := c.Run()
	r := buildRun{wall: time.Since(start)}
	if err != nil {
		return r, fmt.Errorf("skupaj build: %v\n%s%s", err, stdout.Bytes(), stderr.Bytes())
	}
	r.cpu = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	if m := builtLine.FindSubmatch(stdout.Bytes()); m != nil {
		r.pages, _ = strconv.Atoi(string(m[1]))
	}
	return r, nil
}

// median of durations (the lower middle for an even count).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

func minDur(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return slices.Min(ds)
}

func maxDur(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return slices.Max(ds)
}
