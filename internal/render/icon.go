package render

import (
	"html/template"
	"io/fs"
	"strings"
	"sync"
)

// iconFile is the site's icon among its static files.
const iconFile = "favicon.svg"

// svgURI escapes what a data: URI of SVG text cannot hold as is.
var svgURI = strings.NewReplacer("%", "%25", "#", "%23", "<", "%3C", ">", "%3E", `"`, "%22", "\n", "%0A", "\r", "%0D", "\t", "%09")

// Icon is the site's icon (static/favicon.svg) as a data: URI, so that no
// page makes a request for it (a first search counts every request); the
// icon's address when the site has none to read.
func (v *View) Icon() template.URL {
	return v.r.icon()
}

// readIcon makes the Icon of the site's static files once.
func readIcon(static fs.FS, address string) func() template.URL {
	return sync.OnceValue(func() template.URL {
		if static != nil {
			if data, err := fs.ReadFile(static, iconFile); err == nil {
				return template.URL("data:image/svg+xml," + svgURI.Replace(strings.TrimSpace(string(data))))
			}
		}
		return template.URL(address)
	})
}
