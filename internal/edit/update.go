package edit

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// normalize turns a value the form sent (JSON: a text, a number, a list,
// or null) into a text or a list of texts, trimmed; "" or an empty list is
// a cleared field.
func normalize(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return strings.TrimSpace(x), nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	case []string:
		return x, nil
	case []any:
		out := make([]string, 0, len(x))
		for _, it := range x {
			s, err := normalize(it)
			if err != nil {
				return nil, err
			}
			str, ok := s.(string)
			if !ok {
				return nil, fmt.Errorf("a list holds texts, not lists")
			}
			if str != "" {
				out = append(out, str)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("a value is a text, a number or a list of texts, not %T", v)
}

func empty(v any) bool {
	switch x := v.(type) {
	case string:
		return x == ""
	case []string:
		return len(x) == 0
	}
	return true
}

func same(a, b any) bool {
	as, aok := a.([]string)
	bs, bok := b.([]string)
	if aok || bok {
		return aok && bok && slices.Equal(as, bs)
	}
	return a == b
}

// change is one edit of the front matter's text: text replaces
// text[start:end] (an insertion when they are equal).
type change struct {
	start, end int
	text       string
}

// update writes src with the fields given changed, and body in place of
// its body: a field whose value is the same keeps its bytes, a changed
// one gets the new value in the old one's place (the quoting kept), a
// cleared one loses its lines (one written empty and sent empty keeps
// them), a new one is added after the field that
// comes before it in order (the field table's order). Comments, other
// fields and their order stay as they are. Fields not given stay.
func update(src []byte, fields map[string]any, body string, order []string) ([]byte, error) {
	m, err := splitPage(src)
	if err != nil {
		return nil, err
	}
	var changes []change
	present := map[string]entry{}
	for _, e := range m.entries {
		present[e.key] = e
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	rank := func(name string) int {
		if i := slices.Index(order, name); i >= 0 {
			return i
		}
		return len(order)
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		return ri < rj || ri == rj && names[i] < names[j]
	})
	for _, name := range names {
		v, err := normalize(fields[name])
		if err != nil {
			return nil, fmt.Errorf("field %s: %v", name, err)
		}
		e, ok := present[name]
		switch {
		case !ok && empty(v):
		case !ok && rank(name) == len(order):
			return nil, fmt.Errorf("unknown field %q: the fields of this page are %s", name, strings.Join(order, ", "))
		case !ok:
			at := m.insertAt(rank(name), rank)
			changes = append(changes, change{at, at, m.indent + name + ":" + fresh(v, m.indent) + "\n"})
		case empty(v) && e.writtenEmpty(): // left as it was
		case empty(v):
			changes = append(changes, change{e.start, e.end, ""})
		case same(e.old(), v):
		case e.valStart >= 0 && (e.value.Kind == yaml.ScalarNode) == isText(v) && !multiline(v):
			changes = append(changes, change{e.valStart, e.valEnd, inPlace(e.value, v)})
		default:
			changes = append(changes, change{e.start, e.end, m.indent + name + ":" + rewritten(e.value, v, m.indent) + "\n"})
		}
	}
	// Stable: insertions at one place stay in the table's order.
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].start < changes[j].start })
	var out bytes.Buffer
	out.Write(m.head)
	at := 0
	for _, c := range changes {
		out.Write(m.text[at:c.start])
		out.WriteString(c.text)
		at = c.end
	}
	out.Write(m.text[at:])
	out.Write(m.close)
	out.WriteString(body)
	// Lines are changed where the fields stand; a front matter written in
	// a form other than one field a line (an explicit "? key", say) could
	// read differently once they are: such a page is refused, not broken.
	if _, err := splitPage(out.Bytes()); err != nil {
		return nil, fmt.Errorf("the front matter is written in a way the form cannot change safely (%v): change it in the file itself", err)
	}
	return out.Bytes(), nil
}

func isText(v any) bool { _, ok := v.(string); return ok }

// writtenEmpty reports whether the file writes the field with no value:
// "key:", "key: \"\"" or "key: []".
func (e entry) writtenEmpty() bool {
	v := e.value
	return v.Kind == yaml.SequenceNode && len(v.Content) == 0 || v.Kind == yaml.ScalarNode && (v.Tag == "!!null" || v.Value == "")
}

// insertAt is where a new field of the given rank goes: after the last
// field of the text that comes before it in the field table, else before
// the first field that comes after it, else at the end.
func (m *matter) insertAt(r int, rank func(string) int) int {
	at := -1
	for _, e := range m.entries {
		if rank(e.key) < r {
			at = e.end
		}
	}
	if at >= 0 {
		return at
	}
	for _, e := range m.entries {
		if rank(e.key) > r {
			return e.start
		}
	}
	return len(m.text)
}

// fresh writes, after "key:", the value of a new field: a text quoted
// when YAML needs it, a text of several lines as a block (|), a list as
// [a, b].
func fresh(v any, indent string) string {
	if items, ok := v.([]string); ok {
		return " " + flowList(items, plain)
	}
	if multiline(v) {
		if b := block(v.(string), indent+"  "); b != "" {
			return b
		}
	}
	return " " + text(v.(string), plain)
}

// multiline reports whether v is a text of several lines.
func multiline(v any) bool {
	s, ok := v.(string)
	return ok && strings.Contains(s, "\n")
}

// inPlace writes v where the old value old stood on its key's line, in
// old's style.
func inPlace(old *yaml.Node, v any) string {
	if items, ok := v.([]string); ok {
		st := plain
		if len(old.Content) > 0 {
			st = styleOf(old.Content[0])
		}
		return flowList(items, st)
	}
	return text(v.(string), styleOf(old))
}

// rewritten writes v, after "key:", in place of an old value written over
// several lines: a list keeps its lines "  - item" with their indentation.
func rewritten(old *yaml.Node, v any, indent string) string {
	items, ok := v.([]string)
	if !ok {
		s := v.(string)
		if strings.Contains(s, "\n") || old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			if b := block(s, indent+"  "); b != "" {
				return b
			}
		}
		return " " + text(s, styleOf(old))
	}
	if old.Kind != yaml.SequenceNode || old.Style&yaml.FlowStyle != 0 {
		return " " + flowList(items, plain)
	}
	indent = strings.Repeat(" ", max(old.Column-1, 0))
	st := plain
	if len(old.Content) > 0 {
		st = styleOf(old.Content[0])
	}
	var b strings.Builder
	for _, it := range items {
		b.WriteString("\n" + indent + "- " + text(it, st))
	}
	return b.String()
}
