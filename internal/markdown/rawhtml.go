package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/text"
)

// RawHTML is raw HTML written in a page that the renderer leaves out,
// because the site does not let raw HTML through (Options.UnsafeHTML).
// HTML comments are not listed: leaving them out is what an editor expects.
type RawHTML struct {
	Line int
	HTML string // the first line of it, as written
	Img  *Image // its first <img> tag, which could be a Markdown image; nil when it has none
}

// html records raw HTML made of segs of src (and, for an HTML block, its
// closing line): when the page lets it through, the <img> tags in it, as
// images; else the HTML itself, as left out. Comments are passed over.
func (st *state) html(segs *text.Segments, hasClosure bool, closure text.Segment, src []byte) {
	var joined []byte
	var at []int // at[i]: offset in src of joined[i]
	add := func(s text.Segment) {
		joined = append(joined, s.Value(src)...)
		for o := s.Start; o < s.Stop; o++ {
			at = append(at, o)
		}
	}
	for i := 0; i < segs.Len(); i++ {
		add(segs.At(i))
	}
	if hasClosure {
		add(closure)
	}
	start := len(joined) - len(bytes.TrimLeft(joined, " \t\r\n"))
	if start == len(joined) || bytes.HasPrefix(joined[start:], []byte("<!--")) {
		return // a comment shows nothing, let through or not
	}
	if !st.unsafe {
		first, _, _ := bytes.Cut(joined[start:], []byte("\n"))
		h := RawHTML{Line: st.lineOf(at[start]), HTML: strings.TrimSpace(string(first))}
		if imgs := imgTags(joined); len(imgs) > 0 {
			img := st.image(imgs[0], at)
			h.Img = &img
		}
		st.rawHTML = append(st.rawHTML, h)
		return
	}
	for _, t := range imgTags(joined) {
		st.images = append(st.images, st.image(t, at))
	}
}

// image is the Image of an <img> tag; at maps the tag's offsets to the source.
func (st *state) image(t tag, at []int) Image {
	return Image{Line: st.lineOf(at[t.at]), Dest: t.attrs["src"], Alt: strings.TrimSpace(t.attrs["alt"])}
}

// tag is an HTML start tag found in raw HTML.
type tag struct {
	at    int               // byte offset of its "<"
	attrs map[string]string // attribute names in lower case
}

// imgTags finds the <img> tags of raw HTML and reads their attributes as
// HTML does: names are case-insensitive, values double-quoted,
// single-quoted or bare.
func imgTags(h []byte) []tag {
	var out []tag
	for i := 0; i+4 <= len(h); i++ {
		if h[i] != '<' || !strings.EqualFold(string(h[i+1:i+4]), "img") {
			continue
		}
		if j := i + 4; j < len(h) && !isSpace(h[j]) && h[j] != '/' && h[j] != '>' {
			continue // <imgx>
		}
		t := tag{at: i, attrs: map[string]string{}}
		j := i + 4
		for j < len(h) && h[j] != '>' {
			if isSpace(h[j]) || h[j] == '/' {
				j++
				continue
			}
			k := j
			for k < len(h) && !isSpace(h[k]) && h[k] != '=' && h[k] != '>' && h[k] != '/' {
				k++
			}
			name := strings.ToLower(string(h[j:k]))
			for k < len(h) && isSpace(h[k]) {
				k++
			}
			value := ""
			if k < len(h) && h[k] == '=' {
				k++
				for k < len(h) && isSpace(h[k]) {
					k++
				}
				if k < len(h) && (h[k] == '"' || h[k] == '\'') {
					end := bytes.IndexByte(h[k+1:], h[k])
					if end < 0 {
						end = len(h) - k - 1
					}
					value = string(h[k+1 : k+1+end])
					k += end + 2
				} else {
					v := k
					for k < len(h) && !isSpace(h[k]) && h[k] != '>' {
						k++
					}
					value = string(h[v:k])
				}
			}
			if _, seen := t.attrs[name]; !seen && name != "" {
				t.attrs[name] = value // the first of two equal attributes counts, as in HTML
			}
			j = max(k, j+1)
		}
		out = append(out, t)
		i = j
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
