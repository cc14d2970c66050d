package edit

import (
	"bytes"
	"image"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var pngBytes = func() []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		panic(err)
	}
	return b.Bytes()
}()

// uploadImage sends an image as the form does and returns the status.
func uploadImage(t *testing.T, srv *httptest.Server, s *Server, name string, data []byte, alt string, change func(*http.Request)) int {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("alt", alt)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	req, _ := http.NewRequest("POST", srv.URL+"/"+Path+"api/upload", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set(TokenHeader, s.Token())
	req.Header.Set("Origin", srv.URL)
	if change != nil {
		change(req)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestUploadTakesImagesWithAltTextIntoStatic(t *testing.T) {
	root, srv, s := editor(t)
	if code := uploadImage(t, srv, s, "Bralni vrt.PNG", pngBytes, "Police s knjigami", nil); code != 200 {
		t.Fatalf("upload: %d", code)
	}
	got, err := os.ReadFile(filepath.Join(root, "static/images/bralni-vrt.png"))
	if err != nil || !bytes.Equal(got, pngBytes) {
		t.Fatalf("the image is not in static/images/: %v", err)
	}
	// Another image of the same name does not replace it.
	other := append(append([]byte(nil), pngBytes...), 0)
	if code := uploadImage(t, srv, s, "bralni-vrt.png", other, "Drugo", nil); code != 200 {
		t.Fatalf("upload: %d", code)
	}
	if _, err := os.Stat(filepath.Join(root, "static/images/bralni-vrt-2.png")); err != nil {
		t.Error("a second image of one name did not get its own file")
	}
	before := files(t, root)
	for why, c := range map[string]struct {
		name, alt string
		data      []byte
		code      int
	}{
		"no alt text":     {"a.png", " ", pngBytes, http.StatusBadRequest},
		"SVG":             {"a.svg", "A", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), http.StatusUnsupportedMediaType},
		"HTML named .png": {"a.png", "A", []byte("<!doctype html><script>alert(1)</script>"), http.StatusUnsupportedMediaType},
		"too large":       {"big.png", "A", append(append([]byte(nil), pngBytes...), make([]byte, maxUpload)...), http.StatusRequestEntityTooLarge},
		"a path as name":  {"../../../evil.png", "A", pngBytes, http.StatusOK},
	} {
		if code := uploadImage(t, srv, s, c.name, c.data, c.alt, nil); code != c.code {
			t.Errorf("%s: status %d, want %d", why, code, c.code)
		}
	}
	after := files(t, root)
	for p := range after {
		if _, ok := before[p]; !ok && p != filepath.Join(root, "static/images/evil.png") {
			t.Errorf("a refused upload wrote %s", strings.TrimPrefix(p, root))
		}
	}
}
