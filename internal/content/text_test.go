package content

import "testing"

// TestTextReadsWhatTheTableWrites sets every one-string field of the table
// through its setter and reads it back with Page.Text: a field added to the
// table without a case in Text fails here.
func TestTextReadsWhatTheTableWrites(t *testing.T) {
	for _, f := range table {
		switch f.Type {
		case Text, Markdown, Date, URL, Choice:
		default:
			continue
		}
		if f.IsTaxonomy() {
			continue // terms, in Page.Terms
		}
		var p Page
		f.set(&p, "value of "+f.Name)
		if got := p.Text(f.Name); got != "value of "+f.Name {
			t.Errorf("Text(%q) = %q after setting it; want %q", f.Name, got, "value of "+f.Name)
		}
	}
}
