package analysis

import (
	"slices"
	"testing"
)

func TestTranslitFilter(t *testing.T) {
	tests := []struct {
		scheme string
		in     []string
		want   []string
	}{
		{"sr", []string{"кућа", "књижница", "ђак", "џеп"}, []string{"kuća", "knjižnica", "đak", "džep"}},
		{"sr", []string{"kuća", "knjiznica", "2024"}, []string{"kuća", "knjiznica", "2024"}},
		{"mk", []string{"куќа", "ѓорѓи", "ѕвезда"}, []string{"kukja", "gjorgji", "dzvezda"}},
		{"bg", []string{"партньорство", "щастие", "софия", "българия"}, []string{"partnyorstvo", "shtastie", "sofia", "bulgaria"}},
		{"generic", []string{"щука", "юг", "ёлка"}, []string{"ščuka", "jug", "jolka"}},
	}
	for _, tt := range tests {
		t.Run(tt.scheme, func(t *testing.T) {
			got := filterTerms(t, TranslitPrefix+tt.scheme, tt.in...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%v → %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
