package markdown

import "bytes"

// MaxNesting is how deep lists and block quotes may nest in a page.
// goldmark's time and memory grow with the square of the depth (4,000
// nested list items: 79 s and 1 GB), so a deeper page is refused before
// it is parsed. No handbook page comes near: its deepest list has 3 levels.
const MaxNesting = 100

// tooDeep finds the first line of src that nests deeper than MaxNesting,
// and its depth; line is 0 when every line is within the limit. A line's
// depth is the number of list and block quote markers at its start ("- ",
// "1. ", ">") plus its indentation before the first marker, two columns a
// level (the least indent that nests a list). Lines without a marker and
// lines of fenced code are not counted. It reads src once.
func tooDeep(src []byte) (line, depth int) {
	var fence []byte // the fence of the open code block, or nil
	for n := 1; len(src) > 0; n++ {
		l := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		indent, i := columns(l)
		markers := 0
		for {
			m := marker(l[i:])
			if m == 0 {
				break
			}
			markers++
			_, sp := columns(l[i+m:])
			i += m + sp
		}
		rest := l[i:]
		if fence != nil {
			if bytes.HasPrefix(rest, fence) {
				fence = nil
			}
			continue
		}
		if f := fenceOf(rest); f != nil {
			fence = f
			continue
		}
		if d := markers + indent/2; markers > 0 && d > MaxNesting {
			return n, d
		}
	}
	return 0, 0
}

// columns is the width of the spaces and tabs at the start of l (a tab
// reaches the next multiple of 4) and their number of bytes.
func columns(l []byte) (width, n int) {
	for ; n < len(l); n++ {
		switch l[n] {
		case ' ':
			width++
		case '\t':
			width += 4 - width%4
		default:
			return width, n
		}
	}
	return width, n
}

// marker is the length of the list or block quote marker l starts with, or 0.
func marker(l []byte) int {
	if len(l) == 0 {
		return 0
	}
	switch l[0] {
	case '>':
		return 1
	case '-', '*', '+':
		if len(l) == 1 || l[1] == ' ' || l[1] == '\t' {
			return 1
		}
		return 0
	}
	d := 0
	for d < len(l) && d < 9 && '0' <= l[d] && l[d] <= '9' {
		d++
	}
	if d == 0 || d == len(l) || (l[d] != '.' && l[d] != ')') {
		return 0
	}
	if d+1 == len(l) || l[d+1] == ' ' || l[d+1] == '\t' {
		return d + 1
	}
	return 0
}

// fenceOf is the fence ("```", "~~~~") that l opens a code block with, or nil.
func fenceOf(l []byte) []byte {
	if len(l) < 3 || (l[0] != '`' && l[0] != '~') {
		return nil
	}
	n := 0
	for n < len(l) && l[n] == l[0] {
		n++
	}
	if n < 3 {
		return nil
	}
	return l[:n]
}
