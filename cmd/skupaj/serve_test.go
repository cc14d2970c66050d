//go:build unix

package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// skupaj serve listens on 127.0.0.1 unless told otherwise, and its pages
// link to the editor unless -no-edit turns it off. Ctrl-C (SIGINT) stops it.
func TestServeListensOnLoopbackWithTheEditorUnlessNoEdit(t *testing.T) {
	for _, noEdit := range []bool{false, true} {
		root := testsite.Write(t, testsite.Minimal)
		args := []string{"-source", root, "-port", "0"}
		if noEdit {
			args = append(args, "-no-edit")
		}
		pr, pw := io.Pipe()
		done := make(chan int, 1)
		go func() {
			done <- cmdServe(args, pw, io.Discard)
			pw.Close()
		}()
		sc := bufio.NewScanner(pr)
		if !sc.Scan() {
			t.Fatal("skupaj serve said nothing")
		}
		first := sc.Text()
		go io.Copy(io.Discard, pr)
		url, ok := strings.CutPrefix(first, "serving on ")
		if !ok || !strings.HasPrefix(url, "http://127.0.0.1:") {
			t.Fatalf("skupaj serve does not listen on 127.0.0.1: %q", first)
		}
		url = strings.Fields(url)[0]
		resp, err := http.Get(url + "cases/alpha/")
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if linked := strings.Contains(string(page), `rel="edit"`); linked == noEdit {
			t.Errorf("-no-edit %v: the page links to the editor: %v", noEdit, linked)
		}
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if code := <-done; code != 0 {
			t.Errorf("skupaj serve exited %d after Ctrl-C", code)
		}
	}
}
