package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// decodeJSON decodes the JSON object at the start of text, whose first line
// is line first of the file. It returns the top-level keys in file order and
// the offset in text just past the object. Time is linear in the size of
// text: each key's line is counted on from the previous key's.
func decodeJSON(text []byte, first int) ([]field, int, error) {
	lines := newLineIndex(text)
	lineOf := func(off int64) int { return first - 1 + lines.at(int(off)) }
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	fail := func(err error) ([]field, int, error) {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se) && strings.Contains(se.Error(), "exceeded max depth"):
			return nil, 0, &lineError{lineOf(se.Offset), tooDeep}
		case errors.As(err, &se):
			return nil, 0, &lineError{lineOf(se.Offset), "front matter is not valid JSON: " + se.Error()}
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			return nil, 0, &lineError{first, "the JSON front matter that starts here is not closed: end it with } before the text"}
		}
		return nil, 0, &lineError{lineOf(dec.InputOffset()), "front matter is not valid JSON: " + err.Error()}
	}
	if tok, err := dec.Token(); err != nil {
		return fail(err)
	} else if tok != json.Delim('{') {
		return nil, 0, &lineError{first, "front matter must be a JSON object: {\"title\": \"A title\"}"}
	}
	var fields []field
	seen := map[string]int{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string) // inside an object, Token returns keys as strings
		line := lineOf(dec.InputOffset())
		if was, ok := seen[key]; ok {
			return nil, 0, twice(key, was, line)
		}
		seen[key] = line
		var val any
		if err := dec.Decode(&val); err != nil {
			return fail(err)
		}
		val, d := jsonValue(val)
		if d > maxDepth-1 {
			return nil, 0, &lineError{line, tooDeep}
		}
		fields = append(fields, field{key: key, val: val, line: line})
	}
	if _, err := dec.Token(); err != nil { // the closing }
		return fail(err)
	}
	return fields, int(dec.InputOffset()), nil
}

// decodeJSONBlock decodes JSON front matter between delimiter lines: one
// object and nothing else.
func decodeJSONBlock(text []byte, first int) ([]field, error) {
	fields, end, err := decodeJSON(text, first)
	if err != nil {
		return nil, err
	}
	if rest := bytes.TrimSpace(text[end:]); len(rest) > 0 {
		lines := newLineIndex(text)
		return nil, &lineError{first - 1 + lines.at(end), fmt.Sprintf("unexpected %q after the closing } of the front matter", firstWord(rest))}
	}
	return fields, nil
}

// jsonValue turns the numbers of v into int64 where they are whole and fit,
// float64 where they have a fraction or exponent, and leaves larger whole
// numbers as json.Number (for the schema to report). It also returns how
// deeply v nests.
func jsonValue(v any) (any, int) {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, 0
		}
		if strings.ContainsAny(string(x), ".eE") {
			f, _ := x.Float64()
			return f, 0
		}
		return x, 0
	case []any:
		d := 0
		for i, it := range x {
			var di int
			x[i], di = jsonValue(it)
			d = max(d, di)
		}
		return x, d + 1
	case map[string]any:
		d := 0
		for k, it := range x {
			var di int
			x[k], di = jsonValue(it)
			d = max(d, di)
		}
		return x, d + 1
	}
	return v, 0
}

// firstWord is the start of b, up to its first space, for messages.
func firstWord(b []byte) string {
	if i := bytes.IndexAny(b, " \t\r\n"); i >= 0 {
		b = b[:i]
	}
	if len(b) > 20 {
		b = b[:20]
	}
	return string(b)
}
