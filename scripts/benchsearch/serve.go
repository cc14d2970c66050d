package main

import (
	"bytes"
	"compress/gzip"
	"crypto/tls"
	"crypto/x509"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// server serves a built site as GitHub Pages does where it matters for
// bytes and time: HTTP/2 over TLS (one connection carries every request at
// once; over HTTP/1.1 Chromium opens at most 6 connections to a host and
// queues the rest), folders answer with their index.html, text (HTML, CSS,
// JS, JSON, XML, SVG) is gzipped when the browser accepts it, and
// responses carry a Content-Length and validators. It records what each
// path cost on the wire.
type server struct {
	root  string
	ts    *httptest.Server
	URL   string
	Cert  *x509.Certificate // the self-signed certificate of the TLS server; nil over plain HTTP/1.1
	Proto string            // "HTTP/2 over TLS" or "HTTP/1.1"
	over  map[string][]byte // path → body served instead of the file's (-rebundle)

	mu   sync.Mutex
	gz   map[string][]byte // path → gzipped body, made once
	sent map[string]sent   // path → its last response
}

// sent is what one response cost.
type sent struct {
	status       int
	header, body int // bytes on the wire: status line and headers, body as sent
	raw          int // the file's bytes
	gzipped      bool
}

// startServer serves root on 127.0.0.1: over HTTP/2 with TLS and a
// self-signed certificate made at start, or over plain HTTP/1.1 with
// http1. A path of over is answered with its bytes instead of the file's.
func startServer(root string, http1 bool, over map[string][]byte) (*server, error) {
	s := &server{root: root, over: over, gz: map[string][]byte{}, sent: map[string]sent{}}
	s.ts = httptest.NewUnstartedServer(s)
	if http1 {
		s.ts.Start()
		s.Proto = "HTTP/1.1"
	} else {
		cert, err := selfSigned()
		if err != nil {
			return nil, err
		}
		s.ts.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
		s.ts.EnableHTTP2 = true
		s.ts.StartTLS()
		s.Cert = s.ts.Certificate()
		s.Proto = "HTTP/2 over TLS"
	}
	s.URL = s.ts.URL
	return s, nil
}

func (s *server) Close() { s.ts.Close() }

// compressible are the types GitHub Pages gzips.
func compressible(ctype string) bool {
	t, _, _ := strings.Cut(ctype, ";")
	return strings.HasPrefix(t, "text/") || t == "application/json" || t == "application/javascript" ||
		t == "application/xml" || t == "image/svg+xml" || t == "application/atom+xml"
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	file := filepath.Join(s.root, filepath.FromSlash(p))
	if st, err := os.Stat(file); err == nil && st.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		file = filepath.Join(file, "index.html")
	}
	data, ok := s.over[p]
	var err error
	if !ok {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		s.write(w, p, http.StatusNotFound, "text/plain; charset=utf-8", []byte("404 page not found\n"), 0, false)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(file))
	if ctype == "" {
		ctype = http.DetectContentType(data)
	}
	if filepath.Ext(file) == ".js" {
		ctype = "application/javascript; charset=utf-8"
	}
	body, gz := data, false
	if compressible(ctype) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		body, gz = s.gzipped(p, data), true
	}
	s.write(w, p, http.StatusOK, ctype, body, len(data), gz)
}

// gzipped returns the gzipped data of path p, compressing it once.
func (s *server) gzipped(p string, data []byte) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.gz[p]; ok {
		return b
	}
	b := gzipBytes(data)
	s.gz[p] = b
	return b
}

func gzipBytes(data []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

func (s *server) write(w http.ResponseWriter, p string, status int, ctype string, body []byte, raw int, gz bool) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Cache-Control", "max-age=600")
	if gz {
		h.Set("Content-Encoding", "gzip")
		h.Set("Vary", "Accept-Encoding")
	}
	w.WriteHeader(status)
	w.Write(body)
	// The header block as net/http writes it over HTTP/1.1: status line,
	// the headers above and Date, and the blank line (over HTTP/2, HPACK
	// sends less: an upper bound there).
	n := len("HTTP/1.1 200 OK\r\n") + len("Date: Mon, 02 Jan 2006 15:04:05 GMT\r\n") + 2
	for k, vs := range h {
		for _, v := range vs {
			n += len(k) + 2 + len(v) + 2
		}
	}
	s.mu.Lock()
	s.sent[p] = sent{status: status, header: n, body: len(body), raw: raw, gzipped: gz}
	s.mu.Unlock()
}

// cost returns what the last response for path p cost.
func (s *server) cost(p string) (sent, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.sent[p]
	return c, ok
}
