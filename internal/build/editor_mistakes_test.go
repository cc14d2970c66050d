package build

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/testsite"
	"golang.org/x/tools/txtar"
)

// TestEditorMistakes builds, for each archive in testdata/mistakes/, the
// site testsite.Minimal with the archive's files added (a file left empty
// is removed): one mistake a new editor makes. The archive's comment says
// what the build must say about it, one line per message:
//
//	want error content/sl/cases/x.md:2: the message
//	want warning content/sl/cases/x.md:2: the message
//	want ok
//
// An error stops the build, and the public/ of the build before is left
// as it was, byte for byte; a warning is a finding of the build, which
// publishes. Bytes that cannot be typed into an archive are written as
// <TAB> and <BOM>, and a comment line "utf16 PATH" saves that file as
// UTF-16. content/en/contribute.md and content/sl/contribute.md quote
// these messages for editors (TestManualQuotesTheMistakes).
func TestEditorMistakes(t *testing.T) {
	names, err := filepath.Glob("testdata/mistakes/*.txtar")
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixtures in testdata/mistakes: %v", err)
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			t.Parallel()
			m := readMistake(t, name)
			root := testsite.Write(t, testsite.Minimal)
			if _, err := Build(Options{Root: root}); err != nil {
				t.Fatalf("the site before the mistake: %v", err)
			}
			public := filepath.Join(root, "public")
			before := treeHashes(t, public)
			if len(before) == 0 {
				t.Fatal("the first build wrote nothing to public/")
			}
			m.apply(t, root)
			res, err := Build(Options{Root: root})
			var got []string
			var list diag.List
			switch {
			case errors.As(err, &list):
				for _, e := range list {
					got = append(got, "error "+e.Error())
				}
			case err != nil:
				t.Fatalf("the build failed without a list of problems: %v", err)
			default:
				for _, f := range res.Findings {
					if f.Severity == diag.SevWarning && m.changed(f.File) {
						got = append(got, "warning "+diag.Place(f.File, f.Line)+": "+f.Msg)
					}
				}
			}
			if !slices.Equal(got, m.want) {
				t.Errorf("the build says\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(m.want, "\n\t"))
			}
			if err != nil && !maps.Equal(before, treeHashes(t, public)) {
				t.Errorf("a failed build changed public/")
			}
		})
	}
}

// The editors' guide, in every language that has its messages section, quotes every message
// of testdata/mistakes as skupaj check prints it ("path:line: error:
// message"), so that a message changed in the code is changed in the guide
// too.
func TestManualQuotesTheMistakes(t *testing.T) {
	names, _ := filepath.Glob("testdata/mistakes/*.txtar")
	guides, _ := filepath.Glob("../../content/*/contribute.md")
	if len(guides) < 7 {
		t.Fatalf("editors' guides: %v, want en, sl, hr, bs, sr, mk and bg", guides)
	}
	for _, guide := range guides {
		data, err := os.ReadFile(guide)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			m := readMistake(t, name)
			if m.unquoted != "" {
				continue
			}
			for _, w := range m.want {
				severity, rest, _ := strings.Cut(w, " ")
				place, msg, _ := strings.Cut(rest, ": ")
				if line := place + ": " + severity + ": " + msg; !strings.Contains(string(data), "\n"+line+"\n") {
					t.Errorf("%s does not quote the message of %s:\n%s", guide, filepath.Base(name), line)
				}
			}
		}
	}
}

// mistake is one fixture of testdata/mistakes.
type mistake struct {
	files map[string]string // path → content; "" removes the file
	utf16 []string          // paths saved as UTF-16
	// unquoted says why the manual does not quote this message word for
	// word (a comment line "unquoted REASON"), or is "".
	unquoted string
	want     []string // "error path:line: msg" or "warning path:line: msg", in the build's order
}

func readMistake(t *testing.T, name string) *mistake {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	a := txtar.Parse(data)
	m := &mistake{files: map[string]string{}}
	for _, f := range a.Files {
		m.files[f.Name] = strings.NewReplacer("<TAB>", "\t", "<BOM>", "\ufeff").Replace(string(f.Data))
	}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		switch {
		case strings.HasPrefix(line, "want ok"):
			m.want = []string{}
		case strings.HasPrefix(line, "want "):
			m.want = append(m.want, strings.TrimPrefix(line, "want "))
		case strings.HasPrefix(line, "unquoted "):
			m.unquoted = strings.TrimPrefix(line, "unquoted ")
		case strings.HasPrefix(line, "utf16 "):
			m.utf16 = append(m.utf16, strings.TrimPrefix(line, "utf16 "))
		}
	}
	if m.want == nil || len(m.files) == 0 {
		t.Fatalf("%s: no want line or no file", name)
	}
	return m
}

// apply writes the fixture's files into the site at root.
func (m *mistake) apply(t *testing.T, root string) {
	t.Helper()
	for name, text := range m.files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if text == "" {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data := []byte(text)
		if slices.Contains(m.utf16, name) {
			data = []byte{0xff, 0xfe}
			for _, u := range utf16.Encode([]rune(text)) {
				data = append(data, byte(u), byte(u>>8))
			}
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// changed reports whether the fixture wrote file.
func (m *mistake) changed(file string) bool {
	_, ok := m.files[file]
	return ok
}

// treeHashes maps each file below dir to a hash of its bytes.
func treeHashes(t *testing.T, dir string) map[string][sha256.Size]byte {
	t.Helper()
	out := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		out[p] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
