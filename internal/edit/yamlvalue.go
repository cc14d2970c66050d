package edit

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// How a value is written in YAML, as the old value was.
type style int

const (
	plain style = iota
	doubleQuoted
	singleQuoted
)

func styleOf(n *yaml.Node) style {
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		return doubleQuoted
	case n.Style&yaml.SingleQuotedStyle != 0:
		return singleQuoted
	}
	return plain
}

// text writes s as a YAML scalar in style st: a quoted value stays quoted
// the same way, a plain one stays plain when YAML reads it back as the
// same text, and is double-quoted otherwise.
func text(s string, st style) string {
	switch {
	case st == doubleQuoted:
		return dq(s)
	case st == singleQuoted && !strings.ContainsAny(s, "\n\r\t"):
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	case st == plain && plainOK(s, false):
		return s
	}
	return dq(s)
}

// block writes s, text of several lines, as a YAML literal block after
// "key:" (" |" and its lines indented by indent), or "" when s cannot be
// one (a first line that starts with a space, a character a block cannot
// hold).
func block(s, indent string) string {
	if s == "" || strings.HasPrefix(s, " ") || strings.IndexFunc(s, unprintable) >= 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(" |") // the loader trims the line break it keeps at the end
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		b.WriteString("\n")
		if line != "" {
			b.WriteString(indent + line)
		}
	}
	return b.String()
}

// item writes one item of a list written [a, b].
func item(s string, st style) string {
	if st == plain && plainOK(s, true) {
		return s
	}
	return text(s, max(st, doubleQuoted))
}

// flowList writes items as [a, b], each item in style st when it needs
// no quotes.
func flowList(items []string, st style) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = item(it, st)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// dq writes s as a YAML double-quoted scalar.
func dq(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if unprintable(r) {
				b.WriteString(`\u` + strconv.FormatInt(int64(0x10000+r), 16)[1:])
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// plainOK reports whether s, written without quotes (as the item of a
// list [s] when inList), is read back by YAML as the text s: not a
// number that reads otherwise, a yes/no, null, a comment or another field.
func plainOK(s string, inList bool) bool {
	if s == "" || strings.TrimSpace(s) != s || strings.ContainsAny(s, "\n\r\t\"'") {
		return false
	}
	src := "k: " + s
	if inList {
		src = "k: [" + s + "]"
	}
	var doc yaml.Node
	if yaml.Unmarshal([]byte(src), &doc) != nil || len(doc.Content) != 1 {
		return false
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode || len(m.Content) != 2 {
		return false
	}
	v := m.Content[1]
	if inList {
		if v.Kind != yaml.SequenceNode || len(v.Content) != 1 {
			return false
		}
		v = v.Content[0]
	}
	if v.Kind != yaml.ScalarNode || v.Style != 0 || v.Value != s || v.LineComment != "" || v.Anchor != "" || v.Alias != nil {
		return false
	}
	switch v.Tag {
	case "!!str", "!!timestamp": // dates are read as written
		return true
	case "!!int":
		var n int
		return v.Decode(&n) == nil && strconv.Itoa(n) == s
	case "!!float": // the loader reads a number back as it writes it
		var f float64
		return v.Decode(&f) == nil && strconv.FormatFloat(f, 'f', -1, 64) == s
	}
	return false
}

// unprintable reports whether r must be escaped in YAML: a control
// character other than a line break, or a character YAML treats as one.
func unprintable(r rune) bool {
	return r < 0x20 && r != '\n' || r == 0x7f || r == '\u0085' || r == '\u2028' || r == '\u2029' || r == '\ufeff' || r >= 0x80 && r < 0xa0
}
