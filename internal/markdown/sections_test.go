package markdown

import (
	"strings"
	"testing"
)

// FuzzCollapseSpace wants collapseSpace to give what strings.Fields and
// strings.Join give, on any bytes (invalid UTF-8 and Unicode spaces too).
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{
		"", " ", "a", "  two  words  ", "line\nbreak\ttab", "no\u00a0break\u2003em\u3000ideographic",
		"\u0085next line", "кућа  и\nknjižnica", "bad \xff\xfe utf-8 \xe2\x80", "end with space \u2029",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := string(collapseSpace(nil, []byte(s))); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
