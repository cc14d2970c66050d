package serve

import (
	"fmt"
	"net/http"
)

// events streams server-sent events to one open page: "reload" after each
// build.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ch := make(chan int, 4)
	s.clientsMu.Lock()
	s.clients[ch] = true
	s.clientsMu.Unlock()
	defer func() {
		s.clientsMu.Lock()
		delete(s.clients, ch)
		s.clientsMu.Unlock()
	}()
	fmt.Fprint(w, ": connected\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case n, open := <-ch:
			if !open {
				return
			}
			fmt.Fprintf(w, "event: reload\ndata: %d\n\n", n)
			flusher.Flush()
		}
	}
}

// broadcast tells every open page that build n finished.
func (s *Server) broadcast(n int) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for ch := range s.clients {
		select {
		case ch <- n:
		default: // a slow page gets the next one
		}
	}
}

func (s *Server) closeClients() {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for ch := range s.clients {
		close(ch)
		delete(s.clients, ch)
	}
}
