package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// The renderer records the images of a page with the lines of its file,
// as written (before the resolver rewrites them).
func TestRenderRecordsImages(t *testing.T) {
	src := "Intro.\n\n![](/a.png)\n\nSome text\nand ![ ](/b.png) inline, ![A *chart*](/c.png)\nwith [a link](x.md).\n"
	doc, err := New(Options{}).Render(Input{Src: []byte(src), FirstLine: 5, Resolve: func(d string, _ int) (string, error) { return "/rewritten/", nil }})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(doc.Images)
	want := "[{7 /a.png } {10 /b.png } {10 /c.png A chart}]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// Raw HTML is left out unless the site lets it through: the renderer says
// where, quoting its first line; with raw HTML let through, its <img> tags
// are images.
func TestRenderRecordsRawHTML(t *testing.T) {
	src := "Text.\n\n<p>\n<IMG alt=\"\" src='/raw.png'>\n<img src=/ok.png alt=\"A logo\"/>\n</p>\n\n<!-- <img src=\"/commented.png\"> -->\n\nInline <em>x</em>.\n"
	safe, err := New(Options{}).Render(Input{Src: []byte(src), FirstLine: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, h := range safe.RawHTML {
		fmt.Fprintf(&b, "%d %s %v\n", h.Line, h.HTML, h.Img)
	}
	if want := "3 <p> &{4 /raw.png }\n10 <em> <nil>\n10 </em> <nil>\n"; b.String() != want {
		t.Errorf("left out:\n%s\nwant:\n%s", b.String(), want)
	}
	if len(safe.Images) != 0 || strings.Contains(string(safe.HTML), "<img") {
		t.Errorf("raw images taken in: %v\n%s", safe.Images, safe.HTML)
	}
	unsafe, err := New(Options{UnsafeHTML: true}).Render(Input{Src: []byte(src), FirstLine: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(unsafe.Images, unsafe.RawHTML), "[{4 /raw.png } {5 /ok.png A logo}] []"; got != want {
		t.Errorf("with raw HTML: got %s, want %s", got, want)
	}
}
