package main

import (
	"fmt"
	"io"
	"maps"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
)

// wordResult is every run of one word.
type wordResult struct {
	word   word
	runs   []wordRun
	errors []string
}

// bytesOf sums what files cost on the wire: Chromium's encodedDataLength
// (headers and body as received), or the Resource Timing transfer size
// when Chromium gave none.
func bytesOf(files []fetched) int {
	n := 0
	for _, f := range files {
		if f.wire > 0 {
			n += f.wire
		} else {
			n += f.Transfer
		}
	}
	return n
}

func bodiesOf(srv *server, files []fetched) (gz, raw int) {
	for _, f := range files {
		if c, ok := srv.cost(path.Clean(f.Path)); ok {
			gz += c.body
		}
		raw += f.Decoded
	}
	return
}

func kb(n int) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

func mb(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/(1<<20)) }

func secs(d time.Duration) string {
	if d < 10*time.Second && d > -10*time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func msec(d time.Duration) string {
	return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond))
}

func medianInt(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// medianRun is the run of a word whose bytes from focus are the median,
// which the tables break down (a run where typing paused long enough to
// fetch excerpts before the first results would otherwise stand for all).
func medianRun(runs []wordRun) *wordRun {
	bts := make([]int, len(runs))
	for i, run := range runs {
		bts[i] = bytesOf(run.window)
	}
	m := medianInt(bts)
	for i := range runs {
		if bts[i] == m {
			return &runs[i]
		}
	}
	return &runs[0]
}

// byGroup sums files per group: count and wire bytes.
func byGroup(files []fetched) map[string][2]int {
	m := map[string][2]int{}
	for _, f := range files {
		c := m[f.group]
		c[0]++
		c[1] += bytesOf([]fetched{f})
		m[f.group] = c
	}
	return m
}

func sortedGroups(ms ...map[string][2]int) []string {
	var gs []string
	for _, m := range ms {
		for g := range m {
			if !slices.Contains(gs, g) {
				gs = append(gs, g)
			}
		}
	}
	sort.Slice(gs, func(i, j int) bool { return groupOrder(gs[i]) < groupOrder(gs[j]) })
	return gs
}

func meets(ok bool) string {
	if ok {
		return "met"
	}
	return "missed"
}

func report(w io.Writer, o options, builds []buildFigure, stats *indexStatsResult, results []wordResult, srv *server, loads []string) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	pages := 0
	for _, f := range builds {
		for _, r := range f.runs {
			pages = max(pages, r.pages)
		}
	}
	p("# Search benchmark (issue 4)")
	p("")
	p("%s, %d cores (GOMAXPROCS %d), Go %s, %s. Site: `testsite.Generate` with %d pages requested in %s (default %s), vocabulary %d stems per language; "+
		"`skupaj build` reported %d pages; the index has %d documents.",
		time.Now().Format("2006-01-02"), runtime.NumCPU(), runtime.GOMAXPROCS(0), strings.TrimPrefix(runtime.Version(), "go"), runtime.GOOS+"/"+runtime.GOARCH,
		o.pages, strings.Join(o.langs, ", "), o.langs[0], o.vocabulary, pages, stats.docs)
	if o.public != "" {
		p("The output measured was built before (`-public %s`): the page and vocabulary figures above are the flags', not necessarily the output's.", o.public)
	}
	p("")

	// Builds.
	var fresh, freshNo, reb, rebNo *buildFigure
	for i := range builds {
		f := &builds[i]
		switch {
		case f.search && f.mode == "fresh":
			fresh = f
		case !f.search && f.mode == "fresh":
			freshNo = f
		case f.search && f.mode == "rebuild":
			reb = f
		case !f.search && f.mode == "rebuild":
			rebNo = f
		}
	}
	p("## Build (`skupaj build` as a child process, %d runs each)", o.runs)
	p("")
	p("| build | output | median wall | min–max | CPU user+sys (median) | peak RSS |")
	p("|---|---|---|---|---|---|")
	for _, f := range builds {
		name := "with search"
		if !f.search {
			name = "`-no-search`"
		}
		p("| %s | %s | %s | %s–%s | %s | %s |", name, f.mode, secs(median(f.walls())), secs(minDur(f.walls())), secs(maxDur(f.walls())),
			secs(median(f.cpus())), mb(f.peak()))
	}
	p("")
	p("\"fresh\" builds into a folder never used before, as in a fresh clone (the fresh outputs are removed after all runs: for one to six minutes after thousands of files are removed, ext4 without a journal checks each freed inode when it creates a file, which costs seconds of kernel time; start the script at least six minutes after such a removal); \"rebuild\" builds over the previous run's output. The search stage (the analysis of the pages and the static export) is the difference between the medians with and without search.")
	if fresh != nil && freshNo != nil {
		p("In CPU time (user+sys, less sensitive to other load on the machine) the search stage costs %s fresh; its peak RSS adds %s to the build's.",
			secs(median(fresh.cpus())-median(freshNo.cpus())), mb(fresh.peak()-freshNo.peak()))
	}
	p("")

	// Index on disk.
	p("## The exported index (`public/search/`)")
	p("")
	p("| files | count | bytes | gzipped | median gzipped | largest gzipped |")
	p("|---|---|---|---|---|---|")
	for _, g := range append(stats.groups, &stats.total) {
		name := groupLabel(g.name)
		if g == &stats.total {
			name = "**all**"
		}
		p("| %s | %d | %s | %s | %s | %s |", name, g.files, kb(int(g.raw)), kb(int(g.gz)), kb(medianInt(g.gzSzs)), kb(slices.Max(g.gzSzs)))
	}
	p("")

	// Browser.
	p("## Search in headless Chromium (%d runs per word, a fresh profile each)", o.runs)
	p("")
	way := "go through the site's service worker, as on a reader's first visit"
	if o.bypass {
		way = "bypass the site's service worker (`-bypass-worker`; it still runs and keeps the handbook)"
	}
	p("The search page of the default language (`%s`), served on 127.0.0.1 over %s with gzip; the page's requests %s. "+
		"Bytes are Chromium's `encodedDataLength` (headers and gzipped bodies) of the requests started from focusing the box to the first results in the list, "+
		"as the network carried them: for a request the worker passed on to the network, the worker's request (its own target; the page sees 0 bytes), "+
		"for one it answered from its cache nothing. \"Worker's own\" is what the worker fetched for itself (keeping the handbook) in the same time. "+
		"Time is from the last keystroke's `keydown` to the "+
		"MutationObserver seeing the first results of the word typed (the page's `data-shown`: results of a prefix searched while typing do not count; 1 KB = 1,024 bytes). "+
		"\"Protocol\" is what carried the requests of the median run (CDP `Response.protocol`; of the worker's request when the worker passed it on).",
		searchPath(o.langs[0], o.langs[0]), srv.Proto, way)
	p("")
	p("| word | typed | df in %s | status when done | requests | protocol | bytes from focus | gzipped bodies | uncompressed | worker's own, same time | keystroke → first results (median, min–max) |", o.langs[0])
	p("|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		if len(r.runs) == 0 {
			p("| %s | `%s` | %d | failed: %s | | | | | | | |", r.word.kind, r.word.key, r.word.df, strings.Join(r.errors, "; "))
			continue
		}
		var reqs, bts, own, ownN []int
		var lat []time.Duration
		for _, run := range r.runs {
			reqs = append(reqs, len(run.window))
			bts = append(bts, bytesOf(run.window))
			own = append(own, bytesOf(run.own))
			ownN = append(ownN, len(run.own))
			lat = append(lat, run.latency())
		}
		mid := medianRun(r.runs)
		gz, raw := bodiesOf(srv, mid.window)
		p("| %s | `%s` | %d | %s | %d | %s | %s | %s | %s | %d × %s | %s (%s–%s) |", r.word.kind, r.word.key, r.word.df, mid.status, medianInt(reqs),
			protocols(mid.window), kb(medianInt(bts)), kb(gz), kb(raw), medianInt(ownN), kb(medianInt(own)), msec(median(lat)), msec(minDur(lat)), msec(maxDur(lat)))
	}
	p("")
	for _, r := range results {
		if len(r.errors) > 0 && len(r.runs) > 0 {
			p("- %s: %d of %d runs failed: %s", r.word.kind, len(r.errors), o.runs, strings.Join(r.errors, "; "))
		}
	}

	// Bytes by kind.
	var first *wordRun
	var maps []map[string][2]int
	for _, r := range results {
		if len(r.runs) > 0 {
			maps = append(maps, byGroup(medianRun(r.runs).window))
			if first == nil {
				first = medianRun(r.runs)
			}
		}
	}
	if first == nil {
		p("No browser run succeeded.")
		return
	}
	before := byGroup(first.before)
	groups := sortedGroups(append(maps, before)...)
	p("### Bytes by file, from focus to first results (requests × bytes on the wire)")
	p("")
	head := "| word |"
	sep := "|---|"
	for _, g := range groups {
		head += " " + groupLabel(g) + " |"
		sep += "---|"
	}
	p("%s total |", head)
	p("%s---|", sep)
	row := func(name string, m map[string][2]int, files []fetched) {
		line := "| " + name + " |"
		for _, g := range groups {
			if c, ok := m[g]; ok {
				line += fmt.Sprintf(" %d × %s |", c[0], kb(c[1]))
			} else {
				line += " – |"
			}
		}
		p("%s %s |", line, kb(bytesOf(files)))
	}
	for _, r := range results {
		if len(r.runs) > 0 {
			run := medianRun(r.runs)
			row(r.word.kind+" `"+r.word.key+"`", byGroup(run.window), run.window)
		}
	}
	row("*page load, before focus*", before, first.before)
	p("")
	var searchLoad []fetched
	for _, f := range first.before {
		if f.group != "html" && f.group != "css" && f.group != "other" {
			searchLoad = append(searchLoad, f)
		}
	}
	p("The page load before focus includes %s of search JavaScript and index files (everything but the HTML page, CSS and other assets); "+
		"from opening the page to the first results, search thus costs that plus the bytes from focus:", kb(bytesOf(searchLoad)))
	for _, r := range results {
		if len(r.runs) > 0 {
			p("%s %s,", r.word.kind, kb(bytesOf(searchLoad)+bytesOf(medianRun(r.runs).window)))
		}
	}
	p("against Pagefind 1.6's about %s.", kb(pagefind))
	p("")

	// Time breakdown.
	p("### Where the time goes (medians)")
	p("")
	p("| word | typing (first → last key) | last key → first request | network (first request → last response) | one request (start → response end) | last response → results in DOM | keystroke → results in DOM | → next frame |")
	p("|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		if len(r.runs) == 0 {
			continue
		}
		var typing, wait, net, one, rest, lat, frame []time.Duration
		noReq := 0
		for _, run := range r.runs {
			for _, f := range run.window {
				one = append(one, ms(f.End-f.Start))
			}
			a, b, c, ok := run.breakdown()
			if !ok {
				noReq++
			}
			typing = append(typing, ms(run.lastKey-run.firstKey))
			wait, net, rest = append(wait, a), append(net, b), append(rest, c)
			lat = append(lat, run.latency())
			if run.frame > 0 {
				frame = append(frame, ms(run.frame-run.lastKey))
			}
		}
		w := msec(median(wait))
		if noReq == len(r.runs) {
			w = "no request"
		}
		p("| %s | %s | %s | %s | %s | %s | %s | %s |", r.word.kind, msec(median(typing)), w, msec(median(net)), msec(median(one)), msec(median(rest)), msec(median(lat)), msec(median(frame)))
	}
	p("")

	slow := 0
	for _, r := range results {
		for _, run := range r.runs {
			if run.lastKey-run.firstKey >= 80 {
				slow++
			}
		}
	}
	if o.keyGap > 0 {
		p("Typed with %v between one key and the next (-key-gap): the searches of the word's prefixes ran while it was typed, as they do for a reader.", o.keyGap)
		p("")
	} else if slow > 0 {
		p("Typing took 80 ms or more in %d runs: a search for a prefix of the word may have started before the last keystroke.", slow)
		p("")
	}
	p("When each kind of file was fetched, in the run of median latency (ms after the last keystroke, first request start – last response end):")
	p("")
	p("| word | %s |", strings.Join(labels(groups), " | "))
	p("|---|%s", strings.Repeat("---|", len(groups)))
	for _, r := range results {
		if len(r.runs) == 0 {
			continue
		}
		run := r.medianRun()
		line := "| " + r.word.kind + " |"
		for _, g := range groups {
			first, last, n := 0.0, 0.0, 0
			for _, f := range run.window {
				if f.group != g {
					continue
				}
				if n == 0 || f.Start < first {
					first = f.Start
				}
				last = max(last, f.End)
				n++
			}
			if n == 0 {
				line += " – |"
			} else {
				line += fmt.Sprintf(" %.0f–%.0f |", first-run.lastKey, last-run.lastKey)
			}
		}
		p("%s", line)
	}
	p("")
	if len(loads) > 0 {
		p("Load average (1, 5, 15 min) of the machine, which others may share: %s.", strings.Join(loads, "; "))
		p("")
	}

	// Goals.
	p("## Goals")
	p("")
	p("| figure | goal | measured | |")
	p("|---|---|---|---|")
	for _, r := range results {
		if len(r.runs) == 0 {
			p("| bytes from focus to first results, %s word | < 100 KB | failed | |", r.word.kind)
			continue
		}
		var bts []int
		for _, run := range r.runs {
			bts = append(bts, bytesOf(run.window))
		}
		b := medianInt(bts)
		p("| bytes from focus to first results, %s word | < 100 KB | %s | %s |", r.word.kind, kb(b), meets(b < goalBytes))
	}
	for _, r := range results {
		if len(r.runs) == 0 {
			continue
		}
		var lat []time.Duration
		for _, run := range r.runs {
			lat = append(lat, run.latency())
		}
		l := median(lat)
		p("| keystroke to first results, %s word | < 50 ms | %s | %s |", r.word.kind, msec(l), meets(l < goalLatency))
	}
	if fresh != nil && freshNo != nil {
		d := median(fresh.walls()) - median(freshNo.walls())
		p("| indexing and export (fresh: with search − `-no-search`) | < 4.5 s | %s | %s |", secs(d), meets(d < goalStage))
	}
	if reb != nil && rebNo != nil {
		d := median(reb.walls()) - median(rebNo.walls())
		p("| indexing and export (rebuild: with search − `-no-search`) | < 4.5 s | %s | %s |", secs(d), meets(d < goalStage))
	}
	if fresh != nil {
		p("| peak RSS of a build with search | < 1 GB | %s | %s |", mb(fresh.peak()), meets(fresh.peak() < goalStageMem))
		d := median(fresh.walls())
		p("| whole build with search, fresh | < 8 s | %s | %s |", secs(d), meets(d < goalWhole))
	}
	if reb != nil {
		d := median(reb.walls())
		p("| whole build with search, rebuild | < 8 s | %s | %s |", secs(d), meets(d < goalWhole))
	}
}

func labels(groups []string) []string {
	var out []string
	for _, g := range groups {
		out = append(out, groupLabel(g))
	}
	return out
}

// medianRun is the run of median latency.
func (r wordResult) medianRun() wordRun {
	runs := slices.Clone(r.runs)
	sort.Slice(runs, func(i, j int) bool { return runs[i].latency() < runs[j].latency() })
	return runs[(len(runs)-1)/2]
}

// protocols counts the protocols that carried files: "h2 × 9", "http/1.1 × 4,
// none × 2" (none: answered from the worker's cache, or not known).
func protocols(files []fetched) string {
	n := map[string]int{}
	for _, f := range files {
		p := f.proto
		if p == "" {
			p = "none"
		}
		n[p]++
	}
	var parts []string
	for _, p := range slices.Sorted(maps.Keys(n)) {
		parts = append(parts, fmt.Sprintf("%s × %d", p, n[p]))
	}
	return strings.Join(parts, ", ")
}
