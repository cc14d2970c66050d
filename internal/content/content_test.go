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

func TestCaseFieldsThatTeach(t *testing.T) {
	cfg := &config.Config{DefaultLanguage: "en", Languages: []config.Language{{Code: "en"}}}
	head := "---\ntitle: T\nsummary: S\nlibrary: l\npartners: [p]\npartnership_type: [a]\nsector: [b]\ncountry: si\n"
	for _, tc := range []struct{ fm, want string }{
		{"coordinates: [46.05, 14.51]\n", `content/en/cases/x.md:9: coordinates need a precision: add a line precision: exact, town, region or country`},
		{"coordinates: [46.05, 194.5]\nprecision: town\n", `content/en/cases/x.md:9: field "coordinates": longitude 194.5 is outside -180 to 180`},
		{"precision: town\n", `content/en/cases/x.md:9: precision says how exact the coordinates are, but the case has no coordinates: add coordinates: [latitude, longitude] or remove precision`},
		{"stage: done\n", `content/en/cases/x.md:9: field "stage" must be one of planned, running, finished; got "done"`},
		{"contact_organisation: Ana, ana@example.org\n", `content/en/cases/x.md:9: contact_organisation names an organisation, not a person's contact details: remove "ana@example.org"`},
		{"contact_organisation: Knjižnica, +386 1 234 5678\n", `content/en/cases/x.md:9: contact_organisation names an organisation, not a person's contact details: remove "+386 1 234 5678"`},
	} {
		_, errs := Parse("content/en/cases/x.md", []byte(head+tc.fm+"---\n"), cfg)
		if errs.Error() != tc.want {
			t.Errorf("%q:\ngot  %v\nwant %s", tc.fm, errs, tc.want)
		}
	}
	p, errs := Parse("content/en/cases/x.md", []byte(head+"need: |\n  A need.\n\n  Two paragraphs.\nresults: Forty came.\nstage: running\ncoordinates: [46, 14.5]\nprecision: town\nlast_reviewed: \"2026-12-05\"\n---\n"), cfg)
	if len(errs) > 0 || p.Need != "A need.\n\nTwo paragraphs." || p.Stage != "running" || len(p.Coordinates) != 2 || p.Coordinates[1] != 14.5 || p.LastReviewed != "2026-12-05" {
		t.Errorf("errs %v, page %+v", errs, p)
	}
	if w := p.Warnings.Error(); w != `content/en/cases/x.md:1: warning: lessons is empty: write what the partners learnt, including what did not work, if it is known; if the sources say nothing of it, list lessons in not_reported` {
		t.Errorf("warnings: %s", w)
	}
}
