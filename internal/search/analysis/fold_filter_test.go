package analysis

import "testing"

func TestFoldFilter(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kuća", "kuca"},
		{"knjižnica", "knjiznica"},
		{"đak", "djak"},
		{"ĐAK", "djak"},
		{"łódź", "lodz"},
		{"ærø", "aero"},
		{"straße", "strasse"},
		{"čšž", "csz"},
		{"knjiznica", "knjiznica"},
		{"2024", "2024"},
		{"књига", "књига"}, // Cyrillic has no ASCII form: transliterate first
	}
	for _, tt := range tests {
		got := filterTerms(t, FoldName, tt.in)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.want)
		}
	}
}
