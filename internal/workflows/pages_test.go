package workflows

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// workflow is the part of a GitHub workflow file these tests read.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		Needs       any               `yaml:"needs"`
		Permissions map[string]string `yaml:"permissions"`
		Environment struct {
			Name string `yaml:"name"`
		} `yaml:"environment"`
		Steps []step `yaml:"steps"`
	} `yaml:"jobs"`
}

type step struct {
	ID   string            `yaml:"id"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	Env  map[string]string `yaml:"env"`
	With map[string]string `yaml:"with"`
}

// readWorkflow returns the text of .github/workflows/name and its parse.
func readWorkflow(t *testing.T, name string) (string, workflow) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(workflowDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(src, &wf); err != nil {
		t.Fatalf("%s is not valid YAML: %v", name, err)
	}
	return string(src), wf
}

// The editors' workflow does what the README says: on a push to main it
// sets up Go from go.mod, checks the content (as GitHub annotations), builds
// with the base URL that configure-pages reports, uploads public/ and
// deploys. It runs no test suite and installs nothing, so it needs no root
// and no browser, and each job has only the permissions it uses.
func TestPagesWorkflowPublishesWithoutTests(t *testing.T) {
	src, wf := readWorkflow(t, "pages.yml")
	for _, banned := range []string{"apt-get", "sudo", "go test", ".ci/run", "chromium"} {
		if strings.Contains(src, banned) {
			t.Errorf("pages.yml mentions %q; publishing must not install anything or run the tests", banned)
		}
	}
	push, _ := wf.On["push"].(map[string]any)
	if branches, _ := push["branches"].([]any); len(branches) != 1 || branches[0] != "main" {
		t.Errorf("does not run on pushes to main: %v", wf.On["push"])
	}
	if _, ok := wf.On["workflow_dispatch"]; !ok {
		t.Error("cannot be run from the Actions tab (no workflow_dispatch)")
	}
	if len(wf.Permissions) != 0 {
		t.Errorf("workflow-wide permissions %v; give each job its own", wf.Permissions)
	}
	b := wf.Jobs["build"]
	if len(b.Permissions) != 1 || b.Permissions["contents"] != "read" {
		t.Errorf("build job permissions %v; want contents: read only", b.Permissions)
	}
	var order []string
	pagesID := ""
	for _, s := range b.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/checkout@"):
			order = append(order, "checkout")
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			if s.With["go-version-file"] != "go.mod" {
				t.Error("setup-go does not take the version from go.mod")
			}
			order = append(order, "setup-go")
		case strings.HasPrefix(s.Uses, "actions/configure-pages@"):
			pagesID = s.ID
			order = append(order, "configure-pages")
		case strings.Contains(s.Run, "skupaj check"):
			if !strings.Contains(s.Run, "-format github") {
				t.Errorf("the check does not annotate the files: %q", s.Run)
			}
			order = append(order, "check")
		case strings.Contains(s.Run, "skupaj build"):
			usesBase := strings.Contains(s.Run, "steps."+pagesID+".outputs.base_url")
			for name, v := range s.Env {
				usesBase = usesBase || (strings.Contains(v, "steps."+pagesID+".outputs.base_url") && strings.Contains(s.Run, `"$`+name+`/"`))
			}
			if pagesID == "" || !usesBase {
				t.Errorf("the build does not use configure-pages' base_url: %q %v", s.Run, s.Env)
			}
			order = append(order, "build")
		case strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@"):
			if s.With["path"] != "public" {
				t.Errorf("uploads %q, not public", s.With["path"])
			}
			order = append(order, "upload")
		default:
			t.Errorf("unexpected step in the build job: %+v", s)
		}
	}
	if got := strings.Join(order, " "); got != "checkout setup-go configure-pages check build upload" {
		t.Errorf("build steps: %s", got)
	}
	d := wf.Jobs["deploy"]
	if d.Needs != "build" || d.Environment.Name != "github-pages" || len(d.Steps) != 1 || !strings.HasPrefix(d.Steps[0].Uses, "actions/deploy-pages@") {
		t.Errorf("deploy job: needs %v, environment %q, steps %+v", d.Needs, d.Environment.Name, d.Steps)
	}
	if len(d.Permissions) != 2 || d.Permissions["pages"] != "write" || d.Permissions["id-token"] != "write" {
		t.Errorf("deploy job permissions %v; want pages: write and id-token: write only", d.Permissions)
	}
}
