package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// One check of a case being edited gives the HTML of each of its
// teaching fields that holds text, the same HTML its page shows: links
// resolved, heading ids under the section's id; a field the draft
// empties has none.
func TestDraftRendersTheTeachingFieldsAsTheCasePage(t *testing.T) {
	pub := teachingSite(t)
	root := filepath.Dir(pub)
	page := read(t, filepath.Join(pub, "cases/gamma/index.html"))
	file := "content/en/cases/gamma.md"
	src, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{Root: root})
	d, err := s.CheckDraft(file, src)
	if err != nil {
		t.Fatal(err)
	}
	for name, html := range d.Fields {
		if !strings.Contains(page, string(html)) {
			t.Errorf("the draft's %s is\n%s\nnot as cases/gamma/ shows it", name, html)
		}
	}
	if got, want := keys(d.Fields), []string{"activities", "lessons", "need", "results"}; !slices.Equal(got, want) {
		t.Errorf("the draft renders the fields %v; want %v", got, want)
	}
	for _, want := range []string{`<a href="/guidelines/first/">the first chapter</a>`, `<h3 id="_activities--summer-camp">Summer camp</h3>`} {
		if !strings.Contains(string(d.Fields["activities"]), want) {
			t.Errorf("the draft's activities lack %q: %s", want, d.Fields["activities"])
		}
	}

	edited := strings.Replace(string(src), "lessons: |\n  Evenings did not work; afternoons did.\n", "", 1)
	d, err = s.CheckDraft(file, []byte(edited))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Fields["lessons"]; ok || d.Fields["need"] == nil {
		t.Errorf("with lessons removed the draft renders %v", keys(d.Fields))
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
