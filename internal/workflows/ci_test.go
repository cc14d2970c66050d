package workflows

import (
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/chromium"
)

// The code's workflow runs on pull requests and pushes, installs Chromium
// with sudo (GitHub's runners are not root) where the browser tests look
// for it, and then runs the README's test command.
func TestCIWorkflowRunsEveryTestWithChromium(t *testing.T) {
	_, wf := readWorkflow(t, "ci.yml")
	for _, event := range []string{"pull_request", "push"} {
		if _, ok := wf.On[event]; !ok {
			t.Errorf("ci.yml does not run on %s", event)
		}
	}
	if len(wf.Permissions) != 1 || wf.Permissions["contents"] != "read" {
		t.Errorf("permissions %v; want contents: read only", wf.Permissions)
	}
	if len(wf.Jobs) != 1 {
		t.Fatalf("jobs %v; want one test job", wf.Jobs)
	}
	var order []string
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			switch {
			case strings.HasPrefix(s.Uses, "actions/setup-go@"):
				if s.With["go-version-file"] != "go.mod" {
					t.Error("setup-go does not take the version from go.mod")
				}
				order = append(order, "setup-go")
			case strings.Contains(s.Run, "apt-get install"):
				for _, line := range strings.Split(s.Run, "\n") {
					if strings.Contains(line, "apt-get") && !strings.Contains(line, "sudo apt-get") {
						t.Errorf("apt-get without sudo: %q", line)
					}
				}
				if !strings.Contains(s.Run, chromium.Path) {
					t.Errorf("the install step does not provide %s, where the browser tests look", chromium.Path)
				}
				order = append(order, "chromium")
			case strings.TrimSpace(s.Run) == "go test ./...":
				order = append(order, "test")
			}
		}
	}
	if got := strings.Join(order, " "); got != "setup-go chromium test" {
		t.Errorf("steps in order: %s; want setup-go chromium test", got)
	}
}
