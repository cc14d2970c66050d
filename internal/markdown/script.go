package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/skupaj/skupaj/internal/translit"
)

// toLatin points every prose text of doc at a transliterated copy appended
// to src, and returns the extended source to render with. Code spans, code
// blocks, autolinks, link destinations and raw HTML are not prose texts, so
// they stay exactly as written.
func toLatin(doc ast.Node, src []byte, lang string) []byte {
	out := src[:len(src):len(src)] // appending must not write into src
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.AutoLink:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if t.IsRaw() {
				return ast.WalkContinue, nil
			}
			latin := translit.ToLatin(lang, string(t.Segment.Value(src)))
			start := len(out)
			out = append(out, latin...)
			t.Segment = text.NewSegment(start, len(out))
		}
		return ast.WalkContinue, nil
	})
	return out
}
