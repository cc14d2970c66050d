// Package skupaj holds the default theme that every skupaj site starts
// from: the layouts and static files of this repository, built into the
// binary. A site's own layouts/ and static/ override them file by file.
package skupaj

import (
	"embed"
	"io/fs"
)

//go:embed layouts static
var theme embed.FS

// Layouts are the default layouts (layouts/ of this repository).
func Layouts() fs.FS { sub, _ := fs.Sub(theme, "layouts"); return sub }

// Static are the default static files (static/ of this repository).
func Static() fs.FS { sub, _ := fs.Sub(theme, "static"); return sub }
