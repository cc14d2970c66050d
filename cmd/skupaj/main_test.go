package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpAndVersion(t *testing.T) {
	if code, out, _ := runCmd("version"); code != 0 || !strings.HasPrefix(out, "skupaj ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCmd("--help"); code != 0 || !strings.Contains(out, "build     build the site") {
		t.Errorf("--help: %d %q", code, out)
	}
	for _, cmd := range []string{"build", "check"} {
		code, _, errs := runCmd(cmd, "-help")
		if code != 0 || !strings.Contains(errs, "Usage: skupaj "+cmd) || !strings.Contains(errs, "-source") {
			t.Errorf("%s -help: %d %q", cmd, code, errs)
		}
	}
	if code, _, errs := runCmd("bild"); code != 2 || !strings.Contains(errs, `unknown command "bild"`) {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	if code, _, _ := runCmd(); code != 2 {
		t.Errorf("no command: exit %d", code)
	}
}

func TestBuildAndCheckCommands(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	code, out, errs := runCmd("check", "-source", root)
	if code != 0 || !strings.Contains(out, "ok: ") {
		t.Fatalf("check: %d %q %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("check wrote public/")
	}
	code, out, errs = runCmd("build", "-source", root, "-base-url", "https://org.github.io/handbook/")
	if code != 0 || !strings.HasPrefix(out, "built ") {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	page, err := os.ReadFile(filepath.Join(root, "public/cases/alpha/index.html"))
	if err != nil || !bytes.Contains(page, []byte(`href="/handbook/partners/red-cross/"`)) {
		t.Errorf("--base-url not applied: %v", err)
	}
	bad := filepath.Join(root, "content/en/tools/checklist.md")
	os.WriteFile(bad, []byte("---\ntitle: Checklist\nweigth: 1\n---\n"), 0o644)
	code, _, errs = runCmd("build", "-source", root)
	if code != 1 || !strings.Contains(errs, `content/en/tools/checklist.md:3: unknown field "weigth" in a tool; did you mean "weight"?`) ||
		!strings.Contains(errs, "build failed: 3 problems\n") {
		t.Errorf("failed build: %d %q", code, errs)
	}
}

// TestBuildProfiles wants -cpuprofile and -memprofile to write profiles
// that go tool pprof reads (gzipped protocol buffers).
func TestBuildProfiles(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	cpu, mem := filepath.Join(t.TempDir(), "cpu.prof"), filepath.Join(t.TempDir(), "mem.prof")
	code, out, errs := runCmd("build", "-source", root, "-cpuprofile", cpu, "-memprofile", mem)
	if code != 0 || !strings.HasPrefix(out, "built ") {
		t.Fatalf("build: %d %q %q", code, out, errs)
	}
	for _, p := range []string{cpu, mem} {
		data, err := os.ReadFile(p)
		if err != nil || len(data) < 100 || data[0] != 0x1f || data[1] != 0x8b {
			t.Errorf("%s: %d bytes, %v; want a gzipped profile", filepath.Base(p), len(data), err)
		}
	}
}
