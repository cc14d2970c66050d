package build

import (
	"bytes"
	"github.com/skupaj/skupaj/internal/offline"
	"github.com/skupaj/skupaj/internal/output"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/testsite"
)

// TestSessionMatchesACleanBuild edits each kind of input of a preview
// session, one at a time, and after each edit compares the session's
// output, every file, with a clean build of the same files: first the
// quick build without search (which serves the last search index), then
// the build with search.
func TestSessionMatchesACleanBuild(t *testing.T) {
	archive, err := os.ReadFile("testdata/session.txtar")
	if err != nil {
		t.Fatal(err)
	}
	root := testsite.Write(t, testsite.Txtar(string(archive)))
	bundled := func(name string) string {
		data, err := fs.ReadFile(skupaj.Layouts(), name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	edits := []struct {
		name   string
		files  map[string]string // "" removes the file
		broken bool              // the edit breaks the build
	}{
		{"a chapter's body (the print edition shows it)", map[string]string{
			"content/en/guidelines/second.md": "---\ntitle: Second chapter\nweight: 20\n---\nBack to [the first](first.md#why-partnerships-fail). Now with a printed word: zephyrine.\n"}, false},
		{"the bibliography (case pages cite it)", map[string]string{
			"content/sources.yaml": "sources:\n  town-report:\n    title: Town report, revised\n    kind: slides\n    language: en\n    year: \"2011\"\n"}, false},
		{"a case's front matter", map[string]string{
			"content/en/cases/alpha.md": "---\ntitle: Alpha case renamed\nsummary: A library, an NGO and a school.\nlibrary: town-library\npartners: [red-cross]\npartnership_type: [media]\nsector: [ngo, education]\ncountry: si\nyear: 2012\nguidelines: [first, second]\n---\n## What was done\n\nWorkshops for young readers.\n"}, false},
		{"a vocabulary", map[string]string{
			"content/taxonomies/sector.yaml": "terms:\n  ngo:\n    label: {en: Civil society, sl: Civilna družba}\n  libraries:\n    label: {en: Libraries, sl: Knjižnice}\n  education:\n    label: {en: Schools, sl: Šole}\n"}, false},
		{"site.yaml", map[string]string{
			"content/site.yaml": strings.Replace(testsite.Txtar(string(archive))["content/site.yaml"], "title: Test handbook", "title: The renamed handbook", 1)}, false},
		{"a layout", map[string]string{
			"layouts/partials/termlinks.html": strings.Replace(bundled("partials/termlinks.html"), ", {{end}}", " · {{end}}", 1)}, false},
		{"a static file", map[string]string{"static/img/note.txt": "An edited static file.\n"}, false},
		{"an interface strings file", map[string]string{
			"layouts/i18n/en.yaml": strings.Replace(bundled("i18n/en.yaml"), "print.title: The handbook for printing", "print.title: The whole handbook on paper", 1)}, false},
		{"a new page", map[string]string{
			"content/en/guidelines/third.md": "---\ntitle: Third chapter\nweight: 30\ncases: [beta]\n---\n## Keep going\n\nSee [the second](second.md) and [Beta](../cases/beta.md).\n"}, false},
		{"a page removed", map[string]string{"content/en/tools/checklist.md": "",
			"content/en/guidelines/first.md": "---\ntitle: First chapter\nweight: 10\ncases: [alpha]\n---\n## Why partnerships fail\n\nSee [Alpha](../cases/alpha.md#what-was-done).\n"}, false},
		{"a page removed that others link: an error", map[string]string{"content/en/cases/beta.md": ""}, true},
		{"the error fixed", map[string]string{
			"content/en/guidelines/third.md": "---\ntitle: Third chapter\nweight: 30\n---\n## Keep going\n\nSee [the second](second.md).\n"}, false},
	}
	sess := NewSession(Options{Root: root})
	var lastSearch map[string]string // the search export of the last build with search
	for i := -1; i < len(edits); i++ {
		name := "the first build"
		if i >= 0 {
			name = edits[i].name
			for file, text := range edits[i].files {
				p := filepath.Join(root, filepath.FromSlash(file))
				if text == "" {
					os.Remove(p)
					continue
				}
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		clean, cleanErr := cleanBuild(t, root, false)
		_, quick, err := sess.Build(false)
		if broken := i >= 0 && edits[i].broken; (cleanErr != nil) != broken {
			t.Fatalf("after %s: a clean build says %v", name, cleanErr)
		}
		if (err != nil) != (cleanErr != nil) {
			t.Fatalf("after %s: the session's build says %v, a clean build %v", name, err, cleanErr)
		}
		if err != nil {
			continue
		}
		if i >= 0 {
			want := merged(clean, lastSearch)
			sameFiles(t, name+", without search", files(quick.Files), want)
		}
		full, _ := cleanBuild(t, root, true)
		_, searched, err := sess.Build(true)
		if err != nil {
			t.Fatalf("after %s: %v", name, err)
		}
		sameFiles(t, name+", with search", files(searched.Files), full)
		lastSearch = map[string]string{}
		for f, data := range full {
			if _, ok := clean[f]; !ok {
				lastSearch[f] = data
			}
		}
		if len(lastSearch) == 0 {
			t.Fatal("a build with search wrote no more files than one without")
		}
	}
	if _, err := os.Stat(filepath.Join(root, "content/en/guidelines/third.md")); err != nil {
		t.Fatal("the edits did not run to the end")
	}
}

// cleanBuild builds the site at root into a new folder and returns its files.
// serviceWorkerAttrs are the attributes by which the pages of a build,
// not those of the preview, register the service worker.
var serviceWorkerAttrs = regexp.MustCompile(` data-sw="[^"]*" data-sw-scope="[^"]*" data-sw-ready="[^"]*"`)

func cleanBuild(t *testing.T, root string, withSearch bool) (map[string]string, error) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Root: root, Out: out, NoSearch: !withSearch}); err != nil {
		return nil, err
	}
	got := map[string]string{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if rel == output.Marker {
			return nil // the mark of an output folder on disk, not a file of the site
		}
		if rel == offline.File {
			return nil // the service worker, which the preview leaves out
		}
		data, err := os.ReadFile(p)
		got[filepath.ToSlash(rel)] = serviceWorkerAttrs.ReplaceAllString(string(data), "")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, nil
}

func files(m map[string][]byte) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = string(v)
	}
	return out
}

func merged(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range []map[string]string{a, b} {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// sameFiles reports every file that differs between got and want.
func sameFiles(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	var names []string
	for f := range want {
		names = append(names, f)
	}
	for f := range got {
		if _, ok := want[f]; !ok {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	for _, f := range names {
		g, inGot := got[f]
		w, inWant := want[f]
		switch {
		case !inGot:
			t.Errorf("after %s: the session lacks %s", what, f)
		case !inWant:
			t.Errorf("after %s: the session has %s, a clean build does not", what, f)
		case g != w:
			t.Errorf("after %s: %s differs from a clean build:\n%s", what, f, firstDifference(g, w))
		}
	}
}

// firstDifference shows where two texts first differ.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-60)
	return "session: …" + string(bytes.ToValidUTF8([]byte(got[from:min(len(got), i+60)]), nil)) +
		"…\nclean:   …" + string(bytes.ToValidUTF8([]byte(want[from:min(len(want), i+60)]), nil)) + "…"
}
