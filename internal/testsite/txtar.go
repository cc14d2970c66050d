package testsite

import "golang.org/x/tools/txtar"

// Txtar reads the files of a txtar archive (golang.org/x/tools/txtar), the
// form a fixture site is written in, as Write and With take them: slash
// paths to contents. Text before the first file is a comment and ignored.
func Txtar(archive string) map[string]string {
	files := map[string]string{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		files[f.Name] = string(f.Data)
	}
	return files
}
