package site

import (
	"slices"
	"testing"

	"github.com/skupaj/skupaj/internal/content"
)

// A page copied into Latin has its one-line prose transliterated, never
// an id (translation_key, library, a single term such as country), a
// Choice value, a date or an address; a site's own taxonomy is a list of
// ids too.
func TestLatinFieldsAreTheProseOfTheFieldTable(t *testing.T) {
	var got []string
	for _, f := range latinFields(content.Fields([]string{"country", "region"})) {
		got = append(got, f.Name)
	}
	want := []string{"title", "summary", "place", "programme", "funding", "contact_organisation", "licence"}
	if !slices.Equal(got, want) {
		t.Errorf("transliterated fields %q, want %q", got, want)
	}
}
