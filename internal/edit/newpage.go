package edit

import (
	"fmt"
	"slices"
	"strings"
)

// newPage writes a new page: its fields in order (the field table's),
// each text quoted when YAML needs it and each list written [a, b], then
// the body. Empty fields are left out; a field not in order is refused.
func newPage(fields map[string]any, body string, order []string) ([]byte, error) {
	var b strings.Builder
	b.WriteString("---\n")
	for name := range fields {
		if !slices.Contains(order, name) {
			return nil, fmt.Errorf("unknown field %q", name)
		}
	}
	for _, name := range order {
		raw, ok := fields[name]
		if !ok {
			continue
		}
		v, err := normalize(raw)
		if err != nil {
			return nil, fmt.Errorf("field %s: %v", name, err)
		}
		if !empty(v) {
			b.WriteString(name + ":" + fresh(v, "") + "\n")
		}
	}
	b.WriteString("---\n")
	b.WriteString(body)
	return []byte(b.String()), nil
}

// cleanBody is the body as a file holds it: LF line ends, ending with a
// line break when it has text.
func cleanBody(body string) string {
	body = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n")
	if body != "" && !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	return body
}
