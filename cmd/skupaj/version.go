package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version, when set at release time with -ldflags "-X main.version=v1.2.3",
// is what `skupaj version` prints; otherwise the binary's build record says.
var version string

func cmdVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "Prints the version of skupaj: the module version and the commit it was built from.", stderr)
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	v := version
	if v == "" {
		info, ok := debug.ReadBuildInfo()
		if !ok {
			info = &debug.BuildInfo{}
		}
		v = versionOf(info)
	}
	fmt.Fprintln(stdout, "skupaj", v)
	return 0
}

// versionOf describes a build from its record: the module version ("v1.2.3"
// when installed with go install, a pseudo-version when built in a git
// checkout, "(devel)" when Go knows none) and, when built in a checkout,
// the commit's first 12 hex digits, with "-dirty" when the checkout had
// changes: "v0.0.0-20261205105247-13ad514abcde+dirty 13ad514abcde-dirty".
func versionOf(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return v + " " + rev
}
