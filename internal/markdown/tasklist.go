package markdown

import (
	"html"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// taskBoxes renders the check boxes of task lists (printable checklists)
// with an accessible name: the text of their item. GFM's own renderer
// writes a bare <input>, which screen readers announce as an unnamed box.
type taskBoxes struct{}

// taskBoxPriority is below the GFM task list renderer's (500): goldmark
// gives a node kind to the renderer with the lowest priority number that
// registers it, so this one replaces GFM's (the test checks it).
const taskBoxPriority = 100

func (taskBoxes) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTaskCheckBox, renderTaskBox)
}

func renderTaskBox(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	checked := ""
	if node.(*extast.TaskCheckBox).IsChecked {
		checked = `checked="" `
	}
	label := ""
	if p := node.Parent(); p != nil {
		label = plainText(p, source)
	}
	_, _ = w.WriteString(`<input ` + checked + `disabled="" type="checkbox" aria-label="` + html.EscapeString(label) + `"> `)
	return ast.WalkContinue, nil
}
