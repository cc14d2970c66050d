package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFileRefusesWhatASiteMustNotRead(t *testing.T) {
	root := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(secret, []byte("secret"), 0o644))
	must(os.MkdirAll(filepath.Join(root, "static", "img"), 0o755))
	must(os.MkdirAll(filepath.Join(root, ".git"), 0o755))
	must(os.WriteFile(filepath.Join(root, ".git", "config"), []byte("token"), 0o644))
	must(os.WriteFile(filepath.Join(root, "static", "a.txt"), []byte("a"), 0o644))
	must(os.Symlink("a.txt", filepath.Join(root, "static", "same.txt")))
	must(os.Symlink(secret, filepath.Join(root, "static", "out.txt")))
	must(os.Symlink("../../.git/config", filepath.Join(root, "static", "img", "git.txt")))
	must(os.Symlink(filepath.Dir(secret), filepath.Join(root, "static", "dir")))
	must(syscall.Mkfifo(filepath.Join(root, "static", "pipe"), 0o644))

	for _, c := range []struct{ rel, want string }{
		{"static/a.txt", "a"},
		{"static/same.txt", "a"},
		{"static/out.txt", "static/out.txt: is a link to " + secret + ", outside the site folder"},
		{"static/img/git.txt", "static/img/git.txt: is a link into the site's Git repository"},
		{"static/dir/secret", "static/dir/secret: is a link to " + secret + ", outside the site folder"},
		{"static/pipe", "static/pipe: is a named pipe (FIFO), not a regular file"},
		{"static/img", "static/img: is a folder where a file was expected"},
	} {
		data, err := ReadFile(root, c.rel)
		got := string(data)
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("ReadFile(%s) = %q; want %q", c.rel, got, c.want)
		}
	}
	if _, err := ReadFile(root, "static/none"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v; want fs.ErrNotExist", err)
	}
	// Walking lists links and pipes; reading them is what fails.
	var read []string
	err := fs.WalkDir(Dir(root, "static"), ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if _, err := fs.ReadFile(Dir(root, "static"), p); err == nil {
				read = append(read, p)
			}
		}
		return err
	})
	if err != nil || strings.Join(read, " ") != "a.txt same.txt" {
		t.Errorf("walking static/ read %v (%v); want a.txt same.txt", read, err)
	}
	if Dir(root, "layouts") != nil {
		t.Error("a missing folder is not nil")
	}
}
