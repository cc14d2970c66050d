package content

// FieldNames are the front matter fields of kind k in the schema's order.
func FieldNames(k Kind, taxonomies []string) []string {
	var out []string
	for _, f := range Schema(k, taxonomies) {
		out = append(out, f.name)
	}
	return out
}
