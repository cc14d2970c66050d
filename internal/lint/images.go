package lint

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/skupaj/skupaj/internal/markdown"
	"github.com/skupaj/skupaj/internal/site"
)

var (
	imgTag = regexp.MustCompile(`(?i)<img\b[^>]*>?`)
	altRe  = attrRe("alt")
	srcRe  = attrRe("src")
)

// attrRe matches an HTML attribute and its value, quoted or not.
func attrRe(name string) *regexp.Regexp {
	return regexp.MustCompile(`(?is)\s` + name + `\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+))`)
}

// newParser parses Markdown as package markdown does, for positions.
func newParser() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Footnote),
		goldmark.WithParserOptions(parser.WithAttribute()),
	).Parser()
}

// image is one image of a page's Markdown source.
type image struct {
	line int // line in the body, 1-based
	dest string
	alt  bool // has alt text
}

// images warns about each image without alt text, at its line. The source
// says where an image is; the rendered HTML, what readers get: images it
// has without alt text that the source walk did not find are reported
// without a line.
func images(s *site.Site, p *site.Page, md parser.Parser, docOf func(*site.Page) *markdown.Doc) []Finding {
	var out []Finding
	rawImg := s.Config.Markdown.UnsafeHTML && bytes.Contains(bytes.ToLower(p.Body), []byte("<img"))
	if !bytes.Contains(p.Body, []byte("![")) && !rawImg {
		return nil // no image syntax at all: nothing to parse (most pages)
	}
	for _, img := range sourceImages(md, p.Body, s.Config.Markdown.UnsafeHTML) {
		if !img.alt {
			out = append(out, Finding{p.File, p.BodyLine + img.line - 1, Warning,
				fmt.Sprintf("image %s has no alt text: describe what it shows, ![what it shows](%s), for readers who cannot see it", img.dest, img.dest)})
		}
	}
	if docOf == nil {
		return out
	}
	if d := docOf(p); d != nil {
		if n := countWithoutAlt(d.HTML) - len(out); n > 0 {
			out = append(out, Finding{p.File, 0, Warning, fmt.Sprintf("%d more image(s) on the page have no alt text", n)})
		}
	}
	return out
}

// sourceImages lists the images of a Markdown body in document order:
// Markdown images, and <img> tags in raw HTML when the site lets it through.
func sourceImages(md parser.Parser, body []byte, rawHTML bool) []image {
	lines := markdown.NewLines(body)
	var out []image
	_ = ast.Walk(md.Parse(text.NewReader(body)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			alt := strings.TrimSpace(altText(n, body))
			out = append(out, image{line: lines.Of(position(n)), dest: string(n.Destination), alt: alt != ""})
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			if rawHTML {
				out = append(out, htmlImages(n.Lines(), body, lines)...)
			}
		case *ast.RawHTML:
			if rawHTML {
				out = append(out, htmlImages(n.Segments, body, lines)...)
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// htmlImages finds the <img> tags of raw HTML made of segs of body.
func htmlImages(segs *text.Segments, body []byte, lines markdown.Lines) []image {
	var joined []byte
	var at []int // at[i]: offset in body of joined[i]
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		joined = append(joined, s.Value(body)...)
		for o := s.Start; o < s.Stop; o++ {
			at = append(at, o)
		}
	}
	var out []image
	for _, m := range imgTag.FindAllIndex(joined, -1) {
		tag := joined[m[0]:m[1]]
		out = append(out, image{line: lines.Of(at[m[0]]), dest: src(tag), alt: hasAlt(tag)})
	}
	return out
}

// countWithoutAlt counts the <img> tags of rendered HTML without alt text.
func countWithoutAlt(html []byte) int {
	n := 0
	for _, tag := range imgTag.FindAll(html, -1) {
		if !hasAlt(tag) {
			n++
		}
	}
	return n
}

func hasAlt(tag []byte) bool {
	m := altRe.FindSubmatch(tag)
	return m != nil && len(bytes.TrimSpace(bytes.Join(m[1:], nil))) > 0
}

// src is the image address of an <img> tag, for messages.
func src(tag []byte) string {
	if m := srcRe.FindSubmatch(tag); m != nil {
		return string(bytes.Join(m[1:], nil))
	}
	return "(no src)"
}

// altText is the plain text of an image's description.
func altText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch t := c.(type) {
			case *ast.Text:
				b.Write(t.Segment.Value(src))
			case *ast.String:
				b.Write(t.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// position is the byte offset of node n in the source: its own, else its
// block's first line.
func position(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	for b := n.Parent(); b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			return b.Lines().At(0).Start
		}
	}
	return 0
}
