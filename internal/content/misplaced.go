package content

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// misplaced tells, for a page whose fields are not those of its kind, the
// section whose pages have all of them ("this is a case"), so that the
// editor gets one message saying where the file belongs instead of one
// "unknown field" per line. It returns "" when no section fits better.
func misplaced(p *Page, fields []field, taxonomies []string) string {
	var unknown []string
	own := schemaOf(p.Kind, taxonomies).fields
	for _, f := range fields {
		if !has(own, f.key) {
			unknown = append(unknown, f.key)
		}
	}
	if len(unknown) == 0 {
		return ""
	}
	for _, s := range Sections {
		if s.Kind == p.Kind {
			continue
		}
		schema := schemaOf(s.Kind, taxonomies).fields
		if slices.ContainsFunc(unknown, func(k string) bool { return !has(schema, k) }) {
			continue
		}
		where := path.Join("content", p.Lang, s.Dir) + "/"
		return fmt.Sprintf("this page has the fields of a %s (%s), which a %s does not take: %s pages belong in %s; move the file there (%s%s)",
			s.Kind, strings.Join(unknown, ", "), kindName(p.Kind), s.Kind, where, where, path.Base(p.File))
	}
	return ""
}

// kindName is how messages name a kind of page.
func kindName(k Kind) string {
	if k == Plain {
		return "page at the language's root"
	}
	return string(k)
}

func has(fields []Field, name string) bool {
	return slices.ContainsFunc(fields, func(f Field) bool { return f.Name == name })
}
