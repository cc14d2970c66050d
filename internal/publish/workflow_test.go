package publish

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The GitHub Pages workflow is valid YAML and does what the README says:
// on a push to main it sets up Go from go.mod, runs the tests, builds with
// the base URL that configure-pages reports, uploads public/ and deploys.
func TestPagesWorkflow(t *testing.T) {
	src, err := os.ReadFile("../../.github/workflows/pages.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On struct {
			Push struct {
				Branches []string `yaml:"branches"`
			} `yaml:"push"`
		} `yaml:"on"`
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			Needs       any `yaml:"needs"`
			Environment struct {
				Name string `yaml:"name"`
			} `yaml:"environment"`
			Steps []struct {
				ID   string            `yaml:"id"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(src, &wf); err != nil {
		t.Fatalf("pages.yml is not valid YAML: %v", err)
	}
	if len(wf.On.Push.Branches) != 1 || wf.On.Push.Branches[0] != "main" {
		t.Errorf("does not run on pushes to main: %v", wf.On.Push.Branches)
	}
	if wf.Permissions["pages"] != "write" || wf.Permissions["id-token"] != "write" {
		t.Errorf("permissions %v lack pages: write and id-token: write", wf.Permissions)
	}
	b := wf.Jobs["build"]
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
		case strings.Contains(s.Run, ".ci/run") || strings.Contains(s.Run, "go test"):
			order = append(order, "test")
		case strings.Contains(s.Run, "skupaj build"):
			if pagesID == "" || !strings.Contains(s.Run, "steps."+pagesID+".outputs.base_url") {
				t.Errorf("the build does not use configure-pages' base_url: %q", s.Run)
			}
			order = append(order, "build")
		case strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@"):
			if s.With["path"] != "public" {
				t.Errorf("uploads %q, not public", s.With["path"])
			}
			order = append(order, "upload")
		}
	}
	if got := strings.Join(order, " "); got != "checkout setup-go configure-pages test build upload" {
		t.Errorf("build steps: %s", got)
	}
	d := wf.Jobs["deploy"]
	if d.Needs != "build" || d.Environment.Name != "github-pages" || len(d.Steps) != 1 || !strings.HasPrefix(d.Steps[0].Uses, "actions/deploy-pages@") {
		t.Errorf("deploy job: needs %v, environment %q, steps %+v", d.Needs, d.Environment.Name, d.Steps)
	}
}
