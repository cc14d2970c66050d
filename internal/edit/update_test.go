package edit

import (
	"strings"
	"testing"
)

var order = []string{"title", "translation_key", "summary", "library", "partners", "sector", "country", "place", "year", "sources", "published"}

func TestUpdateChangesOnlyWhatChanged(t *testing.T) {
	src := "---\n" +
		"title: \"Old title\" # the editor's note\n" +
		"# about the summary\n" +
		"summary: 'It''s short'\n" +
		"partners:\n  - a\n  - b\n" +
		"sector: [ngo, libraries]\n" +
		"country: bg\n" +
		"place: Sofia\n" +
		"year: 2011\n" +
		"---\nBody.\n"
	cases := []struct {
		name   string
		fields map[string]any
		want   string
	}{
		{"nothing changed", map[string]any{"title": "Old title", "year": 2011.0, "sector": []any{"ngo", "libraries"}, "partners": []any{"a", "b"}}, src},
		{"double quotes kept, comment kept", map[string]any{"title": "New: title"},
			"---\ntitle: \"New: title\" # the editor's note\n# about the summary\nsummary: 'It''s short'\npartners:\n  - a\n  - b\nsector: [ngo, libraries]\ncountry: bg\nplace: Sofia\nyear: 2011\n---\nBody.\n"},
		{"single quotes kept", map[string]any{"summary": "Isn't it"},
			"---\ntitle: \"Old title\" # the editor's note\n# about the summary\nsummary: 'Isn''t it'\npartners:\n  - a\n  - b\nsector: [ngo, libraries]\ncountry: bg\nplace: Sofia\nyear: 2011\n---\nBody.\n"},
		{"plain quoted when needed", map[string]any{"place": "true", "country": "si"},
			"---\ntitle: \"Old title\" # the editor's note\n# about the summary\nsummary: 'It''s short'\npartners:\n  - a\n  - b\nsector: [ngo, libraries]\ncountry: si\nplace: \"true\"\nyear: 2011\n---\nBody.\n"},
		{"block list keeps its lines", map[string]any{"partners": []any{"a", "c", "d"}},
			"---\ntitle: \"Old title\" # the editor's note\n# about the summary\nsummary: 'It''s short'\npartners:\n  - a\n  - c\n  - d\nsector: [ngo, libraries]\ncountry: bg\nplace: Sofia\nyear: 2011\n---\nBody.\n"},
		{"cleared field removed, new field in table order", map[string]any{"place": "", "library": "town-library", "sources": []any{"r"}},
			"---\ntitle: \"Old title\" # the editor's note\n# about the summary\nsummary: 'It''s short'\nlibrary: town-library\npartners:\n  - a\n  - b\nsector: [ngo, libraries]\ncountry: bg\nyear: 2011\nsources: [r]\n---\nBody.\n"},
	}
	for _, c := range cases {
		got, err := update([]byte(src), c.fields, "Body.\n", order)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if string(got) != c.want {
			t.Errorf("%s:\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

func TestPlainOnlyWhenYAMLReadsItBack(t *testing.T) {
	for s, want := range map[string]bool{
		"Sofia": true, "town-library": true, "2024-03-01": true, "2011": true,
		"yes": true, "true": false, "null": false, "0012": false, "1.5": true, "1.50": false, "a: b": false, "Celje #1": false,
		"- x": false, "[x]": false, " x": false, "": false, "x\ny": false, "@x": false,
	} {
		if got := plainOK(s, false); got != want {
			t.Errorf("plainOK(%q) = %v", s, got)
		}
	}
	if plainOK("a, b", true) {
		t.Error(`"a, b" is two items of a list`)
	}
}

func TestTextOfSeveralLinesIsABlock(t *testing.T) {
	src := "---\ntitle: T\nneed: |\n  Line one.\n\n  Line two.\nyear: 2011\n---\n"
	got, err := update([]byte(src), map[string]any{"need": "Line one.\n\nLine 2.", "results": "A\nB", "coordinates": []any{46.05, 14.5}}, "", []string{"title", "need", "results", "year", "coordinates"})
	want := "---\ntitle: T\nneed: |\n  Line one.\n\n  Line 2.\nresults: |\n  A\n  B\nyear: 2011\ncoordinates: [46.05, 14.5]\n---\n"
	if err != nil || string(got) != want {
		t.Errorf("got %v\n%s\nwant\n%s", err, got, want)
	}
}

// A field the file writes empty (partners: [] in a case the handbook has
// no partner page for yet, place: "") and the form sends back empty has
// not changed: it keeps its line, so that the page, which skupaj check
// takes, still has the field and still saves.
func TestAFieldWrittenEmptyAndSentEmptyKeepsItsLine(t *testing.T) {
	src := "---\ntitle: Old\npartners: []\nsector:\nplace: \"\"\ncountry: bg\n---\nBody.\n"
	fields := map[string]any{"title": "New", "partners": []any{}, "sector": []any{}, "place": "", "country": "bg", "year": ""}
	got, err := update([]byte(src), fields, "Body.\n", order)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(src, "title: Old", "title: New", 1); string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
