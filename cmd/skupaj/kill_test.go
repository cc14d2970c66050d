package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/pause"
	"github.com/skupaj/skupaj/internal/testsite"
)

// killPages is the size of the site the kill test rebuilds 18 times: a
// site of many pages and index files (1,741 files with the section
// files of format 8), whose builds the test kills at each named point
// (the point, not the size, decides what a kill leaves).
const killPages = 300

// A build killed anywhere leaves public/ exactly as the previous build
// made it or exactly as the new one would (its static search index
// included), and leftovers that the next build removes. The build pauses at a named
// point (SKUPAJ_PAUSE_AT) and the test sends SIGKILL there.
func TestKilledBuildLeavesOldOrNewOutput(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "skupaj")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root := t.TempDir()
	if err := testsite.Generate(root, testsite.GenOptions{Pages: killPages}); err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(root, "public")
	v := newVersions(t, root)

	build := func(pauseAt string) string {
		t.Helper()
		cmd := exec.Command(bin, "build", "-source", root)
		cmd.Env = append(os.Environ(), pause.Env+"="+pauseAt)
		if pauseAt == "" {
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("build: %v\n%s", err, out)
			}
			return ""
		}
		stdin, err := cmd.StdinPipe() // held open: the paused build waits on it
		if err != nil {
			t.Fatal(err)
		}
		defer stdin.Close()
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var said []string
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			said = append(said, sc.Text())
			if strings.HasPrefix(sc.Text(), "paused at ") {
				break
			}
		}
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if len(said) == 0 || !strings.HasPrefix(said[len(said)-1], "paused at ") {
			t.Fatalf("the build never reached %s:\n%s", pauseAt, strings.Join(said, "\n"))
		}
		return said[len(said)-1]
	}

	v.set(t, 0)
	build("")
	trees := [2]map[string]string{hashFiles(t, pub)}
	v.set(t, 1)
	build("")
	trees[1] = hashFiles(t, pub)
	if equalTrees(trees[0], trees[1]) {
		t.Fatal("the two versions build the same output")
	}
	writes := len(trees[1]) // one Write per file of the output

	cur := 1
	for _, point := range []string{
		"stage:public", // the spare taken to stage in, other leftovers cleared
		"write#1",      // the first file staged
		fmt.Sprintf("write#%d", writes/3),
		fmt.Sprintf("write#%d", writes/2),
		fmt.Sprintf("write#%d", 2*writes/3),
		fmt.Sprintf("write#%d", writes), // every file staged
		"commit",                        // the spare pruned, about to swap the output
		"swapped:public",                // the new output in place, the old one beside it as the spare
	} {
		next := 1 - cur
		v.set(t, next)
		at := build(point)
		got := hashFiles(t, pub)
		if !equalTrees(got, trees[cur]) && !equalTrees(got, trees[next]) {
			t.Fatalf("killed %s: public/ is neither the previous output nor the new one", at)
		}
		build("")
		if !equalTrees(hashFiles(t, pub), trees[next]) {
			t.Fatalf("after the build killed %s, the next build did not make the new output", at)
		}
		if left := leftovers(t, root); len(left) > 0 {
			t.Fatalf("after the build killed %s, the next build left %v", at, left)
		}
		cur = next
	}
}

// versions switch a generated site between two versions: the second adds
// a paragraph to every fourth page.
type versions struct{ files map[string][2]string }

func newVersions(t *testing.T, root string) *versions {
	v := &versions{files: map[string][2]string{}}
	var pages []string
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pages)
	for i := 0; i < len(pages); i += 4 {
		b, err := os.ReadFile(pages[i])
		if err != nil {
			t.Fatal(err)
		}
		v.files[pages[i]] = [2]string{string(b), string(b) + "\nA paragraph of the second version.\n"}
	}
	return v
}

func (v *versions) set(t *testing.T, n int) {
	for p, texts := range v.files {
		if err := os.WriteFile(p, []byte(texts[n]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// hashFiles is every file below dir with the hash of its bytes.
func hashFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		out[p[len(dir):]] = fmt.Sprintf("%x", sha256.Sum256(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalTrees(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// leftovers are staging and set-aside folders beside public/, but for
// the spare that the next build of public/ is made in.
func leftovers(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != ".public.spare" && strings.HasPrefix(e.Name(), ".public.") {
			out = append(out, filepath.Join(root, e.Name()))
		}
	}
	return out
}
