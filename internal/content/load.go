package content

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/encoding/unicode"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/sources"
)

// VocabularyDir holds the taxonomy vocabularies, shared by all languages.
const VocabularyDir = "taxonomies"

var idRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// IsID reports whether s can be a page's id (its file name without .md):
// lowercase letters a-z, digits and single hyphens.
func IsID(s string) bool { return idRe.MatchString(s) }

// Load reads every page of the site rooted at root. It returns the pages in
// a stable order (by file path) and every problem found in any of them.
func Load(root string, cfg *config.Config) ([]*Page, error) { return LoadWith(root, cfg, nil) }

// Parser makes the page of one file from its bytes; file is its path from
// the site root ("content/en/cases/x.md"). The default is Parse with the
// site's configuration; the live preview passes one that reuses the pages
// of bytes it parsed before.
type Parser func(file string, src []byte) (*Page, diag.List)

// LoadWith is Load with parse making each page from its file's bytes.
func LoadWith(root string, cfg *config.Config, parse Parser) ([]*Page, error) {
	return LoadFS(sitefs.Dir(root, "content"), cfg, parse)
}

// LoadFS is LoadWith reading the content folder from contentFS (nil when
// the site has none).
func LoadFS(contentFS fs.FS, cfg *config.Config, parse Parser) ([]*Page, error) {
	if parse == nil {
		parse = func(file string, src []byte) (*Page, diag.List) { return Parse(file, src, cfg) }
	}
	var errs diag.List
	for _, t := range cfg.Taxonomies {
		if i := slices.IndexFunc(table, func(f Field) bool { return f.Name == t }); i >= 0 && !table[i].IsTaxonomy() {
			errs.Addf(config.File, 0, "taxonomy %q has the name of the front matter field %s, which is not a list of terms: give the taxonomy another name", t, t)
		}
	}
	var files []string
	if contentFS == nil {
		errs.Addf("content", 0, "the site has no content folder")
		return nil, errs.Err()
	}
	err := fs.WalkDir(contentFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.Add(sitefs.Problem(path.Join("content", p), err))
			return nil
		}
		name := d.Name()
		if p != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if e := checkDir(p, cfg); e != nil {
				errs.Add(e)
				return fs.SkipDir
			}
			if p == VocabularyDir {
				return fs.SkipDir
			}
			return nil
		}
		if p == path.Base(config.File) || p == path.Base(sources.File) {
			return nil
		}
		if ext := path.Ext(name); strings.EqualFold(ext, ".md") && ext != ".md" || strings.EqualFold(ext, ".markdown") {
			errs.Addf("content/"+p, 0, "page file names end in .md, in lowercase: rename it to %s", strings.TrimSuffix(name, ext)+".md")
			return nil
		}
		if !strings.HasSuffix(name, ".md") {
			errs.Addf("content/"+p, 0, "only Markdown pages (.md) belong in content/; put images and other files in static/")
			return nil
		}
		if !strings.Contains(p, "/") {
			errs.Addf("content/"+p, 0, "a page must be inside a language folder such as content/%s/", cfg.DefaultLanguage)
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		errs.Addf("content", 0, "cannot read the content folder: %v", err)
	}
	sort.Strings(files)

	pages := make([]*Page, len(files))
	perFile := make([]diag.List, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pages[i], perFile[i] = loadFile(contentFS, files[i], parse)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	out := pages[:0]
	for i, p := range pages {
		errs.Merge(perFile[i])
		if p != nil {
			out = append(out, p)
		}
	}
	return out, errs.Err()
}

// checkDir accepts content/<lang>/, content/<lang>/<section>/ and the
// vocabulary folder.
func checkDir(p string, cfg *config.Config) *diag.Error {
	parts := strings.Split(p, "/")
	switch {
	case p == "." || p == VocabularyDir:
		return nil
	case len(parts) == 1:
		if cfg.Language(parts[0]) == nil || parts[0] != langDir(cfg, parts[0]) {
			return diag.Errorf("content/"+p, 0, "folder %q is not a language of the site; the language folders are %s (languages are listed in %s)", parts[0], strings.Join(langDirs(cfg), ", "), config.File)
		}
		return nil
	case len(parts) == 2:
		for _, s := range Sections {
			if s.Dir == parts[1] {
				return nil
			}
		}
		var dirs []string
		for _, s := range Sections {
			dirs = append(dirs, s.Dir)
		}
		return diag.Errorf("content/"+p, 0, "unknown folder %q; a language folder holds: %s", parts[1], strings.Join(dirs, ", "))
	}
	return diag.Errorf("content/"+p, 0, "folders go two levels deep at most: content/<language>/<section>/page.md")
}

