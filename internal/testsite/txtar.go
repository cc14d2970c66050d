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
	files, err := Txtar(archive)
	if err != nil {
		t.Fatal(err)
	}
	return Write(t, files)
}

// Txtar reads a txtar archive into files (slash paths to contents), for
// Write and With. An archive with no file, or with a path twice, is an
// error: a mistyped "-- path --" line would otherwise go unseen.
func Txtar(archive string) (map[string]string, error) {
	a := txtar.Parse([]byte(archive))
	if len(a.Files) == 0 {
		return nil, fmt.Errorf("the txtar archive has no file (no line \"-- path --\")")
	}
	files := map[string]string{}
	for _, f := range a.Files {
		if _, dup := files[f.Name]; dup {
			return nil, fmt.Errorf("the txtar archive has %s twice", f.Name)
		}
		files[f.Name] = string(f.Data)
	}
	return files, nil
}
