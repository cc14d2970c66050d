package content

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary files to the front matter decoder and the
// schema: nothing may panic, and a page that fails is always reported with
// its file name.
func FuzzParse(f *testing.F) {
	f.Add([]byte("---\ntitle: A\nweight: 1\n---\nBody\n"))
	f.Add([]byte("+++\ntitle = \"A\"\nweight = 1\n+++\n"))
	f.Add([]byte("{\"title\": \"A\", \"weight\": 1}\n\nBody"))
	f.Add([]byte(";;;\n{\"title\": 1}\n;;;\n"))
	f.Add([]byte("---\ntitle: [\n---\n"))
	f.Add([]byte("---\n- a\n- b\n---\n"))
	f.Add([]byte("---\ncases: {a: b}\ntools: [[1]]\nweight: 1.5\n---\n"))
	f.Add([]byte("\n\n---\ntitle: A\n"))
	cfg := testConfig(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, file := range []string{"content/en/guidelines/a.md", "content/en/cases/a.md"} {
			p, errs := Parse(file, src, cfg)
			for _, e := range errs {
				if e.File != file || e.Msg == "" || e.Line < 0 {
					t.Fatalf("problem without place or message: %#v", e)
				}
			}
			if p == nil && len(errs) == 0 {
				t.Fatal("no page and no problem")
			}
			if p != nil && len(errs) == 0 && strings.TrimSpace(p.Title) == "" && p.Kind != Section {
				if _, ok := p.Lines["title"]; !ok {
					t.Fatal("page without title accepted")
				}
			}
		}
	})
}

// FuzzFrontMatter feeds front matter of both kept formats (YAML and JSON)
// with nesting, repeated keys and byte order marks, plus refused TOML: the
// parser never panics, and returns either a page without problems or
// problems that each name the file and a line of at least 1 (a fuzz run
// that hangs is reported by the fuzzer itself).
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\nweight: 1\ncases: [a, [b, {c: [d]}]]\ntools: {a: {b: [1, 2]}}\n---\n",
		"---\ntitle: A\nx:\n  - - - - a\n  - {b: {c: {d: e}}}\n---\n",
		"---\ntitle: A\nweight: 1\ntitle: B\n---\n",
		"---\ntitle: A\n? [a, b]\n: c\n<<: {weight: 1}\n---\n",
		"---\na: &x [1, 2]\nb: [*x, *x, *x]\n---\n",
		"\xEF\xBB\xBF---\ntitle: A\nweight: 1\n---\n",
		"\xFF\xFE-\x00-\x00-\x00\n\x00t\x00:\x00 \x00A\x00\n\x00-\x00-\x00-\x00\n\x00",
		"\xFE\xFF\x00-\x00-\x00-\x00\n",
		"---\nx: " + strings.Repeat("[", 200) + "\n---\n",
		"---\nx: " + strings.Repeat("{a: ", 200) + "\n---\n",
		"{\"title\": \"A\", \"weight\": 1}\nText\n",
		"{\"title\": \"A\", \"title\": \"B\"}\n",
		"{\"x\": " + strings.Repeat("[", 200) + strings.Repeat("]", 200) + "}\n",
		"{\"x\": [{\"y\": [[1e999, 18446744073709551615, -0.0]]}]}\n",
		";;;\n{\"title\": \"A\"} {\n;;;\n",
		"---json\n{\"weight\": 2026-02-30}\n---\n",
		"+++\nx = [[[[1]]]]\n+++\n",
		"---\npublished: 2026-02-30\nupdated: 2024-02-29\n---\n",
	} {
		f.Add([]byte(s))
	}
	cfg := testConfig(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, file := range []string{"content/en/guidelines/a.md", "content/en/cases/a.md", "content/en/_index.md"} {
			p, errs := Parse(file, src, cfg)
			if p == nil {
				t.Fatal("no page returned: a page that fails keeps what its path tells")
			}
			for _, e := range errs {
				if e.File != file || e.Msg == "" || e.Line < 1 {
					t.Fatalf("problem without file, line or message: %#v", e)
				}
			}
		}
	})
}
