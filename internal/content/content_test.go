package content

import (
	"reflect"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/config"
)

func testConfig(t testing.TB) *config.Config {
	cfg, err := config.Parse([]byte("languages:\n  - {code: en, name: English, title: T}\n  - {code: sr-Latn, name: Srpski, title: T}\ntaxonomies: [partnership_type, sector, country, target_groups, relationship, audience]\n"))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// The same case written in YAML and JSON decodes to the same page,
// and every field keeps its line.
func TestFrontMatterFormatsAgree(t *testing.T) {
	yaml := "---\ntitle: Parvomay\nsummary: Drug prevention.\nlibrary: parvomay-library\npartners:\n  - red-cross\n  - schools\npartnership_type: [educational]\nsector: [ngo, education]\ncountry: bg\nstart: 2011-03\nend: \"2012\"\naudience: [youth]\n---\nBody line.\n"
	json := "{\n\"title\": \"Parvomay\",\n\"summary\": \"Drug prevention.\",\n\"library\": \"parvomay-library\",\n\"partners\": [\n  \"red-cross\",\n  \"schools\"],\n\"partnership_type\": [\"educational\"],\n\"sector\": [\"ngo\", \"education\"],\n\"country\": \"bg\",\n\"start\": \"2011-03\",\n\"end\": \"2012\",\n\"audience\": [\"youth\"]\n}\n\nBody line.\n"
	var pages []*Page
	for _, src := range []string{yaml, json} {
		p, errs := Parse("content/en/cases/parvomay.md", []byte(src), testConfig(t))
		if len(errs) > 0 {
			t.Fatalf("%v\nin:\n%s", errs, src)
		}
		pages = append(pages, p)
	}
	want := map[string][]string{"partnership_type": {"educational"}, "sector": {"ngo", "education"}, "country": {"bg"}, "audience": {"youth"}}
	for i, p := range pages {
		if p.Kind != Case || p.ID != "parvomay" || p.Lang != "en" || p.Title != "Parvomay" || p.Library != "parvomay-library" ||
			!reflect.DeepEqual(p.Partners, []string{"red-cross", "schools"}) || p.Start != "2011-03" || p.End != "2012" {
			t.Errorf("format %d: page %+v", i, p)
		}
		if !reflect.DeepEqual(p.Terms, want) {
			t.Errorf("format %d: terms %v", i, p.Terms)
		}
		if p.Line("country") != 10 || p.Line("library") != 4 {
			t.Errorf("format %d: country on line %d, library on %d; want 10 and 4", i, p.Line("country"), p.Line("library"))
		}
		if got := strings.TrimSpace(string(p.Body)); got != "Body line." || (p.BodyLine != 15 && p.BodyLine != 16) {
			t.Errorf("format %d: body %q on line %d", i, got, p.BodyLine)
		}
	}
}

func TestKindAndIDFollowThePath(t *testing.T) {
	cfg := testConfig(t)
	for file, want := range map[string][3]string{
		"content/en/_index.md":            {"home", "", ""},
		"content/en/about.md":             {"page", "about", ""},
		"content/sr-Latn/cases/_index.md": {"section", "cases", "cases"},
		"content/sr-Latn/tools/swot.md":   {"tool", "swot", "tools"},
	} {
		src := "---\ntitle: X\nsummary: S\nweight: 1\n---\n"
		if strings.Contains(file, "_index") || strings.HasSuffix(file, "about.md") {
			src = "---\ntitle: X\n---\n"
		}
		p, errs := Parse(file, []byte(src), cfg)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", file, errs)
		}
		if string(p.Kind) != want[0] || p.ID != want[1] || p.Section != want[2] {
			t.Errorf("%s: kind %s id %q section %q; want %v", file, p.Kind, p.ID, p.Section, want)
		}
	}
}

// caseMatter writes a valid case's front matter with some fields changed.
func caseMatter(changes ...string) string {
	fields := []string{"title: A", "summary: S", "library: l", "partners: []", "partnership_type: [media]", "sector: [ngo]", "country: bg"}
	for _, c := range changes {
		key := c[:strings.Index(c, ":")]
		replaced := false
		for i, f := range fields {
			if strings.HasPrefix(f, key+":") {
				fields[i], replaced = c, true
			}
		}
		if !replaced {
			fields = append(fields, c)
		}
	}
	return "---\n" + strings.Join(fields, "\n") + "\n---\n"
}

func TestYearAndDatesAndListsAreChecked(t *testing.T) {
	for _, c := range []struct {
		changes []string
		want    string
	}{
		{[]string{"year: 2011", `start: "2010"`}, "content/en/cases/a.md:9: use either year or start/end, not both"},
		{[]string{`start: "2012"`, `end: "2010"`}, "content/en/cases/a.md:10: end 2010 is before start 2012"},
		{[]string{"year: 11"}, `content/en/cases/a.md:9: field "year" must be a whole number from 1000 to 9999; got 11`},
		{[]string{"country: [bg, rs]"}, `content/en/cases/a.md:8: field "country" must be a text; got a list`},
		{[]string{"relationship: [a, b]"}, `field "relationship" must be a text; got a list`},
		{[]string{"partners: [a, a]"}, `content/en/cases/a.md:5: field "partners" must be a list of ids such as [a, b]; "a" is listed twice`},
		{[]string{"sector: [ngo, '']"}, `an item is empty`},
	} {
		_, errs := Parse("content/en/cases/a.md", []byte(caseMatter(c.changes...)), testConfig(t))
		if !strings.Contains(errs.Error(), c.want) {
			t.Errorf("with %q: got %v, want %q", c.changes, errs, c.want)
		}
	}
}
