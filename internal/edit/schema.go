package edit

import "net/http"

// schema answers GET api/schema?kind=…&lang=…: the form's fields, from
// the field table of package content.
func (s *Server) schema(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusNotImplemented, "the schema comes with content.Fields")
}
