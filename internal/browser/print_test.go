package browser

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"gopkg.in/yaml.v3"
)

// printTimeout bounds printing the print edition to PDF. It is a limit
// against hanging, not a measurement.
const printTimeout = 60 * time.Second

// TestPrintEditionPrintsToPDF prints /print/ to an A4 PDF with Chromium
// (Page.printToPDF) and writes it to the artifacts folder as print.pdf.
// The PDF has at least 20 pages, and its outline (the bookmarks Chromium
// makes from the headings, the PDF's own text of them) holds the table of
// contents heading and every chapter title in chapter order. In the page, the table of contents lists
// the chapters in that order and the chapters follow in it, each under its
// title. The chapter order is read from the weights of
// content/en/guidelines/*.md, not from the site.
func TestPrintEditionPrintsToPDF(t *testing.T) {
	chapters := chapterTitles(t)
	out := handbook(t)
	st := newSiteTab(t, startBrowser(t), serve(t, out))
	st.open("/print/")

	type edition struct{ TOCHeading, TOC, Sections []string }
	got := js[edition](st, `(() => {
		const text = (e) => e.textContent.trim().replace(/\s+/g, " ");
		const toc = document.querySelector(".print-toc");
		return {
			TOCHeading: [...toc.querySelectorAll("h2")].map(text),
			TOC: [...toc.querySelector("ol").querySelectorAll("li")].map(text),
			Sections: [...document.querySelectorAll(".print-section:not(.print-tool) > h2")].map(text),
		};
	})()`)
	const tocHeading = "Contents" // print.contents in layouts/i18n/en.yaml
	if !slices.Equal(got.TOCHeading, []string{tocHeading}) {
		t.Errorf("table of contents headed %q, want %q", got.TOCHeading, tocHeading)
	}
	if !slices.Equal(got.TOC, chapters) {
		t.Errorf("table of contents lists\n%q\nwant the chapters in order\n%q", got.TOC, chapters)
	}
	if !slices.Equal(got.Sections, chapters) {
		t.Errorf("the chapters printed are\n%q\nwant\n%q", got.Sections, chapters)
	}

	ctx, cancel := context.WithTimeout(st.ctx, printTimeout)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperA4),
		func(p *page.PrintToPDFParams) { p.GenerateDocumentOutline = new(true) },
	))
	if err != nil {
		t.Fatalf("printing /print/ to PDF: %v", err)
	}
	name := filepath.Join(artifactsDir(t), "print.pdf")
	if err := os.WriteFile(name, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := pdfPages(pdf); n < 20 {
		t.Errorf("%s has %d pages, want at least 20", name, n)
	}
	outline := pdfOutline(pdf)
	want := append([]string{tocHeading}, chapters...)
	if !isSubsequence(outline, want) {
		t.Errorf("%s: the outline\n%q\ndoes not hold, in this order,\n%q", name, outline, want)
	}
	t.Logf("%s: %d pages, %d bytes", name, pdfPages(pdf), len(pdf))
}

// chapterTitles reads the English chapters' titles from their front
// matter, in the order of their weights.
func chapterTitles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, "content", "en", "guidelines", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no chapters in content/en/guidelines (%v)", err)
	}
	type chapter struct {
		Title  string
		Weight int
	}
	var chs []chapter
	for _, f := range files {
		if filepath.Base(f) == "_index.md" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.SplitN(string(data), "---\n", 3)
		var c chapter
		if len(parts) != 3 || parts[0] != "" {
			t.Fatalf("%s: no YAML front matter", f)
		}
		if err := yaml.Unmarshal([]byte(parts[1]), &c); err != nil || c.Title == "" {
			t.Fatalf("%s: front matter without a title (%v)", f, err)
		}
		chs = append(chs, c)
	}
	slices.SortStableFunc(chs, func(a, b chapter) int { return a.Weight - b.Weight })
	var titles []string
	for _, c := range chs {
		titles = append(titles, c.Title)
	}
	return titles
}

// pdfPageObject matches the dictionary of one page ("/Type /Page", not
// "/Type /Pages") of a PDF as Chromium writes it.
var pdfPageObject = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// pdfPages counts the pages of a PDF.
func pdfPages(pdf []byte) int { return len(pdfPageObject.FindAllIndex(pdf, -1)) }

// pdfTitle matches the title of an outline item, a literal string or a
// hexadecimal one.
var pdfTitle = regexp.MustCompile(`/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`)

// pdfOutline returns the titles of a PDF's outline items, in file order.
func pdfOutline(pdf []byte) []string {
	var titles []string
	for _, m := range pdfTitle.FindAllSubmatch(pdf, -1) {
		titles = append(titles, pdfString(m[1]))
	}
	return titles
}

// pdfString decodes a PDF string, (literal) or <hex>, in PDFDocEncoding
// (taken as Latin-1) or UTF-16BE with a byte order mark.
func pdfString(s []byte) string {
	var raw []byte
	if s[0] == '<' {
		hex := bytes.Map(func(r rune) rune {
			if strings.ContainsRune("0123456789abcdefABCDEF", r) {
				return r
			}
			return -1
		}, s)
		if len(hex)%2 == 1 {
			hex = append(hex, '0')
		}
		raw = make([]byte, len(hex)/2)
		for i := range raw {
			raw[i] = unhex(hex[2*i])<<4 | unhex(hex[2*i+1])
		}
	} else {
		body := s[1 : len(s)-1]
		for i := 0; i < len(body); i++ {
			c := body[i]
			if c == '\\' && i+1 < len(body) {
				i++
				switch e := body[i]; e {
				case 'n':
					c = '\n'
				case 'r':
					c = '\r'
				case 't':
					c = '\t'
				case 'b':
					c = '\b'
				case 'f':
					c = '\f'
				case '0', '1', '2', '3', '4', '5', '6', '7':
					v := 0
					for j := 0; j < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; j++ {
						v = v*8 + int(body[i]-'0')
						i++
					}
					i--
					c = byte(v)
				default:
					c = e
				}
			}
			raw = append(raw, c)
		}
	}
	if len(raw) >= 2 && raw[0] == 0xFE && raw[1] == 0xFF {
		var units []uint16
		for i := 2; i+1 < len(raw); i += 2 {
			units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
		}
		return string(utf16.Decode(units))
	}
	rs := make([]rune, len(raw))
	for i, b := range raw {
		rs[i] = rune(b)
	}
	return string(rs)
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// isSubsequence reports whether want appears in have in order, with
// anything in between. Titles are compared without their spaces: Chromium
// joins the lines of a heading that wraps with none.
func isSubsequence(have, want []string) bool {
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	i := 0
	for _, h := range have {
		if i < len(want) && squeeze(h) == squeeze(want[i]) {
			i++
		}
	}
	return i == len(want)
}
