package parallel

import (
	"sync/atomic"
	"testing"
)

// TestForCallsEveryIterationOnce counts the calls of each i, for loops
// shorter and longer than the number of cores.
func TestForCallsEveryIterationOnce(t *testing.T) {
	for _, n := range []int{0, 1, 3, 1000} {
		calls := make([]atomic.Int32, n)
		For(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("n=%d: iteration %d called %d times", n, i, c)
			}
		}
	}
}
