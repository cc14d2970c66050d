package site

import (
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strings"
)

// Anchor is a link to a heading of a page, to be checked once every page's
// headings are known.
type Anchor struct {
	Target *Page
	ID     string
	Line   int
}

// ResolveLink rewrites a link destination written in page p:
//   - a relative link to a Markdown source file ("../tools/agreement.md#scope")
//     becomes the URL of that page; a missing file is an error;
//   - "#id" stays, and is checked against p's headings;
//   - a root-relative path ("/img/logo.png", a file in static/) gets the base path;
//   - absolute URLs (https:, mailto:) stay as they are.
//
// It returns the new destination and, for a fragment, the anchor to check;
// an error says what is wrong with dest without naming it (the caller
// knows whether it is a link or an image).
func (s *Site) ResolveLink(p *Page, dest string) (string, *Anchor, error) {
	if dest == "" {
		return "", nil, fmt.Errorf("the address is empty")
	}
	u, err := url.Parse(dest)
	if err != nil {
		return "", nil, fmt.Errorf("is not a valid address")
	}
	switch {
	case u.Scheme != "" || strings.HasPrefix(dest, "//"):
		return dest, nil, nil
	case strings.HasPrefix(dest, "#"):
		return dest, &Anchor{Target: p, ID: u.Fragment}, nil
	case strings.HasPrefix(dest, "/"):
		if err := s.checkRootPath(u.Path); err != nil {
			return "", nil, err
		}
		return s.Config.URL(dest), nil, nil
	}
	if !strings.HasSuffix(u.Path, ".md") {
		return "", nil, fmt.Errorf("link to another page by its source file (for example ../cases/parvomay-drug-prevention.md), or to a file in static/ by a path starting with /")
	}
	file := path.Clean(path.Join(path.Dir(p.File), u.Path))
	target := s.byFile[file]
	if target == nil {
		target = s.untranslated(file, p.Lang)
	}
	if target == nil {
		return "", nil, fmt.Errorf("there is no page %s", file)
	}
	// A page published in another script links the same script's pages.
	if target.Lang != p.Lang {
		for _, t := range target.Translations {
			if t.Lang == p.Lang {
				target = t
			}
		}
	}
	out := s.Config.URL(target.URL)
	if u.Fragment == "" {
		return out, nil, nil
	}
	return out + "#" + u.Fragment, &Anchor{Target: target, ID: u.Fragment}, nil
}

// untranslated finds, for a link to content/<lang>/<path> that has no file
// in its own language, the same page in another language (the default
// first), so that a translated page can link to a page not yet translated.
func (s *Site) untranslated(file string, l *Lang) *Page {
	parts := strings.SplitN(file, "/", 3)
	if len(parts) != 3 || parts[0] != "content" || s.Config.Language(parts[1]) == nil {
		return nil
	}
	var found []*Page
	for _, o := range s.Langs {
		if p := s.byFile["content/"+o.Code+"/"+parts[2]]; p != nil {
			found = append(found, p)
		}
	}
	return preferred(found, l)
}

// generatedFiles are the files of the output that no page and no static
// file make, as path.Match patterns from the site root ("*/feed.xml" is a
// language's feed; a pattern ending in "*" covers a folder). The packages
// that write them import site, so their names are repeated here;
// TestRootPathsMustNameAFileOrAPage links every one of them.
var generatedFiles = []string{"catalogue.json", "catalogue.csv", "sitemap.xml", "robots.txt", "404.html", "sw.js", "feed.xml", "*/feed.xml", "search/*"}

// checkRootPath reports whether a path from the site root names a file of
// static/, a page or a file the build makes; it says what to do when not.
func (s *Site) checkRootPath(p string) error {
	if s.Static == nil {
		return nil
	}
	rel := strings.TrimPrefix(p, "/")
	if rel == "" {
		return nil
	}
	if st, err := fs.Stat(s.Static, strings.TrimSuffix(rel, "/")); err == nil && !st.IsDir() {
		return nil
	}
	dir := strings.TrimSuffix(rel, "/") + "/"
	if s.byOutput[rel] != nil || s.byOutput[dir+"index.html"] != nil {
		return nil
	}
	for _, g := range generatedFiles {
		if ok, _ := path.Match(g, rel); ok || strings.HasSuffix(g, "*") && strings.HasPrefix(rel, strings.TrimSuffix(g, "*")) {
			return nil
		}
	}
	if path.Ext(rel) != "" {
		return fmt.Errorf("there is no file static/%s: put the file there, or correct the path", rel)
	}
	return fmt.Errorf("there is no page at /%s: link a page by its source file instead (for example ../cases/parvomay-drug-prevention.md), so that the build checks it and keeps it right", rel)
}
