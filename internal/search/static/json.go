package static

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/search/index"
)

// jsonWriter writes the export's large JSON files directly: the dictionary
// chunks hold hundreds of thousands of keys, which encoding/json would
// reach through maps and interfaces.
type jsonWriter struct{ b []byte }

// reset starts the next file in a new buffer: the last one was handed to
// an output.Writer, which may keep it.
func (w *jsonWriter) reset() { w.b = make([]byte, 0, cap(w.b)) }

func (w *jsonWriter) raw(s string)  { w.b = append(w.b, s...) }
func (w *jsonWriter) int(n int)     { w.b = strconv.AppendInt(w.b, int64(n), 10) }
func (w *jsonWriter) int32(n int32) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// str writes s as a JSON string, escaped as encoding/json escapes it.
func (w *jsonWriter) str(s string) {
	simple := utf8.ValidString(s)
	for i := 0; simple && i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			simple = false
		}
	}
	if simple && !containsLineSeparators(s) {
		w.b = append(w.b, '"')
		w.b = append(w.b, s...)
		w.b = append(w.b, '"')
		return
	}
	data, _ := json.Marshal(s) // a string always encodes
	w.b = append(w.b, data...)
}

// containsLineSeparators tells whether s has U+2028 or U+2029, which
// encoding/json escapes.
func containsLineSeparators(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
			return true
		}
	}
	return false
}

// list writes [item(0), ..., item(n-1)].
func (w *jsonWriter) list(n int, item func(i int)) {
	w.raw("[")
	for i := range n {
		if i > 0 {
			w.raw(",")
		}
		item(i)
	}
	w.raw("]")
}

// object writes {key(i): value(i), ...} for i from 0 to n-1, in order,
// that has keeps.
func (w *jsonWriter) object(n int, key func(int) string, has func(int) bool, value func(int)) {
	w.raw("{")
	first := true
	for i := range n {
		if !has(i) {
			continue
		}
		if !first {
			w.raw(",")
		}
		first = false
		w.str(key(i))
		w.raw(":")
		value(i)
	}
	w.raw("}")
}

// postings writes [doc, score, doc, difference, ...]: each score after
// the first as its difference from the one before.
func (w *jsonWriter) postings(ps []posting) {
	w.list(2*len(ps), func(i int) {
		switch {
		case i%2 == 0:
			w.int32(ps[i/2].doc)
		case i == 1:
			w.int32(ps[0].score)
		default: // a score after the first is its difference from the one before
			w.int32(ps[i/2-1].score - ps[i/2].score)
		}
	})
}

// section writes a section of a text as its files hold it: [heading id,
// heading, text] (docs/search-format.md, "search/x/").
func (w *jsonWriter) section(s index.Section) {
	w.raw("[")
	w.str(s.ID)
	w.raw(",")
	w.str(s.Heading)
	w.raw(",")
	w.str(s.Text)
	w.raw("]")
}
