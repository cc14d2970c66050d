package edit

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
)

// TokenHeader carries the per-process token on every request that writes
// (or reads a draft): a page of another site cannot know it.
const TokenHeader = "X-Skupaj-Token"

// newToken is a random token for one run of the server.
func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on the systems Go supports
	}
	return hex.EncodeToString(b)
}

// localHost reports whether the request names the server as localhost,
// 127.0.0.1 or [::1] (any port): a page of another site that made its
// name point at 127.0.0.1 (DNS rebinding) sends its own name.
func localHost(r *http.Request) bool {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	switch strings.ToLower(strings.Trim(host, "[]")) {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	return false
}

// sameOrigin reports whether the request comes from a page of this
// server: its Origin is present and is http:// and the Host it was sent to.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	return o != "" && strings.EqualFold(o, "http://"+r.Host)
}

// refused says why a request may not use the editor, or "" when it may:
// every request must name a local host; a POST must come from the
// server's own origin and carry the token.
func (s *Server) refused(r *http.Request) string {
	if !localHost(r) {
		return "the editor answers only at localhost, 127.0.0.1 or [::1]"
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return ""
	}
	if !sameOrigin(r) {
		return "the request does not come from this server's own pages (Origin)"
	}
	got := r.Header.Get(TokenHeader)
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
		return "the request lacks this server's token (" + TokenHeader + "): reload the form"
	}
	return ""
}
