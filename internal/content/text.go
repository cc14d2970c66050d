package content

// Text is the value of a field of p that holds one string (Text, Markdown,
// Date, URL and Choice fields of the table, not terms), as written, or ""
// when p does not give it or the field holds something else. It reads
// where the field table stores the field.
func (p *Page) Text(field string) string {
	for _, f := range table {
		if f.Name == field && f.text != nil {
			return *f.text(p)
		}
	}
	return ""
}
