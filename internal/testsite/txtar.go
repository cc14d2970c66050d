package testsite

import (
	"fmt"
	"testing"

	"golang.org/x/tools/txtar"
)

// FromTxtar creates a site in a new temporary folder from a txtar archive
// (each "-- path --" line starts a file, with a slash path below the site's
// root) and returns its root. As with Write, content/site.yaml is Config
// unless the archive has one. The archive's comment, the text before the
// first file, is for the reader.
func FromTxtar(t testing.TB, archive string) string {
	t.Helper()
	return Write(t, Txtar(archive))
}

// Txtar reads the files of a txtar archive (golang.org/x/tools/txtar), the
// form a fixture site is written in, as Write and With take them: slash
// paths to contents. An archive with no file, or with a path twice, is a
// mistake in the test (a mistyped "-- path --" line would otherwise go
// unseen), and Txtar panics.
func Txtar(archive string) map[string]string {
	a := txtar.Parse([]byte(archive))
	if len(a.Files) == 0 {
		panic(`testsite.Txtar: the archive has no file (no line "-- path --")`)
	}
	files := map[string]string{}
	for _, f := range a.Files {
		if _, dup := files[f.Name]; dup {
			panic(fmt.Sprintf("testsite.Txtar: the archive has %s twice", f.Name))
		}
		files[f.Name] = string(f.Data)
	}
	return files
}
