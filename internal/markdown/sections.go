package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Section is the plain text under one heading (ID "" before the first).
type Section struct {
	ID      string
	Heading string
	Text    string
}

// sections splits the plain text of doc at its headings.
func sections(doc ast.Node, src []byte) []Section {
	var out []Section
	cur := Section{}
	var b bytes.Buffer
	flush := func() {
		cur.Text = strings.Join(strings.Fields(b.String()), " ")
		if cur.Text != "" || cur.ID != "" {
			out = append(out, cur)
		}
		b.Reset()
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			flush()
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			cur = Section{ID: string(idb), Heading: plainText(h, src)}
			continue
		}
		blockText(&b, n, src)
	}
	flush()
	return out
}

// blockText writes the text of a block and its children, a space between
// blocks and lines.
func blockText(b *bytes.Buffer, n ast.Node, src []byte) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			for i := 0; i < c.Lines().Len(); i++ {
				line := c.Lines().At(i)
				b.Write(line.Value(src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}
