// Package bundle makes the files that pages load from the readable sources
// of static/: each bundle is its entries' code with every module or
// stylesheet they import, minified by esbuild, so that a page loads one
// script and one stylesheet where the sources are many files. The sources
// still ship, for the service worker (js/offline.js) and for whoever reads
// them.
//
// Bundles are read from the static files as the build copies them (the
// site's static/ over the theme's): a site that replaces a module of the
// search gets it in the bundle. The same sources give the same bytes.
package bundle

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
)

// A Bundle is one file made from sources of static/.
type Bundle struct {
	Out     string         // its path in the output ("js/search.min.js")
	Entries []string       // the files it runs or styles, in order
	Kinds   []content.Kind // of a stylesheet: the kinds of page that load it
	// Inline: a stylesheet that its pages carry in a <style> element
	// rather than link: one request fewer for a first search, at the
	// cost of its bytes in every such page (no cache across them).
	Inline bool
}

// Bundles are the files that the layouts load: every page's script, and
// the scripts of the directory pages and of the compare page, which hold
// every page's script too, so that each page loads one script; the search
// page's, which holds of every page's script only what the search page
// uses (asking the offline worker to keep its language: it has no table,
// print button or contents, and it counts in a first search's bytes); and
// the stylesheets, one per family of pages, so that each page loads one
// stylesheet with only the parts its kind uses. The search page's holds
// only what it shows, for it counts in a first search's bytes: no header
// search box, no text (header-search.css, text.css); the page not found
// has its own, with the header's box and the search form. The stylesheet
// without kinds is for every kind that no other names. A stylesheet's
// entries are in cascade order: a later part overrides an earlier one at
// equal specificity (print.css hides case.css's tools).
var Bundles = []Bundle{
	{Out: "js/skupaj.min.js", Entries: []string{"js/skupaj.js"}},
	{Out: "js/search.min.js", Entries: []string{"js/page/keep.js", "js/search.js"}},
	{Out: "js/directory.min.js", Entries: []string{"js/skupaj.js", "js/directory.js"}},
	{Out: "js/compare.min.js", Entries: []string{"js/skupaj.js", "js/compare.js"}},
	{Out: "css/search.min.css", Entries: []string{"css/base.css", "css/search-form.css", "css/search.css"},
		Kinds: []content.Kind{content.Search}, Inline: true},
	{Out: "css/notfound.min.css", Entries: []string{"css/base.css", "css/header-search.css", "css/search-form.css"},
		Kinds: []content.Kind{content.NotFound}, Inline: true},
	{Out: "css/catalogue.min.css", Entries: []string{"css/base.css", "css/header-search.css", "css/text.css", "css/catalogue.css", "css/compare.css", "css/case.css", "css/print.css", "css/map.css", "css/directory.css"},
		Kinds: []content.Kind{content.Catalogue, content.Cell, content.Map, content.Directory, content.Compare, content.Taxonomy, content.Term}},
	{Out: "css/page.min.css", Entries: []string{"css/base.css", "css/header-search.css", "css/text.css", "css/reading.css", "css/home.css", "css/case.css", "css/print.css"}},
}

// Stylesheet is the output path of the stylesheet that pages of kind k
// load, and whether they carry it inline (Bundle.Inline).
func Stylesheet(k content.Kind) (out string, inline bool) {
	var fallback Bundle
	for _, b := range Bundles {
		if path.Ext(b.Out) != ".css" {
			continue
		}
		if slices.Contains(b.Kinds, k) {
			return b.Out, b.Inline
		}
		if b.Kinds == nil {
			fallback = b
		}
	}
	return fallback.Out, fallback.Inline
}

// namespace is esbuild's name for the files of static.
const namespace = "static"

// Make builds every bundle from static and returns them by output path.
func Make(static fs.FS) (map[string][]byte, error) {
	out := make(map[string][]byte, len(Bundles))
	for _, b := range Bundles {
		data, err := b.make(static)
		if err != nil {
			return nil, err
		}
		out[b.Out] = data
	}
	return out, nil
}

// make builds one bundle: its entries imported, in order, by one module.
func (b Bundle) make(static fs.FS) ([]byte, error) {
	loader := api.LoaderJS
	var entry strings.Builder
	for _, e := range b.Entries {
		if path.Ext(e) == ".css" {
			loader = api.LoaderCSS
			fmt.Fprintf(&entry, "@import %q;\n", "/"+e)
		} else {
			fmt.Fprintf(&entry, "import %q;\n", "/"+e)
		}
	}
	res := api.Build(api.BuildOptions{
		Stdin:             &api.StdinOptions{Contents: entry.String(), Sourcefile: b.Out, Loader: loader},
		Bundle:            true,
		Format:            api.FormatESModule,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LegalComments:     api.LegalCommentsNone,
		Charset:           api.CharsetUTF8,
		Sourcemap:         api.SourceMapNone,
		LogLevel:          api.LogLevelSilent,
		Write:             false,
		Plugins:           []api.Plugin{fromFS(static)},
	})
	if len(res.Errors) > 0 {
		return nil, bundleError(b, res.Errors)
	}
	if len(res.OutputFiles) != 1 {
		return nil, fmt.Errorf("bundling %s: esbuild made %d files, want 1", b.Out, len(res.OutputFiles))
	}
	return res.OutputFiles[0].Contents, nil
}

// fromFS is an esbuild plugin that resolves every import among the files
// of static and reads them from there, never from the disk around it.
func fromFS(static fs.FS) api.Plugin {
	return api.Plugin{Name: namespace, Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			p := a.Path
			if !strings.HasPrefix(p, "/") {
				dir := "/"
				if a.Namespace == namespace {
					dir = path.Dir(a.Importer)
				}
				p = path.Join(dir, p)
			}
			return api.OnResolveResult{Path: path.Clean(p), Namespace: namespace}, nil
		})
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			data, err := fs.ReadFile(static, strings.TrimPrefix(a.Path, "/"))
			if err != nil {
				return api.OnLoadResult{}, err
			}
			text := string(data)
			loader := api.LoaderJS
			if path.Ext(a.Path) == ".css" {
				loader = api.LoaderCSS
			}
			return api.OnLoadResult{Contents: &text, Loader: loader}, nil
		})
	}}
}

// bundleError lists esbuild's errors as problems of the files of static/
// that hold them, with their lines.
func bundleError(b Bundle, msgs []api.Message) error {
	var errs diag.List
	for _, m := range msgs {
		file, line := "static/"+b.Entries[len(b.Entries)-1], 0
		if l := m.Location; l != nil && strings.HasPrefix(l.File, namespace+":") {
			file, line = "static"+strings.TrimPrefix(l.File, namespace+":"), l.Line
		}
		errs.Addf(file, line, "%s (bundling %s with esbuild)", m.Text, b.Out)
	}
	return errs.Err()
}
