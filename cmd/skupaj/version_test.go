package main

import (
	"debug/buildinfo"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionOf(t *testing.T) {
	setting := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	for _, tc := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261205105247-a4691bfa139e"},
			Settings: setting("vcs", "git", "vcs.revision", "a4691bfa139e429172ce8dd642d8d8c30e10a59d", "vcs.modified", "false")},
			"v0.0.0-20261205105247-a4691bfa139e a4691bfa139e"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261205105247-a4691bfa139e+dirty"},
			Settings: setting("vcs.revision", "a4691bfa139e429172ce8dd642d8d8c30e10a59d", "vcs.modified", "true")},
			"v0.0.0-20261205105247-a4691bfa139e+dirty a4691bfa139e-dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
		{debug.BuildInfo{}, "(devel)"},
	} {
		if got := versionOf(&tc.info); got != tc.want {
			t.Errorf("versionOf(%+v) = %q, want %q", tc.info, got, tc.want)
		}
	}
}

// A binary made with go build says what it was built from, as its build
// record has it (module version, and the commit where Go can see the
// repository), and -ldflags "-X main.version=…" still overrides it.
func TestVersionOfABuiltBinary(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	build := func(name string, flags ...string) string {
		bin := filepath.Join(dir, name)
		// -buildvcs=auto is go build's default; say it, so that a GOFLAGS of
		// the machine cannot change what is tested.
		args := append([]string{"build", "-buildvcs=auto", "-o", bin}, flags...)
		cmd := exec.Command("go", append(args, "./cmd/skupaj")...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		return bin
	}
	version := func(bin string) string {
		out, err := exec.Command(bin, "version").Output()
		if err != nil {
			t.Fatalf("%s version: %v", bin, err)
		}
		return string(out)
	}

	bin := build("skupaj")
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	got := version(bin)
	if want := "skupaj " + versionOf(info) + "\n"; got != want {
		t.Errorf("skupaj version = %q, want %q (from the binary's build record)", got, want)
	}
	// Go records the commit when the module is in a git checkout whose .git
	// is a folder (a worktree's .git is a file, and Go looks no further).
	revision := ""
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			revision = s.Value
		}
	}
	if fi, err := os.Stat(filepath.Join(root, ".git")); err == nil && fi.IsDir() {
		head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
		if err != nil {
			t.Fatal(err)
		}
		if revision != strings.TrimSpace(string(head)) || !strings.Contains(got, " "+revision[:12]) {
			t.Errorf("in a git checkout at %s: skupaj version = %q, build record revision %q", strings.TrimSpace(string(head)), got, revision)
		}
	} else if revision != "" || got != "skupaj (devel)\n" {
		t.Errorf("outside a git checkout: skupaj version = %q, revision %q; want skupaj (devel)", got, revision)
	}

	if got := version(build("skupaj-release", "-ldflags", "-X main.version=v9.9.9")); got != "skupaj v9.9.9\n" {
		t.Errorf("with -ldflags -X main.version=v9.9.9: %q", got)
	}
}
