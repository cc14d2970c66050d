package edit

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
)

// saveHandler answers POST api/save: it writes the draft when the file on
// disk is still the one the form was opened on (a new page: when there is
// none) and the page has no errors.
func (s *Server) saveHandler(w http.ResponseWriter, r *http.Request) {
	var raw json.RawMessage
	cfg, ok := s.request(w, r, &raw)
	if !ok {
		return
	}
	var kind struct{ Kind string }
	_ = json.Unmarshal(raw, &kind)
	if kind.Kind == "term" {
		var req termRequest
		if err := json.Unmarshal(raw, &req); err != nil {
			fail(w, http.StatusBadRequest, "the request is not the JSON the editor sends: "+err.Error())
			return
		}
		s.saveTerm(w, cfg, &req)
		return
	}
	var req draftRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		fail(w, http.StatusBadRequest, "the request is not the JSON the editor sends: "+err.Error())
		return
	}
	// The draft reads the file under the lock: what it compares with the
	// form's version is what the write replaces.
	s.save.Lock()
	defer s.save.Unlock()
	d, ok := s.prepared(w, cfg, &req)
	if !ok {
		return // a file deleted since the form was opened is a 404
	}
	if d.exists && (req.Version == "" || version(d.old) != req.Version) { // made or changed since the form was opened
		reply(w, http.StatusConflict, map[string]any{"conflict": true, "version": version(d.old), "text": string(d.old)})
		return
	}
	res, err := s.checkDraft(d)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	if res.errors > 0 {
		reply(w, http.StatusUnprocessableEntity, map[string]any{"diagnostics": res.diagnostics})
		return
	}
	if err := writeFile(d.disk, d.src); err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	reply(w, http.StatusOK, map[string]string{"file": d.file(), "url": s.opts.BasePath + res.url, "version": version(d.src)})
}

// writeFile replaces the file at disk with data whole: a reader (the
// preview's watcher) sees the old file or the new one, never a part.
func writeFile(disk string, data []byte) error {
	dir := filepath.Dir(disk)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(disk); err == nil {
		mode = st.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, ".skupaj-edit-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), mode)
	}
	if err == nil {
		err = os.Rename(f.Name(), disk)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
