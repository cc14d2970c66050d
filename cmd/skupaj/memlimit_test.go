package main

import "testing"

// Only build and check run under the soft memory limit, and GOMEMLIMIT in
// the environment always wins.
func TestSoftMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		args       []string
		gomemlimit string
		want       bool
	}{
		{[]string{"build"}, "", true},
		{[]string{"check", "-format", "json"}, "", true},
		{[]string{"serve"}, "", false},
		{[]string{"search", "partner"}, "", false},
		{[]string{"new", "case", "x"}, "", false},
		{nil, "", false},
		{[]string{"build"}, "2GiB", false},
	} {
		limit, ok := softMemoryLimit(c.args, c.gomemlimit)
		if ok != c.want {
			t.Errorf("softMemoryLimit(%q, %q) sets a limit: %v, want %v", c.args, c.gomemlimit, ok, c.want)
		}
		if ok && limit != 720<<20 {
			t.Errorf("softMemoryLimit(%q) = %d, want 720 MiB", c.args, limit)
		}
	}
}