// langDir is the folder name of a language: its code as configured.
func langDir(cfg *config.Config, name string) string {
	if l := cfg.Language(name); l != nil {
		return l.Code
	}
	return ""
}

func langDirs(cfg *config.Config) []string {
	var out []string
	for _, l := range cfg.Languages {
		out = append(out, l.Code)
	}
	return out
}

// loadFile reads and checks one page; p is relative to content/, which
// contentFS is.
func loadFile(contentFS fs.FS, p string, parse Parser) (*Page, diag.List) {
	var errs diag.List
	file := "content/" + p
	src, err := fs.ReadFile(contentFS, p)
	if err != nil {
		errs.Add(sitefs.Problem(file, err))
		return nil, errs
	}
	return parse(file, src)
}

// Parse decodes and checks one page; file is its path from the site root
// ("content/en/cases/x.md"), which decides its language and kind. It
// always returns the page: one whose front matter cannot be read carries
// only what its path tells, and its body when that is known.
func Parse(file string, src []byte, cfg *config.Config) (*Page, diag.List) {
	var errs diag.List
	p := strings.TrimPrefix(file, "content/")
	parts := strings.Split(p, "/")
	page := &Page{Lang: parts[0], File: file, ID: strings.TrimSuffix(parts[len(parts)-1], ".md")}
	switch {
	case len(parts) == 2 && page.ID == "_index":
		page.Kind, page.ID = Home, ""
	case len(parts) == 2:
		page.Kind = Plain
	case page.ID == "_index":
		page.Kind, page.Section, page.ID = Section, parts[1], parts[1]
	default:
		page.Section = parts[1]
		for _, s := range Sections {
			if s.Dir == parts[1] {
				page.Kind = s.Kind
			}
		}
	}
	if page.Kind != Home && page.Kind != Section && !idRe.MatchString(page.ID) {
		errs.Addf(file, 0, "file name %q is not a page id: use lowercase letters a-z, digits and single hyphens, e.g. parvomay-drug-prevention.md", page.ID+".md")
	}
	if utf8Src, ok := fromUTF16(src); ok {
		errs.Addf(file, 1, "the file is saved as UTF-16: save it as UTF-8 (in the editor's Save As, choose the encoding UTF-8)")
		src = utf8Src
	} else if e := checkUTF8(file, src); e != nil {
		// The page is still read, with the bad bytes replaced, so that
		// its other problems show in the same run.
		errs.Add(e)
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	fields, body, bodyLine, err := splitMatter(src)
	page.Body, page.BodyLine = body, bodyLine
	meta := sha256.Sum256(src[:len(src)-len(body)])
	page.Meta = hex.EncodeToString(meta[:8])
	page.FirstLine = openingLine(src)
	page.Lines = map[string]int{}
	if err != nil {
		// The page is kept with what its path tells, so that references
		// to it do not add misleading "unknown id" problems.
		le := err.(*lineError)
		errs.Addf(file, le.line, "%s", le.msg)
		return page, errs
	}
	for _, f := range fields {
		page.Lines[f.key] = f.line
		if f.cut != "" {
			page.Warnings.Warnf(file, f.line, "the value of %s stops before \" #\": YAML left out %q as a note; to keep it, put the whole value in double quotes: %s: %s", f.key, f.cut, f.key, quoteYAML(fmt.Sprint(f.val)+" "+f.cut))
		}
	}
	apply(page, fields, cfg.Taxonomies, &errs)
	placeholders(page, src, fields)
	return page, errs
}

// fromUTF16 decodes src to UTF-8 when it starts with a UTF-16 byte order mark.
func fromUTF16(src []byte) ([]byte, bool) {
	if !bytes.HasPrefix(src, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil, false
	}
	out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, false
	}
	return out, true
}
