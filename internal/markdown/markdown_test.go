package markdown

import (
	"errors"
	"strings"
	"testing"
)

func TestHeadingsGetReadableUniqueIDs(t *testing.T) {
	src := "# Zakaj partnerstvo ne deluje?\n\n## Cilji\n\n## Cilji\n\n### *Emphasis* and `code`\n\n## Custom {#mine}\n"
	doc, err := New(Options{}).Render(Input{Src: []byte(src), Lang: "sl", FirstLine: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []Heading{
		{1, "zakaj-partnerstvo-ne-deluje", "Zakaj partnerstvo ne deluje?"},
		{2, "cilji", "Cilji"},
		{2, "cilji-1", "Cilji"},
		{3, "emphasis-and-code", "Emphasis and code"},
		{2, "mine", "Custom"},
	}
	if len(doc.Headings) != len(want) {
		t.Fatalf("headings %+v", doc.Headings)
	}
	for i, h := range want {
		if doc.Headings[i] != h {
			t.Errorf("heading %d = %+v; want %+v", i, doc.Headings[i], h)
		}
	}
	if !strings.Contains(string(doc.HTML), `<h1 id="zakaj-partnerstvo-ne-deluje">`) {
		t.Errorf("HTML has no heading id: %s", doc.HTML)
	}
}

func TestResolverRewritesLinksAndReportsLines(t *testing.T) {
	src := "Intro.\n\nA [good](a.md) link\nand a [bad](b.md) one, ![img](/i.png).\n\n- [in a list](a.md#x)\n"
	var seen []string
	resolve := func(dest string, line int) (string, error) {
		seen = append(seen, dest)
		if dest == "b.md" {
			return "", errors.New("no such page")
		}
		return "/resolved/" + dest, nil
	}
	doc, err := New(Options{}).Render(Input{Src: []byte(src), Lang: "en", FirstLine: 10, Resolve: resolve})
	if err != nil {
		t.Fatal(err)
	}
	html := string(doc.HTML)
	for _, w := range []string{`<a href="/resolved/a.md">good</a>`, `<img src="/resolved//i.png" alt="img">`, `<a href="/resolved/a.md#x">in a list</a>`} {
		if !strings.Contains(html, w) {
			t.Errorf("HTML lacks %s:\n%s", w, html)
		}
	}
	if len(doc.Problems) != 1 || doc.Problems[0].Line != 13 || doc.Problems[0].Err.Error() != `link "b.md": no such page` {
		t.Errorf("problems %+v; want one on line 13", doc.Problems)
	}
	if len(seen) != 4 {
		t.Errorf("resolver saw %v", seen)
	}
}

func TestRawHTMLIsDroppedUnlessUnsafe(t *testing.T) {
	src := []byte("<div onclick=\"x()\">hi</div>\n\n[a](javascript:alert(1))\n")
	safe, _ := New(Options{}).Render(Input{Src: src, Lang: "en", FirstLine: 1})
	if strings.Contains(string(safe.HTML), "onclick") || strings.Contains(string(safe.HTML), "javascript:") {
		t.Errorf("safe output keeps raw HTML or script URL: %s", safe.HTML)
	}
	unsafe, _ := New(Options{UnsafeHTML: true}).Render(Input{Src: src, Lang: "en", FirstLine: 1})
	if !strings.Contains(string(unsafe.HTML), "onclick") {
		t.Errorf("unsafe output drops raw HTML: %s", unsafe.HTML)
	}
}

func TestToLatinTransliteratesProseOnly(t *testing.T) {
	src := "## Шта је урађено\n\nБиблиотека у **Врању** и `код Ђ` [веза](https://пример.срб/Ђ) <https://example.org/Ж>.\n\n```\nЋирилица у коду\n```\n"
	doc, err := New(Options{}).Render(Input{Src: []byte(src), Lang: "sr-Latn", FirstLine: 1, ToLatin: "sr"})
	if err != nil {
		t.Fatal(err)
	}
	html := string(doc.HTML)
	for _, w := range []string{`<h2 id="sta-je-uradjeno">Šta je urađeno</h2>`, "Biblioteka u <strong>Vranju</strong>", "<code>код Ђ</code>",
		`<a href="https://%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%81%D1%80%D0%B1/%D0%82">veza</a>`, "Ћирилица у коду"} {
		if !strings.Contains(html, w) {
			t.Errorf("HTML lacks %s:\n%s", w, html)
		}
	}
	if doc.Headings[0].Text != "Šta je urađeno" {
		t.Errorf("heading text %q", doc.Headings[0].Text)
	}
}

func TestSectionsSplitPlainTextAtHeadings(t *testing.T) {
	src := "Intro *text*\nover lines.\n\n## What was done\n\n- one\n- two\n\n```\ncode\n```\n\n<div>raw</div>\n\n### Then\n\nEnd [link](x.md).\n"
	doc, err := New(Options{}).Render(Input{Src: []byte(src), Lang: "en", FirstLine: 1, Sections: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []Section{{"", "", "Intro text over lines."}, {"what-was-done", "What was done", "one two code"}, {"then", "Then", "End link."}}
	if len(doc.Sections) != len(want) {
		t.Fatalf("sections %+v", doc.Sections)
	}
	for i, s := range want {
		if doc.Sections[i] != s {
			t.Errorf("section %d = %+v; want %+v", i, doc.Sections[i], s)
		}
	}
}

func TestTaskListBoxesAreNamedByTheirItem(t *testing.T) {
	doc, err := New(Options{}).Render(Input{Src: []byte("- [ ] We agreed on *goals* & roles\n- [x] Done\n"), Lang: "en", FirstLine: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		`<input disabled="" type="checkbox" aria-label="We agreed on goals &amp; roles"> We agreed on <em>goals</em> &amp; roles`,
		`<input checked="" disabled="" type="checkbox" aria-label="Done"> Done`,
	} {
		if !strings.Contains(string(doc.HTML), w) {
			t.Errorf("HTML lacks %s:\n%s", w, doc.HTML)
		}
	}
}
