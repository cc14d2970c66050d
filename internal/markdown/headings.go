package markdown

import (
	"errors"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// headingChecks is an AST transformer that holds the attributes of
// headings ({#id .class style=…}) to what a page may do:
//   - only id and class, unless markdown.unsafe_html is on. Any other
//     attribute (style, onclick…) could restyle or script the whole page,
//     which is what unsafe_html guards. It is an error, not a warning:
//     the editor wrote the attribute to change the page, and a build that
//     drops it silently publishes a page that is not what was written;
//   - no id the layouts use (Reserved), nor one another heading of the page
//     has: a link to #main must reach the layout's main, and a link to a
//     heading must reach that heading.
//
// Each problem is reported at the heading's line. A forbidden attribute is
// also left out of the HTML, so the page stays safe whatever the caller
// does with the problems.
type headingChecks struct {
	unsafe   bool
	reserved Reserved
}

func (c headingChecks) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st, _ := pc.Get(stateKey).(*state)
	ids, _ := pc.IDs().(*ids)
	if st == nil || ids == nil {
		return
	}
	lineOf := map[string]int{} // heading id → its line
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		line := st.lineOf(headingOffset(h))
		if !c.unsafe {
			c.dropAttributes(h, line, st)
		}
		v, _ := h.AttributeString("id")
		id, ok := v.([]byte)
		if !ok {
			return ast.WalkSkipChildren, nil
		}
		if msg := c.idProblem(string(id), ids, lineOf); msg != "" {
			st.problems = append(st.problems, Problem{Line: line, Err: errors.New(msg)})
		} else {
			lineOf[string(id)] = line
		}
		return ast.WalkSkipChildren, nil
	})
}

// dropAttributes leaves only id and class on h, reporting every other.
func (c headingChecks) dropAttributes(h *ast.Heading, line int, st *state) {
	attrs := h.Attributes()
	keep := attrs[:0:0]
	for _, a := range attrs {
		switch string(a.Name) {
		case "id", "class":
			keep = append(keep, a)
		default:
			st.problems = append(st.problems, Problem{Line: line, Err: fmt.Errorf(
				"heading attribute %q is not allowed: a heading takes only an id {#name} and classes {.name} (markdown.unsafe_html: true in the site's configuration lets every attribute through)", a.Name)})
		}
	}
	h.RemoveAttributes()
	for _, a := range keep {
		h.SetAttribute(a.Name, a.Value)
	}
}

// idProblem says what is wrong with a heading's id, or "".
func (c headingChecks) idProblem(id string, ids *ids, lineOf map[string]int) string {
	for _, r := range c.reserved.IDs {
		if id == r {
			return fmt.Sprintf("heading id %q is an id of the page's layout: choose another id", id)
		}
	}
	if p := c.reserved.prefixOf(id); p != "" && ids.written[id] {
		return fmt.Sprintf("heading id %q starts with %q, which the page's layout keeps for its own ids: choose another id", id, p)
	}
	if l, dup := lineOf[id]; dup {
		return fmt.Sprintf("heading id %q is already the id of the heading on line %d: choose another id", id, l)
	}
	return ""
}

// headingOffset is a byte offset in the source inside heading h.
func headingOffset(h *ast.Heading) int {
	if h.Lines().Len() > 0 {
		return h.Lines().At(0).Start
	}
	return offset(h)
}
