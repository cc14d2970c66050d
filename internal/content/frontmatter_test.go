package content

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// parseProblems parses src as file and returns its problems, one a line.
func parseProblems(t *testing.T, file, src string) (*Page, string) {
	t.Helper()
	p, errs := Parse(file, []byte(src), testConfig(t))
	return p, errs.Error()
}

// Hostile or unusual front matter gets one problem with its file and line,
// in the editor's terms; deep nesting is generated here, a million levels.
func TestUnusualFrontMatterIsReported(t *testing.T) {
	const g = "content/en/guidelines/a.md"
	const c = "content/en/cases/a.md"
	deep := 1000000
	for _, tc := range []struct {
		name, file, src, want string
	}{
		{"TOML is refused", g, "+++\ntitle = \"A\"\nweight = 1\n+++\n",
			g + ":1: TOML front matter (between +++ lines) is not supported: write the fields as YAML instead; a page starts with a line ---, then key: value lines such as title: A title, then a line --- (YAML)"},
		{"deep TOML is refused unread", g, "+++\nx = " + strings.Repeat("[", deep) + "\n+++\n",
			g + ":1: TOML front matter (between +++ lines) is not supported: write the fields as YAML instead; a page starts with a line ---, then key: value lines such as title: A title, then a line --- (YAML)"},
		{"deep YAML flow list", g, "---\ntitle: A\nweight: 1\nx: " + strings.Repeat("[", deep) + "\n---\n",
			g + ":4: front matter is nested too deeply (more than 100 levels of lists or groups); a field holds a text, a number, a date or a list of them"},
		{"deep YAML block list", g, "---\ntitle: A\nx:\n" + blockList(150) + "---\n",
			g + ":153: front matter is nested too deeply (more than 100 levels of lists or groups); a field holds a text, a number, a date or a list of them"},
		{"deep JSON list", g, "{\"title\": \"A\",\n\"x\": " + strings.Repeat("[", deep) + "\n}\n",
			g + ":2: front matter is nested too deeply (more than 100 levels of lists or groups); a field holds a text, a number, a date or a list of them"},
		{"JSON nested beyond the limit", g, "{\"title\": \"A\",\n\"x\": " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "}\n",
			g + ":2: front matter is nested too deeply (more than 100 levels of lists or groups); a field holds a text, a number, a date or a list of them"},
		{"YAML key twice", g, "---\ntitle: A\nweight: 1\nsummary: S\ntitle: B\n---\n",
			g + ":5: title is given twice, on lines 2 and 5: keep one"},
		{"JSON key twice", g, "{\n\"title\": \"A\",\n\"weight\": 1,\n\"title\": \"B\"\n}\n",
			g + ":4: title is given twice, on lines 2 and 4: keep one"},
		{"impossible day", c, caseMatter("published: 2026-02-30"),
			c + `:9: field "published": 2026-02-30 is not a date: February 2026 has 28 days`},
		{"impossible day in a leap year", c, caseMatter(`start: "2024-02-30"`),
			c + `:9: field "start": 2024-02-30 is not a date: February 2024 has 29 days`},
		{"impossible day in JSON", c, `{"title": "A", "summary": "S", "library": "l", "partners": [], "partnership_type": ["media"], "sector": ["ngo"], "country": "bg", "updated": "2025-04-31"}`,
			c + `:1: field "updated": 2025-04-31 is not a date: April 2025 has 30 days`},
		{"weight beyond uint64", g, "---\ntitle: A\nweight: 18446744073709551615\n---\n",
			g + `:3: field "weight" must be a whole number from 0 to 100000; got 18446744073709551615`},
		{"weight beyond int64 in JSON", g, "{\"title\": \"A\",\n\"weight\": 18446744073709551615}\n",
			g + `:2: field "weight" must be a whole number from 0 to 100000; got 18446744073709551615`},
		{"negative weight", g, "---\ntitle: A\nweight: -1\n---\n",
			g + `:3: field "weight" must be a whole number from 0 to 100000; got -1`},
		{"huge float weight", g, "---\ntitle: A\nweight: 1e300\n---\n",
			g + `:3: field "weight" must be a whole number from 0 to 100000; got 1e+300`},
		{"year beyond int", c, caseMatter("year: 99999999999999999999"),
			c + `:9: field "year" must be a whole number from 1000 to 9999; got 1e+20`},
		{"UTF-16 is decoded and reported", g, utf16File("---\ntitle: A\nweight: 1\n---\nText.\n"),
			g + ":1: the file is saved as UTF-16: save it as UTF-8 (in the editor's Save As, choose the encoding UTF-8)"},
		{"text after one-line JSON", g, "{\"title\": \"A\", \"weight\": 1} trailing\nText.\n",
			g + `:1: unexpected "trailing" after the closing } of the front matter: start the text on the next line`},
		{"unclosed JSON", g, "{\"title\": \"A\",\n\"weight\": 1\n",
			g + ":1: the JSON front matter that starts here is not closed: end it with } before the text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := parseProblems(t, tc.file, tc.src)
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// blockList is a YAML block list nested n levels, one level a line.
func blockList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s-\n", strings.Repeat(" ", 2+i*2))
	}
	return b.String()
}

// utf16File is s in UTF-16 little-endian with a byte order mark, as Windows
// Notepad saves "Unicode".
func utf16File(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// Forms of front matter that were read as "no front matter" are pages.
func TestFrontMatterFormsAreRead(t *testing.T) {
	const g = "content/en/guidelines/a.md"
	for _, tc := range []struct {
		name, src string
		bodyLine  int
	}{
		{"one-line JSON", "{\"title\": \"A title\", \"weight\": 1}\nText.\n", 2},
		{"one-line JSON with a blank line", "{\"title\": \"A title\", \"weight\": 1}\n\nText.\n", 2},
		{"JSON between ;;; lines", ";;;\n{\"title\": \"A title\", \"weight\": 1}\n;;;\nText.\n", 4},
		{"---json", "---json\n{\"title\": \"A title\",\n\"weight\": 1}\n---\nText.\n", 5},
		{"UTF-8 byte order mark", "\xEF\xBB\xBF---\ntitle: A title\nweight: 1\n---\nText.\n", 5},
		{"CRLF lines", "---\r\ntitle: A title\r\nweight: 1\r\n---\r\nText.\r\n", 5},
		{"blank lines first", "\n\n---\ntitle: A title\nweight: 1\n---\nText.\n", 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, got := parseProblems(t, g, tc.src)
			if got != "" {
				t.Fatal(got)
			}
			if p.Title != "A title" || p.Weight != 1 || strings.TrimSpace(string(p.Body)) != "Text." || p.BodyLine != tc.bodyLine {
				t.Errorf("title %q weight %d body %q on line %d; want body on line %d", p.Title, p.Weight, p.Body, p.BodyLine, tc.bodyLine)
			}
		})
	}
}

// A UTF-16 page is still read, so its other problems show in the same run.
func TestUTF16PageIsStillChecked(t *testing.T) {
	p, got := parseProblems(t, "content/en/guidelines/a.md", utf16File("---\ntitle: Ä\nweigth: 1\n---\nText.\n"))
	if p == nil || p.Title != "Ä" || !strings.Contains(got, `content/en/guidelines/a.md:3: unknown field "weigth" in a guideline; did you mean "weight"?`) {
		t.Errorf("page %+v, problems:\n%s", p, got)
	}
}

// BenchmarkJSONManyKeys decodes JSON front matter of 2,000 and 20,000 keys
// (the schema then reports each as unknown): time per key must stay the
// same, where a regexp compiled per key made it grow with the keys.
func BenchmarkJSONManyKeys(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var s strings.Builder
			s.WriteString("{\n\"title\": \"A\",\n\"weight\": 1")
			for i := 0; i < n; i++ {
				fmt.Fprintf(&s, ",\n\"key%d\": %d", i, i)
			}
			s.WriteString("\n}\n")
			src := []byte(s.String())
			cfg := testConfig(b)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, errs := Parse("content/en/guidelines/a.md", src, cfg); len(errs) != n {
					b.Fatalf("%d problems", len(errs))
				}
			}
		})
	}
}
