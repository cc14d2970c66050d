package diag

import "testing"

// A file name is written as it is, so editors can jump to path:line, unless
// it holds bytes that would act on the terminal or are not text.
func TestPlaceQuotesUnprintableFileNames(t *testing.T) {
	for _, c := range []struct {
		file string
		line int
		want string
	}{
		{"content/en/cases/a.md", 3, "content/en/cases/a.md:3: m"},
		{"content/en/Third Chapter.md", 0, "content/en/Third Chapter.md: m"},
		{"content/sl/cases/čebela.md", 2, "content/sl/cases/čebela.md:2: m"},
		{"content/en/a\x1b[2J.md", 1, `"content/en/a\x1b[2J.md":1: m`},
		{"content/en/a\nb.md", 0, `"content/en/a\nb.md": m`},
		{"content/en/\xff.md", 4, `"content/en/\xff.md":4: m`},
	} {
		if got := Errorf(c.file, c.line, "m").Error(); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}
