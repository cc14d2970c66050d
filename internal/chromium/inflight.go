package chromium

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/network"
)

// Inflight is the set of a tab's requests in flight, for waiting until a
// page is quiet. Start and End are called from chromedp's event listener,
// Settle from the test or script; it is safe for concurrent use.
type Inflight struct {
	mu      sync.Mutex
	pending map[network.RequestID]string // URL of each request in flight
	ended   chan struct{}                // receives when a request ends
}

// NewInflight makes an empty set.
func NewInflight() *Inflight {
	return &Inflight{pending: map[network.RequestID]string{}, ended: make(chan struct{}, 1)}
}

// Start records a request that began.
func (f *Inflight) Start(id network.RequestID, url string) {
	f.mu.Lock()
	f.pending[id] = url
	f.mu.Unlock()
}

// End forgets a request that ended (finished, failed or cancelled).
func (f *Inflight) End(id network.RequestID) {
	f.mu.Lock()
	delete(f.pending, id)
	f.mu.Unlock()
	select {
	case f.ended <- struct{}{}:
	default:
	}
}

// Clear forgets every request: a navigation's cancelled requests may
// never report their end.
func (f *Inflight) Clear() {
	f.mu.Lock()
	clear(f.pending)
	f.mu.Unlock()
}

// Settle waits until no request is in flight, or ctx ends, and then says
// which requests were still in flight.
func (f *Inflight) Settle(ctx context.Context) error {
	for {
		f.mu.Lock()
		var pending []string
		for _, u := range f.pending {
			pending = append(pending, u)
		}
		f.mu.Unlock()
		if len(pending) == 0 {
			return nil
		}
		select {
		case <-f.ended:
		case <-ctx.Done():
			sort.Strings(pending)
			return fmt.Errorf("requests still in flight: %s", strings.Join(pending, ", "))
		}
	}
}
