package edit

import (
	"net/http"
	"os"
)

// page answers GET api/page?file=…: the page's fields, body and version.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	cfg, err := s.config()
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	file := r.URL.Query().Get("file")
	p, err := placeOf(cfg, file)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	disk, err := local(s.opts.Root, p.file())
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	src, err := os.ReadFile(disk)
	if err != nil {
		fail(w, http.StatusNotFound, errNoFile.Error())
		return
	}
	m, err := splitPage(src)
	if err != nil {
		fail(w, http.StatusUnprocessableEntity, file+": "+err.Error())
		return
	}
	fields := map[string]any{}
	for _, e := range m.entries {
		fields[e.key] = e.old()
	}
	reply(w, http.StatusOK, map[string]any{
		"file": p.file(), "kind": p.kind, "lang": p.lang, "id": p.id,
		"fields": fields, "body": string(m.body), "version": version(src),
	})
}
