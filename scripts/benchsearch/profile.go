package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// cpuProfile is V8's sampling profile of the page from before the first
// keystroke to the search's end, with the page's clock at its start.
type cpuProfile struct {
	p     *profiler.Profile
	start float64 // performance.now() when the profiler had started
}

// startProfile starts V8's sampling profiler (every 50 µs) on the page of ctx.
func startProfile(ctx context.Context) (float64, error) {
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := chromedp.Do(c, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 50}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, profiler.Start, cdp.Empty{})
		return err
	}))
	if err != nil {
		return 0, err
	}
	c2, cancel2 := context.WithTimeout(ctx, 10*time.Second)
	defer cancel2()
	return chromedp.Run(c2, chromedp.Evaluate[float64](`performance.now()`))
}

// stopProfile stops the profiler and writes its profile to file (Chrome
// DevTools' .cpuprofile format).
func stopProfile(ctx context.Context, start float64, file string) (*cpuProfile, error) {
	var res profiler.StopResult
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := chromedp.Do(c, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		var err error
		res, err = cdp.Call(ctx, tg, profiler.Stop, cdp.Empty{})
		return err
	}))
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(res.Profile)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		return nil, err
	}
	return &cpuProfile{p: res.Profile, start: start}, nil
}

// selfTimes sums the samples of each function (self time) from from to
// to, ms on the page's clock. The profile's clock is aligned on its first
// sample with the page's clock read just after it started (within a
// round trip of the protocol).
func (cp *cpuProfile) selfTimes(from, to float64) (map[string]float64, float64) {
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range cp.p.Nodes {
		byID[n.ID] = n
	}
	out := map[string]float64{}
	total := 0.0
	t := cp.start
	for i, id := range cp.p.Samples {
		d := float64(cp.p.TimeDeltas[i]) / 1000
		if i == 0 {
			d = 0
		}
		t += d
		if i+1 >= len(cp.p.TimeDeltas) || t < from || t > to {
			continue
		}
		n := byID[id]
		f := n.CallFrame
		name := f.FunctionName
		if name == "" {
			name = "(anonymous)"
		}
		if f.URL != "" {
			name += fmt.Sprintf(" %s:%d:%d", path.Base(f.URL), f.LineNumber+1, f.ColumnNumber+1)
		}
		w := float64(cp.p.TimeDeltas[i+1]) / 1000
		out[name] += w
		if f.FunctionName != "(idle)" && f.FunctionName != "(program)" {
			total += w
		}
	}
	return out, total
}

// printSelf prints the n functions with the most self time from from to to.
func (cp *cpuProfile) printSelf(w io.Writer, label string, from, to float64, n int) {
	times, total := cp.selfTimes(from, to)
	names := make([]string, 0, len(times))
	for k := range times {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return times[names[i]] > times[names[j]] || times[names[i]] == times[names[j]] && names[i] < names[j]
	})
	fmt.Fprintf(w, "  %s (%.1f ms, %.1f ms busy):\n", label, to-from, total)
	for i, k := range names {
		if i == n {
			break
		}
		fmt.Fprintf(w, "    %6.2f ms  %s\n", times[k], k)
	}
}
