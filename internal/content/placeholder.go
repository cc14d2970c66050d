package content

import (
	"bytes"
	"fmt"
	"path"
	"reflect"

	"gopkg.in/yaml.v3"

	"github.com/skupaj/skupaj/internal/taxonomy"
)

// PlaceholderMark starts the comment line that skupaj new writes right above
// a field whose value it invented (the example title, the first partner page,
// the first term): "# skupaj:placeholder [ngo]" above "sector: [ngo]". While
// the field keeps that value, the page is valid but skupaj check warns.
const PlaceholderMark = "# skupaj:placeholder "

// placeholders warns about each field of p that still has the value of the
// placeholder line right above it in src.
func placeholders(p *Page, src []byte, fields []field) {
	if !bytes.Contains(src, []byte(PlaceholderMark)) {
		return
	}
	lines := bytes.Split(src, []byte("\n"))
	for _, f := range fields {
		if f.line < 2 || f.line-2 >= len(lines) {
			continue
		}
		above, ok := bytes.CutPrefix(bytes.TrimSpace(lines[f.line-2]), []byte(PlaceholderMark))
		if !ok {
			continue
		}
		var val any
		if yaml.Unmarshal(above, &val) != nil || !reflect.DeepEqual(val, f.val) {
			continue
		}
		p.Warnings.Warnf(p.File, f.line, "%s is still %s, the placeholder that skupaj new wrote: %s (if %s is right, delete the line %q above it)",
			f.key, bytes.TrimSpace(above), placeholderHint(p.Kind, f.key), bytes.TrimSpace(above), PlaceholderMark+string(bytes.TrimSpace(above)))
	}
}

// placeholderHint says what to put in field key of a page of kind k.
func placeholderHint(k Kind, key string) string {
	switch key {
	case "title":
		return map[Kind]string{
			Case:      "write the name of the case: the place and what the partners did, in a few words",
			Partner:   "write the name of the library or organisation, as it writes it itself",
			Guideline: "write the title of the chapter",
			Tool:      "write the name of the tool",
		}[k]
	case "library":
		return "write the id of the partner page of the library that led the partnership (its file name in partners/ without .md)"
	case "partners":
		return "list the ids of the other partners' pages, e.g. [red-cross, town-school]; create a missing page with: skupaj new partner <id>"
	case "country":
		return "write the term id of the country, from " + path.Join(taxonomy.Dir, key+".yaml")
	}
	return fmt.Sprintf("write the term ids that fit, from %s", path.Join(taxonomy.Dir, key+".yaml"))
}
