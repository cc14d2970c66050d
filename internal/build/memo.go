package build

import "sync"

// memo keeps values a Session made, each under the fingerprint of
// everything it was made from (or under its output, with that fingerprint
// inside), so that a later build reuses a value only when none of that
// changed. What a successful build did not use is
// forgotten. Safe for concurrent use.
type memo[K comparable, V any] struct {
	mu   sync.Mutex
	cur  map[K]V // used or made by the running build
	prev map[K]V // kept from the build before
}

func (m *memo[K, V]) get(k K) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok := m.prev[k]
	if ok {
		m.put(k, v)
	}
	return v, ok
}

func (m *memo[K, V]) set(k K, v V) {
	m.mu.Lock()
	m.put(k, v)
	m.mu.Unlock()
}

func (m *memo[K, V]) put(k K, v V) {
	if m.cur == nil {
		m.cur = map[K]V{}
	}
	m.cur[k] = v
}

// next ends a successful build: what it did not use is dropped. (After a
// failed build, which may have stopped before using anything, both stay.)
func (m *memo[K, V]) next() {
	m.mu.Lock()
	m.prev, m.cur = m.cur, nil
	m.mu.Unlock()
}
