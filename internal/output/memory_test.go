package output

import "testing"

// The search export reuses its buffer for the next file: what Memory kept
// must not change with it.
func TestMemoryKeepsWhatWasWrittenWhenTheCallerReusesItsBuffer(t *testing.T) {
	m := NewMemory()
	buf := []byte(`{"a":1}`)
	if err := m.Write("search/a.json", buf); err != nil {
		t.Fatal(err)
	}
	copy(buf, `{"b":2}`)
	if err := m.Write("search/b.json", buf); err != nil {
		t.Fatal(err)
	}
	if got := string(m.Files["search/a.json"]); got != `{"a":1}` {
		t.Errorf("search/a.json holds %s after the caller reused its buffer", got)
	}
}
