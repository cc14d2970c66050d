package build

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// hashTree is every file and link below dir with a hash of its bytes (or
// its link target).
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case info.Mode()&os.ModeSymlink != 0:
			target, err := os.Readlink(p)
			out[rel] = "link " + target
			return err
		case info.Mode().IsRegular():
			data, err := os.ReadFile(p)
			out[rel] = fmt.Sprintf("%x", sha256.Sum256(data))
			return err
		case !info.IsDir():
			out[rel] = info.Mode().String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameHashes(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d files; want %d", what, len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s changed or is gone", what, k)
		}
	}
}

// A site in a repository with an editor's own files beside it, and a
// sibling folder beside the repository.
func repoSite(t *testing.T) (base, root string) {
	t.Helper()
	root = testsite.Write(t, testsite.Minimal)
	for name, text := range map[string]string{"README.md": "# Handbook\n", "my-notes.txt": "mine\n", ".git/HEAD": "ref: refs/heads/main\n"} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base = filepath.Dir(root)
	sibling := filepath.Join(base, "sibling")
	if err := os.MkdirAll(sibling, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sibling, "keep.txt"), []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	return base, root
}

func TestOutputAtTheSourcesIsRefused(t *testing.T) {
	base, root := repoSite(t)
	foreign := filepath.Join(base, "foreign")
	if err := os.MkdirAll(foreign, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(foreign, "report.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(base, "other-repo")
	if err := os.MkdirAll(filepath.Join(other, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	before := hashTree(t, base)
	for _, out := range []string{
		root,                                // -out .
		filepath.Join(root, "content"),      // -out content
		filepath.Join(root, "content/en"),   // inside content
		filepath.Join(root, "static"),       // -out static
		filepath.Join(root, "layouts/x"),    // inside layouts
		filepath.Join(root, ".skupaj"),      // skupaj's own folder
		filepath.Join(root, ".git"),         // the repository
		base,                                // -out ..
		other,                               // another repository
		foreign,                             // a folder of someone's files
		filepath.Join(root, "my-notes.txt"), // a file
	} {
		_, err := Build(Options{Root: root, Out: out})
		if err == nil {
			t.Errorf("-out %s was accepted", out)
			continue
		}
		if !strings.Contains(err.Error(), "output folder "+out) {
			t.Errorf("-out %s: %v; want the folder named", out, err)
		}
	}
	sameHashes(t, "after refused builds", hashTree(t, base), before)
	// The default output and a folder of its own are allowed, again and again.
	for _, out := range []string{"", filepath.Join(base, "site-out"), "", filepath.Join(base, "site-out")} {
		if _, err := Build(Options{Root: root, Out: out, NoSearch: true}); err != nil {
			t.Errorf("-out %q: %v", out, err)
		}
	}
}

// outside writes a file outside the site and returns its path.
func outside(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLinksOutOfTheSiteAreRefused(t *testing.T) {
	secret := outside(t, "root:x:0:0:secret\n")
	secretPage := outside(t, "---\ntitle: Leak\n---\nroot:x:0:0:secret\n")
	for _, c := range []struct{ link, target string }{
		{"static/passwd.txt", secret},
		{"static/env.txt", "/proc/self/environ"},
		{"static/zero.bin", "/dev/zero"},
		{"static/css/base.css", secret}, // replacing a default file
		{"content/en/guidelines/leak.md", secretPage},
		{"content/taxonomies/sector.yaml", secret},
		{"layouts/i18n/en.yaml", secret},
		{"static/docs", filepath.Dir(secret)}, // a folder
	} {
		t.Run(c.link, func(t *testing.T) {
			root := testsite.Write(t, testsite.Minimal)
			if _, err := Build(Options{Root: root, NoSearch: true}); err != nil {
				t.Fatal(err)
			}
			pub := filepath.Join(root, "public")
			before := hashTree(t, pub)
			link := filepath.Join(root, filepath.FromSlash(c.link))
			os.Remove(link)
			if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(c.target, link); err != nil {
				t.Fatal(err)
			}
			_, err := Build(Options{Root: root, NoSearch: true})
			if err == nil || !strings.Contains(err.Error(), c.link) || !strings.Contains(err.Error(), "outside the site folder") {
				t.Fatalf("build with %s → %s: %v; want an error naming the link", c.link, c.target, err)
			}
			sameHashes(t, "public/ after the failed build", hashTree(t, pub), before)
			if _, _, err := NewSession(Options{Root: root}).Build(false); err == nil || !strings.Contains(err.Error(), c.link) {
				t.Errorf("the preview built %s: %v", c.link, err)
			}
		})
	}
}

func TestLinkInsideTheSiteIsPublished(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{"notes/terms.txt": "terms of use\n"}))
	if err := os.MkdirAll(filepath.Join(root, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../notes/terms.txt", filepath.Join(root, "static/terms.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root, NoSearch: true}); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(root, "public/terms.txt")); got != "terms of use\n" {
		t.Errorf("terms.txt = %q", got)
	}
}

// A named pipe is refused before anything opens it: opening it would wait
// for a writer forever.
func TestSpecialFilesAreRefused(t *testing.T) {
	for _, name := range []string{"content/en/guidelines/pipe.md", "static/pipe.txt", "layouts/i18n/en.yaml"} {
		t.Run(name, func(t *testing.T) {
			root := testsite.Write(t, testsite.Minimal)
			p := filepath.Join(root, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Build(Options{Root: root, NoSearch: true})
			if err == nil || !strings.Contains(err.Error(), name+": is a named pipe (FIFO)") {
				t.Errorf("build with a FIFO at %s: %v", name, err)
			}
		})
	}
}

func TestOversizedFilesAreRefused(t *testing.T) {
	for _, c := range []struct {
		name string
		size int64
		says string
	}{
		{"content/en/guidelines/huge.md", 10<<20 + 1, "is 10.0 MB; a file here may have at most 10.0 MB"},
		{"static/video.mp4", 50<<20 + 1, "is 50.0 MB; a file here may have at most 50.0 MB"},
	} {
		root := testsite.Write(t, testsite.Minimal)
		p := filepath.Join(root, filepath.FromSlash(c.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(p, c.size); err != nil { // sparse: nothing is written
			t.Fatal(err)
		}
		_, err := Build(Options{Root: root, NoSearch: true})
		if err == nil || !strings.Contains(err.Error(), c.name+": "+c.says) {
			t.Errorf("build with %s of %d bytes: %v", c.name, c.size, err)
		}
	}
}
