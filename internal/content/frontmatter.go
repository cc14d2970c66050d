package content

import (
	"bytes"
	"fmt"
)

// field is one top-level front matter key with its decoded value and the
// line of the file it stands on.
type field struct {
	key  string
	val  any
	line int
	cut  string // a plain value's text after " #", which YAML left out as a comment
}

// lineError is a problem at a line of the file.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return e.msg }

// maxDepth is how deeply lists and groups of fields may nest in front
// matter. The schema needs two levels (a field holding a list); the limit
// only keeps hostile input from exhausting the decoders.
const maxDepth = 100

// tooDeep is the message for front matter nested beyond maxDepth.
var tooDeep = fmt.Sprintf("front matter is nested too deeply (more than %d levels of lists or groups); a field holds a text, a number, a date or a list of them", maxDepth)

// howTo tells, in a message, how front matter is written.
const howTo = "a page starts with a line ---, then key: value lines such as title: A title, then a line --- (YAML)"

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// splitMatter separates front matter from body and decodes it. It returns the
// fields in file order, the body (a tail of src), and the line of the file
// the body starts on. A page starts, after blank lines, with YAML between
// --- lines (also ---yaml), with JSON between ;;; lines or ---json and ---,
// or with a JSON object whose closing brace ends its line.
//
// On a problem the body is still returned when it is known (the whole file
// when no front matter was found), so that later checks of the body and of
// links to its headings are not misled.
func splitMatter(src []byte) (fields []field, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, utf8BOM)
	lines := newLineIndex(src)
	open, openEnd, ok := firstLine(src)
	if !ok {
		return nil, src, 1, &lineError{1, "no front matter: " + howTo}
	}
	switch string(bytes.TrimSpace(src[open:openEnd])) {
	case "---", "---yaml":
		return delimited(src, open, openEnd, "---", lines, decodeYAML)
	case ";;;":
		return delimited(src, open, openEnd, ";;;", lines, decodeJSONBlock)
	case "---json":
		return delimited(src, open, openEnd, "---", lines, decodeJSONBlock)
	case "+++", "---toml":
		return nil, src[openEnd:], lines.at(openEnd), &lineError{lines.at(open), "TOML front matter (between +++ lines) is not supported: write the fields as YAML instead; " + howTo}
	}
	if bytes.HasPrefix(bytes.TrimLeft(src[open:openEnd], " \t"), []byte("{")) {
		fields, end, err := decodeJSON(src[open:], lines.at(open))
		if err != nil {
			return nil, src, 1, err
		}
		end += open
		rest := lineEnd(src, end)
		if trailing := bytes.TrimSpace(src[end:rest]); len(trailing) > 0 {
			return nil, src[rest:], lines.at(rest), &lineError{lines.at(end), fmt.Sprintf("unexpected %q after the closing } of the front matter: start the text on the next line", trailing)}
		}
		return fields, src[rest:], lines.at(rest), nil
	}
	return nil, src, 1, &lineError{lines.at(open), "no front matter: " + howTo}
}

// delimited decodes the front matter between the opening line (ending at
// openEnd) and the next line that is closer.
func delimited(src []byte, open, openEnd int, closer string, lines *lineIndex, decode func([]byte, int) ([]field, error)) ([]field, []byte, int, error) {
	for start := openEnd; start < len(src); {
		end := lineEnd(src, start)
		if string(bytes.TrimSpace(src[start:end])) == closer {
			fields, err := decode(src[openEnd:start], lines.at(openEnd))
			return fields, src[end:], lines.at(end), err
		}
		start = end
	}
	return nil, src[openEnd:], lines.at(openEnd), &lineError{lines.at(open), fmt.Sprintf("the front matter that starts here is not closed: end it with a line %s before the text", closer)}
}

// openingLine is the line front matter opens on in src: its first line
// that is not blank (1 when there is none).
func openingLine(src []byte) int {
	src = bytes.TrimPrefix(src, utf8BOM)
	start, _, _ := firstLine(src)
	return 1 + bytes.Count(src[:start], []byte("\n"))
}

// firstLine finds the first line of src that is not blank: its start and the
// start of the next line.
func firstLine(src []byte) (start, end int, ok bool) {
	for start < len(src) {
		end = lineEnd(src, start)
		if len(bytes.TrimSpace(src[start:end])) > 0 {
			return start, end, true
		}
		start = end
	}
	return 0, 0, false
}

// lineEnd is the offset just past the line break of the line holding i (or
// the end of src).
func lineEnd(src []byte, i int) int {
	if n := bytes.IndexByte(src[i:], '\n'); n >= 0 {
		return i + n + 1
	}
	return len(src)
}

// lineIndex turns offsets into line numbers. Offsets asked for in
// increasing order cost time linear in the distance between them.
type lineIndex struct {
	src  []byte
	pos  int // offset of the start of line `line`
	line int
}

func newLineIndex(src []byte) *lineIndex { return &lineIndex{src: src, line: 1} }

// at returns the line (1-based) that offset i stands on.
func (x *lineIndex) at(i int) int {
	if i < x.pos {
		x.pos, x.line = 0, 1
	}
	x.line += bytes.Count(x.src[x.pos:i], []byte("\n"))
	x.pos = i
	return x.line
}
