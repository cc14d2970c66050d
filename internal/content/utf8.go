package content

import (
	"bytes"
	"unicode/utf8"

	"github.com/skupaj/skupaj/internal/diag"
)

// checkUTF8 reports the first line of src that is not valid UTF-8 (a file
// saved as Windows-1250 or UTF-16, say), which would otherwise reach the
// HTML byte for byte, with how many more lines are. It is nil for UTF-8.
func checkUTF8(file string, src []byte) *diag.Error {
	if utf8.Valid(src) {
		return nil
	}
	first, col, more := 0, 0, 0
	for n, rest := 1, src; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if utf8.Valid(line) {
			continue
		}
		if first == 0 {
			first, col = n, invalidAt(line)+1
		} else {
			more++
		}
	}
	msg := "this line has bytes that are not UTF-8 (from byte %d): save the file as UTF-8"
	switch {
	case more == 1:
		return diag.Errorf(file, first, msg+" (1 more line has such bytes)", col)
	case more > 1:
		return diag.Errorf(file, first, msg+" (%d more lines have such bytes)", col, more)
	}
	return diag.Errorf(file, first, msg, col)
}

// invalidAt is the offset of the first byte of line that is not UTF-8.
func invalidAt(line []byte) int {
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(line)
}
