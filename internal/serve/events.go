package serve

import (
	"fmt"
	"net/http"
)

// event is one server-sent event: its name and the build it tells of.
type event struct {
	name  string
	build int
}

// events streams server-sent events to one open page: "reload" or
// "search" after each build (see rebuild).
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ch := make(chan event, 4)
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
		case ev, open := <-ch:
			if !open {
				return
			}
			fmt.Fprintf(w, "event: %s\ndata: %d\n\n", ev.name, ev.build)
			flusher.Flush()
		}
	}
}

// broadcast tells every open page of ev.
func (s *Server) broadcast(ev event) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for ch := range s.clients {
		select {
		case ch <- ev:
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
