package edit

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// errNotYAML is the problem of a page whose front matter the form cannot
// edit: it is not YAML between --- lines.
var errNotYAML = errors.New("the form edits front matter written as YAML between --- lines; this page's front matter is written otherwise: edit it in a text editor")

// matter is a page file split for editing: the bytes before its front
// matter's text (a byte order mark, blank lines, the opening ---), that
// text, the closing line, and the body.
type matter struct {
	head, text, close, body []byte
	entries                 []entry // the top-level keys, in file order
	indent                  string  // the spaces before each top-level key
}

// entry is one top-level key of the front matter and where it stands in
// the text (byte offsets into matter.text).
type entry struct {
	key        string
	value      *yaml.Node
	start, end int // the key's lines: from the start of its line to the start of the line after its value
	// valStart, valEnd is the value's span when the value stands on the
	// key's line alone (a text or a list written [a, b]); else both are -1.
	valStart, valEnd int
}

// splitPage splits src, a page whose front matter is YAML between ---
// lines.
func splitPage(src []byte) (*matter, error) {
	i := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		i = 3
	}
	for i < len(src) { // blank lines before the front matter
		e := lineEndAt(src, i)
		if len(bytes.TrimSpace(src[i:e])) > 0 {
			break
		}
		i = e
	}
	open := lineEndAt(src, i)
	if i >= len(src) || string(bytes.TrimSpace(src[i:open])) != "---" {
		return nil, errNotYAML
	}
	for start := open; start < len(src); {
		end := lineEndAt(src, start)
		if string(bytes.TrimSpace(src[start:end])) == "---" {
			m := &matter{head: src[:open], text: src[open:start], close: src[start:end], body: src[end:]}
			return m, m.index()
		}
		start = end
	}
	return nil, errors.New("the front matter is not closed: end it with a line --- before the text")
}

// index finds the entries of the front matter's text.
func (m *matter) index() error {
	var doc yaml.Node
	if err := yaml.Unmarshal(m.text, &doc); err != nil {
		return fmt.Errorf("the front matter is not valid YAML: %v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return errors.New("the front matter must be a set of key: value lines")
	}
	m.indent = strings.Repeat(" ", max(top.Column-1, 0))
	starts := lineStarts(m.text)
	at := func(line int) int {
		if line-1 < len(starts) {
			return starts[line-1]
		}
		return len(m.text)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if seen[k.Value] {
			return fmt.Errorf("%s is given twice in the front matter: keep one, in a text editor", k.Value)
		}
		seen[k.Value] = true
		e := entry{key: k.Value, value: v, start: at(k.Line), valStart: -1, valEnd: -1}
		e.end = len(m.text)
		if i+2 < len(top.Content) {
			e.end = at(top.Content[i+2].Line)
		}
		// Comment and blank lines before the next key are that key's.
		for e.end > e.start {
			prev := lastLineStart(m.text[:e.end])
			if prev <= e.start {
				break
			}
			if l := bytes.TrimSpace(m.text[prev:e.end]); len(l) > 0 && l[0] != '#' {
				break
			}
			e.end = prev
		}
		if v.Line == k.Line && lineEndAt(m.text, e.start) == e.end && v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
			line := string(m.text[e.start:e.end])
			e.valStart = e.start + runeOffset(line, v.Column-1)
			content := strings.TrimRight(line, "\r\n")
			for _, c := range []string{v.LineComment, k.LineComment, lastChild(v).LineComment} {
				if c != "" && strings.HasSuffix(content, c) {
					content = strings.TrimSuffix(content, c)
					break
				}
			}
			e.valEnd = e.start + len(strings.TrimRight(content, " \t"))
			if e.valEnd <= e.valStart { // no value written ("key:"): the line is written anew
				e.valStart, e.valEnd = -1, -1
			}
		}
		m.entries = append(m.entries, e)
	}
	return nil
}

// old is the entry's value as the page's loader reads it: a text, or a
// list of texts.
func (e entry) old() any {
	v := e.value
	if v.Kind == yaml.SequenceNode {
		out := make([]string, 0, len(v.Content))
		for _, it := range v.Content {
			out = append(out, strings.TrimSpace(it.Value))
		}
		return out
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return ""
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!int" {
		var n int
		if v.Decode(&n) == nil {
			return strconv.Itoa(n)
		}
	}
	return strings.TrimSpace(v.Value)
}

func lastChild(n *yaml.Node) *yaml.Node {
	if len(n.Content) == 0 {
		return n
	}
	return n.Content[len(n.Content)-1]
}

func lineStarts(b []byte) []int {
	starts := []int{0}
	for i, c := range b {
		if c == '\n' && i+1 < len(b) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineEndAt is the offset just past the line break of the line holding i.
func lineEndAt(b []byte, i int) int {
	if n := bytes.IndexByte(b[i:], '\n'); n >= 0 {
		return i + n + 1
	}
	return len(b)
}

// lastLineStart is the start of the last line of b (which ends with a
// line break).
func lastLineStart(b []byte) int {
	return bytes.LastIndexByte(b[:max(len(b)-1, 0)], '\n') + 1
}

// runeOffset is the byte offset of the n-th character of s (YAML counts
// columns in characters).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
