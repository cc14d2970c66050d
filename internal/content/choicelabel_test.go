package content

import "testing"

// The choices of not_reported are labelled as the fields they name; those
// of any other field, a List among them, by the field's own name.
func TestChoiceLabel(t *testing.T) {
	byName := map[string]Field{}
	for _, f := range Fields(nil) {
		byName[f.Name] = f
	}
	for _, c := range []struct {
		f      Field
		choice string
		want   string
	}{
		{byName["not_reported"], "need", "field.need"},
		{byName["precision"], "town", "field.precision.town"},
		{Field{Name: "formats", Type: List, Choices: []string{"print", "audio"}}, "audio", "field.formats.audio"},
	} {
		if got := c.f.ChoiceLabel(c.choice); got != c.want {
			t.Errorf("%s.ChoiceLabel(%q) = %q, want %q", c.f.Name, c.choice, got, c.want)
		}
	}
}
