package content

import (
	"slices"
	"strings"
	"testing"
)

// not_reported may name exactly the teaching fields: the Markdown fields
// of a case, which its page shows as sections.
func TestNotReportedChoicesAreTheTeachingFields(t *testing.T) {
	var md []string
	for _, f := range FieldsOf(Case, nil) {
		if f.Type == Markdown {
			md = append(md, f.Name)
		}
	}
	if !slices.Equal(teachingFields, md) {
		t.Errorf("not_reported takes %v; the Markdown fields of a case are %v", teachingFields, md)
	}
}

func TestNotReported(t *testing.T) {
	const head = "---\ntitle: T\nsummary: S\nlibrary: l\npartners: [p]\npartnership_type: [a]\nsector: [b]\ncountry: si\n"
	for _, c := range []struct {
		name, front string
		errs, warns []string // substrings, one per message, in order
	}{
		{"nothing listed", "", nil, []string{":1: warning: results is empty", ":1: warning: lessons is empty"}},
		{"both listed", "not_reported: [results, lessons]\n", nil, nil},
		{"one listed", "not_reported: [lessons]\n", nil, []string{":1: warning: results is empty"}},
		{"block list", "not_reported:\n  - results\n  - lessons\n", nil, nil},
		{"typo", "not_reported: [results, lesons]\n",
			[]string{`:9: field "not_reported" must be a list of some of need, activities, results, lessons, transferability; got "lesons"; did you mean "lessons"?`}, nil},
		{"not a teaching field", "not_reported: [funding]\n",
			[]string{`:9: field "not_reported" must be a list of some of need, activities, results, lessons, transferability; got "funding"`}, nil},
		{"given and listed", "results: Twelve workshops.\nnot_reported: [results, lessons]\n",
			[]string{":10: not_reported lists results, but the case gives results (line 9): list only the teaching fields the sources say nothing of, and remove results from not_reported or its text"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, errs := Parse("content/en/cases/x.md", []byte(head+c.front+"---\nBody.\n"), testConfig(t))
			check := func(what string, got []string, want []string) {
				t.Helper()
				if len(got) != len(want) {
					t.Fatalf("%s: got %q, want %d like %q", what, got, len(want), want)
				}
				for i := range got {
					if !strings.Contains(got[i], want[i]) {
						t.Errorf("%s %d: got %q, want it to contain %q", what, i, got[i], want[i])
					}
				}
			}
			var gotErrs, gotWarns []string
			for _, e := range errs {
				gotErrs = append(gotErrs, e.Error())
			}
			if p != nil {
				for _, w := range p.Warnings {
					gotWarns = append(gotWarns, w.Error())
				}
			}
			check("errors", gotErrs, c.errs)
			if len(c.errs) == 0 {
				check("warnings", gotWarns, c.warns)
			}
		})
	}
}
