package content

import (
	"slices"
	"strings"
	"sync"
)

// schema is the fields of one kind of page on a site with given
// taxonomies, as apply checks a page's front matter against them.
type schema struct {
	fields  []Field          // in the table's order (FieldsOf)
	allowed []string         // their names
	byName  map[string]Field // each by its name
}

// schemas keeps each kind's schema, made once per taxonomy list: every
// page of a load reads the same few, and making them anew for each page
// of a 10,000-page site was 180 MB of garbage.
var schemas sync.Map // schemaKey → *schema

// schemaKey names a kind and a site's taxonomies.
func schemaKey(k Kind, taxonomies []string) string {
	return string(k) + "\x00" + strings.Join(taxonomies, "\x00")
}

// schemaOf is the schema of kind k; callers only read it.
func schemaOf(k Kind, taxonomies []string) *schema {
	key := schemaKey(k, taxonomies)
	if s, ok := schemas.Load(key); ok {
		return s.(*schema)
	}
	s := &schema{fields: fieldsOf(k, taxonomies)}
	s.allowed = Names(s.fields)
	s.byName = make(map[string]Field, len(s.fields))
	for _, f := range s.fields {
		s.byName[f.Name] = f
	}
	got, _ := schemas.LoadOrStore(key, s)
	return got.(*schema)
}

// FieldsOf returns the fields of pages of kind k, in the table's order.
// The slice is the caller's own.
func FieldsOf(k Kind, taxonomies []string) []Field {
	return slices.Clone(schemaOf(k, taxonomies).fields)
}

func fieldsOf(k Kind, taxonomies []string) []Field {
	var out []Field
	for _, f := range Fields(taxonomies) {
		if f.Has(k) {
			out = append(out, f)
		}
	}
	return out
}
