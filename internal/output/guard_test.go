package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOutputFolderMustBeTheBuildsOwn(t *testing.T) {
	base := t.TempDir()
	site := filepath.Join(base, "site")
	writeFile(t, filepath.Join(site, "content", "site.yaml"), "x")
	writeFile(t, filepath.Join(base, "sibling", "keep.txt"), "keep")
	writeFile(t, filepath.Join(base, "repo", ".git", "HEAD"), "ref")
	writeFile(t, filepath.Join(base, "notes", "my-notes.txt"), "mine")
	g := Guard{Site: site, Sources: []string{filepath.Join(site, "content"), filepath.Join(site, "static")}}
	for _, c := range []struct{ out, says string }{
		{site, "is the site folder"},
		{base, "holds the site folder"},
		{filepath.Join(site, "content"), "is the site's folder content/"},
		{filepath.Join(site, "content", "en"), "lies inside the site's folder content/"},
		{filepath.Join(site, "static", "x"), "lies inside the site's folder static/"},
		{filepath.Join(base, "repo"), "holds a Git repository"},
		{filepath.Join(base, "repo", ".git", "x"), ".git folder"},
		{filepath.Join(base, "notes"), "not empty and was not made by skupaj build"},
		{filepath.Join(site, "content", "site.yaml"), "lies inside the site's folder content/"},
		{filepath.Join(site, ".public.spare"), "makes the next version of " + filepath.Join(site, "public")},
		{filepath.Join(site, ".public.new-123"), "makes the next version of " + filepath.Join(site, "public")},
	} {
		d, err := Begin(c.out, g)
		if err == nil {
			d.Abort()
			t.Errorf("output %s was accepted", c.out)
			continue
		}
		if !strings.Contains(err.Error(), c.out) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("output %s: %v; want the folder named and %q", c.out, err, c.says)
		}
	}
	if got := tree(t, base); len(got) != 4 {
		t.Errorf("files after refused builds: %v", got)
	}
	// A new, an empty and a marked folder are the build's.
	empty := filepath.Join(base, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{filepath.Join(site, "public"), filepath.Join(base, "new", "out"), empty, empty} {
		d, err := Begin(out, g)
		if err != nil {
			t.Errorf("output %s refused: %v", out, err)
			continue
		}
		if err := d.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	// The default output, made before outputs were marked, is adopted.
	writeFile(t, filepath.Join(base, "old-public", "index.html"), "old")
	g.Adopt = true
	d, err := Begin(filepath.Join(base, "old-public"), g)
	if err != nil {
		t.Fatalf("adopting an unmarked output: %v", err)
	}
	d.Abort()
}

// An output folder that is a link is replaced where it points; the link
// stays.
func TestOutputLinkIsFollowed(t *testing.T) {
	base := t.TempDir()
	real := filepath.Join(base, "www")
	commit(t, real, map[string]string{"index.html": "old"})
	link := filepath.Join(base, "public")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	commit(t, link, map[string]string{"index.html": "new"})
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v", err)
	}
	sameTree(t, real, withMarker(map[string]string{"index.html": "new"}))
}
