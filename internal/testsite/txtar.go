package testsite

import "golang.org/x/tools/txtar"

// Txtar is the files of a txtar archive ("-- path --" lines, each followed
// by the file's text), so that a fixture site reads like a page of text.
// Combine it with With to change files of another site.
func Txtar(archive string) map[string]string {
	out := map[string]string{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		out[f.Name] = string(f.Data)
	}
	return out
}
