package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestNewTermKeepsTheFileAndAppends(t *testing.T) {
	const commented = "# Sectors, with a comment.\nterms:\n  ngo:\n    label: {en: NGOs}   # keep this\n    description:\n      en: >\n        Folded text.\n\n# a trailing comment\n"
	for _, tc := range []struct {
		name, old string
		label     string
		want      string // the text appended
	}{{
		name: "two-space terms, a comment and a blank line kept", old: commented, label: "Museums, galleries",
		want: "  museums:\n    # Added by skupaj new term",
	}, {
		name: "four-space terms, no newline at the end", old: "terms:\n    ngo:\n        label: {en: NGOs}",
		want: "\n    museums:\n        # Added",
	}, {
		name: "no term yet", old: "# Sectors\nterms:\n",
		want: "  museums:\n",
	}, {
		name: "no file yet", old: "",
		want: "terms:\n  museums:\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"content/taxonomies/sector.yaml": tc.old}
			root := testsite.Write(t, testsite.With(testsite.Minimal, files))
			if tc.old == "" {
				os.Remove(filepath.Join(root, "content/taxonomies/sector.yaml"))
			}
			file, err := NewTerm(root, "sector", "museums", tc.label)
			if err != nil {
				t.Fatal(err)
			}
			got := read(t, root, file)
			if !strings.HasPrefix(got, tc.old) || !strings.HasPrefix(got[len(tc.old):], tc.want) {
				t.Errorf("got:\n%s", got)
			}
			label := "{en: Museums}"
			if tc.label != "" {
				label = `{en: "Museums, galleries"}`
			}
			if !strings.Contains(got, "label: "+label+"\n") || !strings.Contains(got, "en: \"TODO: ") {
				t.Errorf("label or description placeholder missing:\n%s", got)
			}
		})
	}
}

func TestNewTermLeavesASiteThatBuilds(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	if _, err := NewTerm(root, "country", "no", ""); err != nil {
		t.Fatal(err)
	}
	buildOK(t, root)
	if !strings.Contains(read(t, root, "public/country/index.html"), ">No<") {
		t.Error("the new term is not on the taxonomy's page")
	}
}

func TestNewTermRefuses(t *testing.T) {
	files := testsite.With(testsite.Minimal, map[string]string{"content/taxonomies/relationship.yaml": "terms: {a: {label: {en: A}}}\n"})
	root := testsite.Write(t, files)
	for _, tc := range []struct{ tax, id, want string }{
		{"sector", "ngo", `content/taxonomies/sector.yaml already has the term "ngo"`},
		{"sectors", "x", `"sectors" is not a taxonomy of the site; declared in content/site.yaml: partnership_type, sector`},
		{"sector", "Big Museums", `"Big Museums" is not a valid term id`},
		{"relationship", "b", "write the terms one per line"},
	} {
		before := read(t, root, "content/taxonomies/sector.yaml")
		if _, err := NewTerm(root, tc.tax, tc.id, ""); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewTerm(%s, %s): %v; want %q", tc.tax, tc.id, err, tc.want)
		}
		if read(t, root, "content/taxonomies/sector.yaml") != before {
			t.Error("the vocabulary was changed")
		}
	}
}
