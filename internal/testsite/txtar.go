package testsite

import (
	"strings"

	"golang.org/x/tools/txtar"
)

// Txtar reads a fixture written as a txtar archive ("-- path --" lines,
// each followed by the file's text) into files for Write and With.
func Txtar(archive string) map[string]string {
	files := map[string]string{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		files[strings.TrimSpace(f.Name)] = string(f.Data)
	}
	return files
}
