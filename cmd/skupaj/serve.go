package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/serve"
)

func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", `Previews the site on localhost: builds it into memory, rebuilds when a file in
content/, layouts/ or static/ changes, and reloads open pages. A build error
is shown over the page until the file is fixed. Every page has an Edit link
to a form that saves the page into content/ (see -no-edit). Stop with Ctrl-C.`, stderr)
	src := fs.String("source", ".", "the site's folder")
	port := fs.Int("port", 1313, "port to listen on (0: any free port)")
	bind := fs.String("bind", "127.0.0.1", "address to listen on")
	noEdit := fs.Bool("no-edit", false, "turn the editor off: no Edit links, no forms, nothing written")
	base := fs.String("base-path", "", `path the site lives below, e.g. "/handbook/" (default: the path of base_url)`)
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	basePath := *base
	if basePath == "" {
		if cfg, err := config.Load(*src); err == nil {
			basePath = cfg.BasePath()
		} else {
			basePath = "/"
		}
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*bind, strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintln(stderr, "skupaj serve:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logf := func(format string, args ...any) { fmt.Fprintf(stdout, format+"\n", args...) }
	fmt.Fprintf(stdout, "serving on http://%s%s (Ctrl-C to stop)\n", ln.Addr(), basePath)
	s := serve.New(serve.Options{Root: *src, BasePath: basePath, Edit: !*noEdit, Log: logf})
	if err := s.Run(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "skupaj serve:", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}
