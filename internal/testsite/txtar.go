package testsite

import "golang.org/x/tools/txtar"

// Files reads a fixture written as a txtar archive: each file of the
// archive is a file of the site, by its slash path from the site root.
// Write(t, Files(archive)) creates the site.
func Files(archive string) map[string]string {
	files := map[string]string{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		files[f.Name] = string(f.Data)
	}
	return files
}
