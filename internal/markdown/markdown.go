// Package markdown turns a page's Markdown into HTML with goldmark: GFM,
// footnotes, typographer, heading IDs that are readable ASCII slugs, and
// link destinations rewritten by the caller (links to source files become
// page URLs). It reports the headings of the page, its images,
// the raw HTML it leaves out, and every link problem, with their lines.
package markdown

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Options configure the renderer.
type Options struct {
	UnsafeHTML bool     // let raw HTML and any heading attribute through; otherwise they are left out
	Reserved   Reserved // the layouts' ids, which headings may not take
}

// Resolver rewrites a link or image destination written in a page at a line
// of its file. It returns the destination to use, or an error that says why
// the link is broken.
type Resolver func(dest string, line int) (string, error)

// Heading is one heading of a page.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Problem is a broken link, at a line of the page's file.
type Problem struct {
	Line int
	Err  error
}

// Doc is a rendered page.
type Doc struct {
	HTML     string
	Headings []Heading
	Sections []Section // plain text by heading, for search
	Problems []Problem
	Images   []Image   // every image, in document order
	RawHTML  []RawHTML // raw HTML left out of the page, in document order
}

// Renderer is safe for concurrent use.
type Renderer struct {
	md       goldmark.Markdown
	reserved Reserved
	unsafe   bool
}

// New returns a Renderer.
func New(o Options) *Renderer {
	ropts := []goldmark.Option{
		goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.Typographer),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithAttribute(),
			parser.WithASTTransformers(
				util.Prioritized(linkRewriter{}, 100),
				util.Prioritized(headingChecks{unsafe: o.UnsafeHTML, reserved: o.Reserved}, 200),
			),
		),
	}
	ropts = append(ropts, goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(taskBoxes{}, taskBoxPriority))))
	if o.UnsafeHTML {
		ropts = append(ropts, goldmark.WithRendererOptions(html.WithUnsafe()))
	}
	return &Renderer{md: goldmark.New(ropts...), reserved: o.Reserved, unsafe: o.UnsafeHTML}
}

// Input is one page's Markdown and how to render it.
type Input struct {
	Src       []byte
	Lang      string   // the page's language: heading IDs are transliterated by its scheme
	FirstLine int      // the line of the file Src starts on
	Resolve   Resolver // rewrites link destinations; nil leaves them
	// Sections asks for the plain text by heading (Doc.Sections), which
	// search needs and a build without search does not.
	Sections bool
	// ToLatin, when set, is the language whose Cyrillic the text is written
	// in: every text is published transliterated to Latin ("sr" for a
	// Serbian page published in Latin). Code, URLs and raw HTML stay.
	ToLatin string
}

// Render converts one page's Markdown. A page whose lists or block quotes
// nest deeper than MaxNesting is not parsed: its Doc has only that problem.
func (r *Renderer) Render(in Input) (*Doc, error) {
	src := in.Src
	if line, depth := tooDeep(src); line > 0 {
		return &Doc{Problems: []Problem{{Line: in.FirstLine + line - 1, Err: fmt.Errorf(
			"lists or block quotes nest %d levels deep here; at most %d are allowed (each marker \"-\", \"1.\" or \">\" at the start of a line is a level, and so are each two columns of indentation before it)",
			depth, MaxNesting)}}}, nil
	}
	st := &state{resolve: in.Resolve, unsafe: r.unsafe, lines: NewLines(src), firstLine: in.FirstLine}
	pc := parser.NewContext(parser.WithIDs(newIDs(in.Lang, r.reserved)))
	pc.Set(stateKey, st)
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	if in.ToLatin != "" {
		src = toLatin(doc, src, in.ToLatin)
	}
	var out Doc
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			out.Headings = append(out.Headings, Heading{Level: h.Level, ID: string(idb), Text: plainText(h, src)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/4)
	if err := r.md.Renderer().Render(&buf, src, doc); err != nil {
		return nil, err
	}
	out.HTML = buf.String() // a copy without the buffer's spare room, which layouts print as it is
	if in.Sections {
		out.Sections = sections(doc, src)
	}
	out.Problems, out.Images, out.RawHTML = st.problems, st.images, st.rawHTML
	return &out, nil
}

// plainText is the text of a node and its children, without markup.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	blockText(&b, n, src)
	return strings.Join(strings.Fields(b.String()), " ")
}

// lineOf is the line of the file at byte offset off of the body.
func (s *state) lineOf(off int) int { return s.firstLine + s.lines.Of(off) - 1 }
