package index

import "testing"

// TestBatchesCoverEveryDocumentOnce wants the batches of n documents to
// follow each other from 0 to n, none larger than batchSize, and the last
// documents in smaller batches.
func TestBatchesCoverEveryDocumentOnce(t *testing.T) {
	for _, n := range []int{0, 1, 3, 999, 1000, 2000, 2001, 4500, 10000, 10291} {
		next, sizes := 0, []int{}
		for start, end := range batches(n) {
			if start != next || end <= start || end-start > batchSize {
				t.Fatalf("n=%d: batch [%d, %d) after %d", n, start, end, next)
			}
			next = end
			sizes = append(sizes, end-start)
		}
		if next != n {
			t.Fatalf("n=%d: batches end at %d", n, next)
		}
		if n >= 4*batchSize {
			if last := sizes[len(sizes)-1]; last > batchSize/2 {
				t.Errorf("n=%d: the last batch has %d documents; want at most %d", n, last, batchSize/2)
			}
		}
	}
}
