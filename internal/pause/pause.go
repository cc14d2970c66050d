// Package pause stops a build at a named point when the environment asks
// for it, so that a test can kill the process exactly there.
//
// SKUPAJ_PAUSE_AT=name#n pauses the n-th time At(name) runs (name alone:
// the first time). Paused, the process writes "paused at name#n" to
// standard error and waits until its standard input closes; then it exits
// with status 3. Without the variable At costs one comparison.
package pause

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Env is the variable that names the point.
const Env = "SKUPAJ_PAUSE_AT"

type point struct {
	name  string
	n     int64
	count atomic.Int64
}

var wanted = sync.OnceValue(func() *point {
	v := os.Getenv(Env)
	if v == "" {
		return nil
	}
	name, num, _ := strings.Cut(v, "#")
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 1 {
		n = 1
	}
	return &point{name: name, n: n}
})

// At pauses the process when it reaches the point the environment names.
func At(name string) {
	p := wanted()
	if p == nil || p.name != name || p.count.Add(1) != p.n {
		return
	}
	fmt.Fprintf(os.Stderr, "paused at %s#%d\n", name, p.n)
	_, _ = io.Copy(io.Discard, os.Stdin)
	os.Exit(3)
}
