package main

import (
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
	"golang.org/x/tools/txtar"
)

// writeSite writes the site of a txtar archive (one section per file) into
// a temporary folder and returns its root.
func writeSite(t *testing.T, archive string) string {
	t.Helper()
	files := map[string]string{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		files[f.Name] = string(f.Data)
	}
	return testsite.Write(t, files)
}
