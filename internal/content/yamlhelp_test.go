package content

import (
	"testing"

	"github.com/skupaj/skupaj/internal/config"
)

// An editor's YAML mistakes get a message that says what YAML made of the
// line and shows the line written right, at the line of the mistake.
func TestYAMLMistakesAreExplainedAtTheirLine(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"a colon in a title", "---\ntitle: Bralni vrt: Celje\nweight: 1\n---\n",
			`:2: the value of title has a colon followed by a space, which YAML reads as the start of another field: put the whole value in double quotes: title: "Bralni vrt: Celje"`},
		{"a colon in a summary, lines down", "---\ntitle: Vrt\nweight: 1\nsummary: Knjižnica in šola: skupaj\n---\n",
			`:4: the value of summary has a colon followed by a space, which YAML reads as the start of another field: put the whole value in double quotes: summary: "Knjižnica in šola: skupaj"`},
		{"text after a quoted part", "---\ntitle: \"Bralni vrt\" v Celju\nweight: 1\n---\n",
			`:2: the value of title starts with a quotation mark, so YAML takes the quoted part as the whole value and cannot read the rest: put the whole value in double quotes and write the quotation marks inside it as \" (or use „…“): title: "\"Bralni vrt\" v Celju"`},
		{"text after a single-quoted part", "---\ntitle: 'Bralni vrt' v Celju\nweight: 1\n---\n",
			`:2: the value of title starts with a quotation mark, so YAML takes the quoted part as the whole value and cannot read the rest: put the whole value in double quotes: title: "'Bralni vrt' v Celju"`},
		{"a tab before a list item", "---\ntitle: Vrt\nweight: 1\ncases:\n\t- a\n---\n",
			`:5: this line starts with a tab: indent the front matter with spaces (YAML does not allow tabs there)`},
		{"a tab before a key", "---\ntitle: Vrt\nsummary: Kratko.\n\tweight: 1\n---\n",
			`:4: this line starts with a tab: indent the front matter with spaces (YAML does not allow tabs there)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errs := Parse("content/sl/guidelines/vrt.md", []byte(c.src), &config.Config{})
			if want := "content/sl/guidelines/vrt.md" + c.want; errs.Error() != want {
				t.Errorf("got  %v\nwant %s", errs, want)
			}
		})
	}
}

// "title: Celje #1 bralni vrt" is valid YAML whose title is "Celje": the
// page is built, with a warning that quotes what was left out.
func TestHashThatCutsAValueIsAWarning(t *testing.T) {
	p, errs := Parse("content/sl/guidelines/vrt.md", []byte("---\ntitle: Celje #1 bralni vrt\nweight: 1\n---\n"), &config.Config{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := `content/sl/guidelines/vrt.md:2: warning: the value of title stops before " #": YAML left out "#1 bralni vrt" as a note; to keep it, put the whole value in double quotes: title: "Celje #1 bralni vrt"`
	if p.Title != "Celje" || p.Warnings.Error() != want {
		t.Errorf("title %q, warnings\n%v\nwant\n%s", p.Title, p.Warnings, want)
	}
	quoted, _ := Parse("content/sl/guidelines/vrt.md", []byte("---\ntitle: \"Celje #1 bralni vrt\"\nweight: 1 # the order\n---\n"), &config.Config{})
	if quoted.Title != "Celje #1 bralni vrt" || len(quoted.Warnings) > 0 {
		t.Errorf("quoted: title %q, warnings %v", quoted.Title, quoted.Warnings)
	}
}
