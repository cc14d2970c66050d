package workflows

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/rhysd/actionlint"
)

// workflowDir is the repository's .github/workflows, from this package.
const workflowDir = "../../.github/workflows"

// TestWorkflowsPassActionlint lints every workflow with actionlint's rules
// (expressions, action inputs, permissions, events, job dependencies).
// The shellcheck and pyflakes rules are off: they need programs that a
// machine may lack, and the test gives the same answer everywhere.
func TestWorkflowsPassActionlint(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(workflowDir, "*.y*ml"))
	if err != nil || len(files) < 2 {
		t.Fatalf("workflows: %v %v; want pages.yml and ci.yml at least", files, err)
	}
	var out bytes.Buffer
	l, err := actionlint.NewLinter(&out, &actionlint.LinterOptions{Shellcheck: "", Pyflakes: "", Oneline: true})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := l.LintFiles(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", e.Filepath, e.Line, e.Column, e.Message, e.Kind)
	}
}
