package markdown

import "sort"

// Lines finds the line of a byte offset in a text.
type Lines []int

// NewLines indexes the starts of the lines of src.
func NewLines(src []byte) Lines {
	starts := Lines{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Of is the 1-based line of byte offset off.
func (l Lines) Of(off int) int {
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}
