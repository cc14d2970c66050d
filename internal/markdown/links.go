package markdown

import (
	"fmt"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Image is an image of a page, as written, at a line of its file: a
// Markdown image, or an <img> tag of raw HTML the page lets through.
type Image struct {
	Line int
	Dest string // "" for an <img> tag without src
	Alt  string // its description as plain text, trimmed; "" when it has none
}

// state is what one Render call shares with the link rewriter.
type state struct {
	resolve   Resolver
	unsafe    bool
	lines     Lines
	firstLine int
	problems  []Problem
	images    []Image
	rawHTML   []RawHTML
}

var stateKey = parser.NewContextKey()

// linkRewriter is an AST transformer that records every link, image and
// piece of raw HTML with its line, and passes every link and image
// destination through the page's Resolver.
type linkRewriter struct{}

func (linkRewriter) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st, _ := pc.Get(stateKey).(*state)
	if st == nil {
		return
	}
	src := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		what := "link"
		switch l := n.(type) {
		case *ast.Link:
			dest = &l.Destination
		case *ast.Image:
			dest, what = &l.Destination, "image"
			st.images = append(st.images, Image{Line: st.lineOf(position(n)), Dest: string(l.Destination), Alt: plainText(l, src)})
		case *ast.HTMLBlock:
			st.html(n.Lines(), l.HasClosure(), l.ClosureLine, src)
			return ast.WalkContinue, nil
		case *ast.RawHTML:
			st.html(l.Segments, false, text.Segment{}, src)
			return ast.WalkContinue, nil
		default:
			return ast.WalkContinue, nil
		}
		if st.resolve == nil {
			return ast.WalkContinue, nil
		}
		line := st.lineOf(offset(n))
		out, err := st.resolve(string(*dest), line)
		if err != nil {
			st.problems = append(st.problems, Problem{Line: line, Err: fmt.Errorf("%s %q: %w", what, *dest, err)})
			return ast.WalkContinue, nil
		}
		*dest = []byte(out)
		return ast.WalkContinue, nil
	})
}

// position is the byte offset of node n in the source: its own, else that
// of its first text or block.
func position(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	return offset(n)
}

// offset is a byte offset in the source inside node n (its first text, or
// the start of its block).
func offset(n ast.Node) int {
	found := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			found = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if found >= 0 {
		return found
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
