package edit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"strings"

	"github.com/skupaj/skupaj/internal/slug"
)

// maxUpload is the largest image the editor takes.
const maxUpload = 5 << 20

// imageTypes are the images the editor takes, by the type their bytes
// show, with the extension they are saved with. SVG is refused: it can
// carry scripts that would run on the site's pages.
var imageTypes = map[string]string{"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif"}

// ImageDir is where uploaded images go, below static/.
const ImageDir = "images"

// upload answers POST api/upload (multipart: file, alt): it saves the
// image into static/images/ and returns its path and the Markdown that
// shows it with its alt text.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload+1<<20)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		fail(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the image is too large or not sent as a form: images up to %d MB", maxUpload>>20))
		return
	}
	alt := strings.TrimSpace(r.FormValue("alt"))
	if alt == "" {
		fail(w, http.StatusBadRequest, "describe what the image shows (alt text): people who cannot see it hear this text read out")
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		fail(w, http.StatusBadRequest, "no image in the request (field file)")
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxUpload+1))
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(data) > maxUpload {
		fail(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the image is larger than %d MB: make it smaller", maxUpload>>20))
		return
	}
	ext, ok := imageTypes[http.DetectContentType(data)]
	if !ok {
		fail(w, http.StatusUnsupportedMediaType, "the editor takes PNG, JPEG, WebP and GIF images (not SVG, which can carry scripts)")
		return
	}
	name := slug.Make("en", strings.TrimSuffix(path.Base(hdr.Filename), path.Ext(hdr.Filename)))
	if name == "" {
		name = "image"
	}
	s.save.Lock()
	defer s.save.Unlock()
	rel, err := s.freeImageName(name, ext, data)
	if err == nil {
		var disk string
		if disk, err = local(s.opts.Root, rel); err == nil {
			err = writeFile(disk, data)
		}
	}
	if err != nil {
		status := http.StatusInternalServerError
		if errors.As(err, new(linkError)) {
			status = http.StatusBadRequest
		}
		fail(w, status, err.Error())
		return
	}
	url := "/" + strings.TrimPrefix(rel, "static/")
	reply(w, http.StatusOK, map[string]string{"path": url, "markdown": "![" + escapeAlt(alt) + "](" + url + ")"})
}

// freeImageName is the path (from the site root) for an image called
// name: name itself, or name-2, name-3… when another image has it; an
// image with the same bytes is the same file.
func (s *Server) freeImageName(name, ext string, data []byte) (string, error) {
	for n := 1; n < 1000; n++ {
		base := name
		if n > 1 {
			base = fmt.Sprintf("%s-%d", name, n)
		}
		rel := path.Join("static", ImageDir, base+ext)
		disk, err := local(s.opts.Root, rel)
		if err != nil {
			return "", err
		}
		old, err := os.ReadFile(disk)
		if errors.Is(err, os.ErrNotExist) || err == nil && bytes.Equal(old, data) {
			return rel, nil
		}
	}
	return "", errors.New("too many images of that name: rename the file")
}

// escapeAlt keeps alt text inside the brackets of ![alt](…).
func escapeAlt(s string) string {
	return strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "\n", " ", "\r", " ").Replace(s)
}
