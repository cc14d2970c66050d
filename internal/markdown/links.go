package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// state is what one Render call shares with the link rewriter.
type state struct {
	resolve   Resolver
	lines     Lines
	firstLine int
	problems  []Problem
}

var stateKey = parser.NewContextKey()

// linkRewriter is an AST transformer that passes every link and image
// destination through the page's Resolver.
type linkRewriter struct{}

func (linkRewriter) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st, _ := pc.Get(stateKey).(*state)
	if st == nil || st.resolve == nil {
		return
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch l := n.(type) {
		case *ast.Link:
			dest = &l.Destination
		case *ast.Image:
			dest = &l.Destination
		default:
			return ast.WalkContinue, nil
		}
		line := st.lineOf(offset(n))
		out, err := st.resolve(string(*dest), line)
		if err != nil {
			st.problems = append(st.problems, Problem{Line: line, Err: err})
			return ast.WalkContinue, nil
		}
		*dest = []byte(out)
		return ast.WalkContinue, nil
	})
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
