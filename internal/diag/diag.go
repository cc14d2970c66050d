// Package diag carries the messages of a build that know where they come
// from: a file, a line when it is known, a severity (error, warning or note)
// and a message that says what is wrong and what is allowed. Every stage of
// the build and every check reports through it, so that all messages of a
// build are one list, shown at once as "path:line: message" and written by
// Write in the formats of `skupaj check`.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is one message about one file, or about a command-line flag: a
// problem that fails the build (the zero Severity), or a warning or note.
type Error struct {
	File     string   `json:"file"`           // path relative to the site root, with forward slashes; "" for a flag, which Msg names
	Line     int      `json:"line,omitempty"` // 1-based; 0 when the line is not known
	Severity Severity `json:"severity"`
	Msg      string   `json:"message"`
}

// Error is "path:line: message" for an error, and "path:line: warning:
// message" (or "note:") for the others.
func (e *Error) Error() string {
	msg := e.Msg
	if e.Severity != SevError {
		msg = e.Severity.String() + ": " + msg
	}
	if e.File == "" {
		return msg
	}
	return Place(e.File, e.Line) + ": " + msg
}

// String is the line `skupaj check` prints: "path:line: severity: message".
func (e *Error) String() string {
	return Place(e.File, e.Line) + ": " + e.Severity.String() + ": " + e.Msg
}

// Place writes where a problem is: "path:line", or "path" when the line is
// not known. A path with control characters, invalid UTF-8 or other
// unprintable runes is quoted Go-style ("content/en/a\x1b[2J.md"), so that
// a file name cannot rewrite the editor's terminal; other paths are written
// as they are, for editors that jump to path:line.
func Place(file string, line int) string {
	if strings.IndexFunc(file, func(r rune) bool { return r == utf8.RuneError || !unicode.IsPrint(r) }) >= 0 {
		file = strconv.Quote(file)
	}
	if line > 0 {
		return file + ":" + strconv.Itoa(line)
	}
	return file
}

// Errorf makes an Error of severity SevError.
func Errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Warningf makes an Error of severity SevWarning.
func Warningf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Severity: SevWarning, Msg: fmt.Sprintf(format, args...)}
}

// Notef makes an Error of severity SevNote.
func Notef(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Severity: SevNote, Msg: fmt.Sprintf(format, args...)}
}

// List collects the messages of a build. The zero value is ready to use.
type List []*Error

// Add appends e (nil is ignored).
func (l *List) Add(e *Error) {
	if e != nil {
		*l = append(*l, e)
	}
}

// Addf appends a new Error.
func (l *List) Addf(file string, line int, format string, args ...any) {
	l.Add(Errorf(file, line, format, args...))
}

// Warnf appends a new warning.
func (l *List) Warnf(file string, line int, format string, args ...any) {
	l.Add(Warningf(file, line, format, args...))
}

// Count is the number of messages of severity sev.
func (l List) Count(sev Severity) int {
	n := 0
	for _, e := range l {
		if e.Severity == sev {
			n++
		}
	}
	return n
}

// Merge appends every problem of other.
func (l *List) Merge(other List) { *l = append(*l, other...) }

// Sort orders messages by file, line, message and severity, so output is
// stable.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), strings.Compare(a.Msg, b.Msg), cmp.Compare(a.Severity, b.Severity))
	})
}

// Err returns the list as an error, sorted and without repeats (a page
// published in two scripts is checked twice), or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	out := l[:1]
	for _, e := range l[1:] {
		if last := out[len(out)-1]; *e != *last {
			out = append(out, e)
		}
	}
	return out
}

func (l List) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Closest returns up to max candidates whose edit distance to s is small
// enough to be a likely typo, nearest first (ties in the candidates' order).
func Closest(s string, candidates []string, max int) []string {
	type scored struct {
		c string
		d int
	}
	limit := len([]rune(s))/3 + 1
	if limit < 2 {
		limit = 2
	}
	var found []scored
	for _, c := range candidates {
		if d := distance(strings.ToLower(s), strings.ToLower(c)); d <= limit {
			found = append(found, scored{c, d})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].d < found[j].d })
	var out []string
	for i := 0; i < len(found) && i < max; i++ {
		out = append(out, found[i].c)
	}
	return out
}

// DidYouMean is the hint for an unknown id: `; did you mean "a" or "b"?`
// with up to three likely candidates, or "" when none is close.
func DidYouMean(id string, candidates []string) string {
	c := Closest(id, candidates, 3)
	if len(c) == 0 {
		return ""
	}
	q := make([]string, len(c))
	for i, s := range c {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "; did you mean " + strings.Join(q, " or ") + "?"
}

// distance is the Levenshtein distance between a and b, by runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
