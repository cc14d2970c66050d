package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// render renders src (starting on line 1 of its file) with o.
func render(t *testing.T, o Options, src string) *Doc {
	t.Helper()
	doc, err := New(o).Render(Input{Src: []byte(src), Lang: "en", FirstLine: 1})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// problems are doc's problems as "line: message".
func problems(doc *Doc) []string {
	var out []string
	for _, p := range doc.Problems {
		out = append(out, fmt.Sprintf("%d: %v", p.Line, p.Err))
	}
	return out
}

var layout = Reserved{IDs: []string{"main", "search"}, Prefixes: []string{"_", "nf-q-"}}

func TestHeadingAttributesOtherThanIDAndClassAreRefused(t *testing.T) {
	src := "Intro.\n\n## Styled {style=\"position:fixed;inset:0;z-index:99999\" .note #styled}\n\n## Script {onclick=\"steal()\"}\n"
	doc := render(t, Options{}, src)
	html := string(doc.HTML)
	if strings.Contains(html, "position:fixed") || strings.Contains(html, "steal") {
		t.Errorf("a forbidden attribute reached the page:\n%s", html)
	}
	if !strings.Contains(html, `<h2 class="note" id="styled">Styled</h2>`) {
		t.Errorf("id and class were not kept:\n%s", html)
	}
	got := problems(doc)
	if len(got) != 2 || !strings.HasPrefix(got[0], `3: heading attribute "style" is not allowed`) ||
		!strings.HasPrefix(got[1], `5: heading attribute "onclick" is not allowed`) || !strings.Contains(got[0], "markdown.unsafe_html") {
		t.Errorf("problems %q; want style on line 3 and onclick on line 5, naming markdown.unsafe_html", got)
	}

	unsafe := render(t, Options{UnsafeHTML: true}, src)
	if len(unsafe.Problems) != 0 || !strings.Contains(string(unsafe.HTML), `style="position:fixed`) {
		t.Errorf("unsafe_html should let attributes through: %v\n%s", problems(unsafe), unsafe.HTML)
	}
}

func TestHeadingIDsStayApartFromTheLayoutsIDs(t *testing.T) {
	src := "# Main\n\n## Search\n\n## Search\n\n## Skip {#main}\n\n## Contents {#_toc}\n\n## NF Q en\n\n## Twice {#twice}\n\n## Again {#twice}\n"
	doc := render(t, Options{Reserved: layout}, src)
	var ids []string
	for _, h := range doc.Headings {
		ids = append(ids, h.ID)
	}
	if want := "main-1 search-1 search-2 main _toc h-nf-q-en twice twice"; strings.Join(ids, " ") != want {
		t.Errorf("ids %q; want %q", ids, want)
	}
	got := problems(doc)
	want := []string{
		`7: heading id "main" is an id of the page's layout: choose another id`,
		`9: heading id "_toc" starts with "_", which the page's layout keeps for its own ids: choose another id`,
		`15: heading id "twice" is already the id of the heading on line 13: choose another id`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestManyEqualHeadingsGetSuffixesInOrder(t *testing.T) {
	src := "## Cilji {#cilji-2}\n\n" + strings.Repeat("## Cilji\n\n", 4)
	doc := render(t, Options{}, src)
	var ids []string
	for _, h := range doc.Headings {
		ids = append(ids, h.ID)
	}
	if want := "cilji-2 cilji cilji-1 cilji-3 cilji-4"; strings.Join(ids, " ") != want {
		t.Errorf("ids %q; want %q", ids, want)
	}
}

// nested is a list n levels deep, each level indented two columns more.
func nested(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	return b.String()
}

func TestNestingDeeperThanTheLimitIsRefusedWithItsLine(t *testing.T) {
	doc, err := New(Options{}).Render(Input{Src: []byte("Intro.\n\n" + nested(4000)), Lang: "en", FirstLine: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := problems(doc)
	// Line 101 of the list is the first beyond 100 levels: it is line 2+101 of
	// the body, which starts on line 5 of the file.
	if len(got) != 1 || !strings.HasPrefix(got[0], "107: lists or block quotes nest 101 levels deep here; at most 100 are allowed") {
		t.Errorf("problems %q; want one on line 107 naming the limit", got)
	}
	if len(doc.HTML) != 0 {
		t.Errorf("a page beyond the limit was rendered")
	}
	quotes := render(t, Options{}, "x\n\n"+strings.Repeat("> ", 150)+"deep\n")
	if got := problems(quotes); len(got) != 1 || !strings.HasPrefix(got[0], "3: lists or block quotes nest 150 levels deep") {
		t.Errorf("block quotes: problems %q", got)
	}
}

func TestNestingUpToTheLimitAndDeepCodeAreRendered(t *testing.T) {
	fence := "```\n" + strings.Repeat(" ", 400) + "- not a list, code\n```\n"
	doc := render(t, Options{}, nested(MaxNesting)+"\n"+fence)
	if len(doc.Problems) != 0 {
		t.Fatalf("problems %q", problems(doc))
	}
	if n := strings.Count(string(doc.HTML), "<ul>"); n != MaxNesting {
		t.Errorf("%d lists rendered; want %d", n, MaxNesting)
	}
}

func TestTaskBoxLabelIsEscapedOnce(t *testing.T) {
	doc := render(t, Options{}, "- [ ] Tom &amp; Jerry & \"friends\" say a < b, \\*really\\*\n")
	want := `aria-label="Tom &amp; Jerry &amp; “friends” say a &lt; b, *really*"`
	if !strings.Contains(string(doc.HTML), want) {
		t.Errorf("HTML lacks %s:\n%s", want, doc.HTML)
	}
}

func TestHeadingTextIsWhatTheReaderSees(t *testing.T) {
	doc := render(t, Options{}, "## Books &amp; \"media\" `a &amp; b`\n")
	if got, want := doc.Headings[0].Text, "Books & “media” a &amp; b"; got != want {
		t.Errorf("heading text %q; want %q", got, want)
	}
}
