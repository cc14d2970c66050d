// Package build runs the whole pipeline: load → validate → render → write.
// It is what `skupaj build` and `skupaj check` call.
package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/lint"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/publish"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/taxonomy"
	"github.com/skupaj/skupaj/internal/theme"
)

// Options say what to build.
type Options struct {
	Root    string // the site's folder (holds content/, layouts/, static/)
	Out     string // output folder; default <Root>/public
	BaseURL string // overrides base_url of the configuration when set
	// NoSearch leaves out the search index (faster builds while writing).
	NoSearch bool
	// Index is where the Bleve index is kept; default <Root>/.skupaj/index.bleve.
	Index string
}

// Result tells what a build did.
type Result struct {
	Pages    int                 // HTML pages written
	Warnings []string            // the warnings among Findings, as "path:line: warning: message"
	Findings []lint.Finding      // what skupaj check reports besides errors
	Missing  map[string][]string // interface strings missing per language
	Search   *search.Stats       // what the search export wrote, when it ran
}

// Build builds the site into Options.Out. When anything fails, the
// previous output is left as it was.
func Build(o Options) (*Result, error) {
	def := filepath.Join(o.Root, "public")
	if o.Out == "" {
		o.Out = def
	}
	if o.Index == "" {
		o.Index = filepath.Join(o.Root, search.IndexDir)
	}
	var sources []string
	for _, dir := range []string{"content", "layouts", "static", filepath.Dir(search.IndexDir)} {
		sources = append(sources, filepath.Join(o.Root, dir))
	}
	out, err := output.Begin(o.Out, output.Guard{
		Site:    o.Root,
		Sources: append(sources, o.Index),
		Adopt:   samePath(o.Out, def),
	})
	if err != nil {
		return nil, err
	}
	res, err := run(o, out, !o.NoSearch, nil)
	if err == nil {
		err = out.CopyFS(theme.Overlay(dirFS(o.Root, "static"), skupaj.Static()))
	}
	if err == nil {
		err = out.Commit()
	}
	if err != nil {
		out.Abort()
		var d *diag.Error
		if errors.As(err, &d) { // a file of static/ that cannot be published
			err = diag.List{d}
		}
		return nil, err
	}
	return res, nil
}

// samePath reports whether a and b name one path (links aside).
func samePath(a, b string) bool {
	a, aerr := filepath.Abs(a)
	b, berr := filepath.Abs(b)
	return aerr == nil && berr == nil && a == b
}

// Check runs every stage of a build but writes nothing.
func Check(o Options) (*Result, error) { return run(o, output.Discard{}, false, nil) }

// caches are what a Session keeps between builds.
type caches struct {
	content  *content.Cache
	markdown *render.Cache
}

func run(o Options, w output.Writer, withSearch bool, c *caches) (*Result, error) {
	if c == nil {
		c = &caches{}
	}
	// Indexing allocates much and keeps little: with search the collector
	// waits for the heap to grow 400 %, capped by skupaj's memory limit
	// (768 MB). On 10,000 pages: a tenth less time, the same peak. Without
	// search the default keeps that build's peak near 450 MB.
	if withSearch && os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	cfg, err := config.Load(o.Root)
	if err != nil {
		return nil, err
	}
	if o.BaseURL != "" {
		cfg.BaseURL = o.BaseURL
		if cfg, err = reparse(cfg); err != nil {
			return nil, err
		}
	}
	pages, err := content.LoadCached(o.Root, cfg, c.content)
	vocab, verr := taxonomy.Load(o.Root, cfg)
	if err := joinProblems(err, verr); err != nil {
		return nil, err
	}
	s, err := site.New(cfg, vocab, pages)
	if err != nil {
		return nil, err
	}
	layouts := theme.Overlay(dirFS(o.Root, "layouts"), skupaj.Layouts())
	strs, err := i18n.Load(layouts, cfg)
	if err != nil {
		return nil, err
	}
	r, err := render.New(s, layouts, strs)
	if err != nil {
		return nil, err
	}
	if withSearch {
		r.WithSections()
	}
	if c.markdown != nil {
		r.UseCache(c.markdown)
		r.SetSiteKey(siteKey(o.Root, *cfg, pages, layouts))
	}
	if err := r.Markdown(); err != nil {
		return nil, err
	}
	if err := r.Pages(w); err != nil {
		return nil, err
	}
	res := &Result{Pages: len(s.Pages), Missing: strs.Missing()}
	// The search stage starts now, beside the short serial stages below
	// (catalogue, feeds, lint): it needs only searchIn, so the site model
	// and the rendered HTML (150 MB on 10,000 pages) can be let go when
	// those are done.
	searched := make(chan error, 1)
	if !withSearch {
		searched <- nil
	} else {
		if o.Index == "" {
			o.Index = filepath.Join(o.Root, search.IndexDir)
		}
		searchIn := newSearchInput(s, r)
		go func() {
			var err error
			res.Search, err = buildSearch(o.Index, searchIn, w)
			searched <- err
		}()
	}
	abs := func(p *site.Page) string { return catalogue.Abs(cfg.BaseURL, p) }
	cat, err := catalogue.Build(s, abs)
	if err == nil {
		err = w.Write(catalogue.File, cat)
	}
	if err == nil {
		err = publish.Write(s, abs, w)
	}
	if err != nil {
		<-searched // it writes to w until it is done
		return nil, err
	}
	res.Findings = lint.Check(s, r.Doc, res.Missing)
	for _, f := range res.Findings {
		if f.Severity == lint.Warning {
			res.Warnings = append(res.Warnings, f.String())
		}
	}
	if err := <-searched; err != nil {
		return nil, err
	}
	return res, nil
}

// joinProblems merges the problem lists of independent stages, so that an
// editor sees them all at once.
func joinProblems(errs ...error) error {
	var all diag.List
	for _, err := range errs {
		var list diag.List
		switch {
		case err == nil:
		case errors.As(err, &list):
			all.Merge(list)
		default:
			return err
		}
	}
	return all.Err()
}

// reparse checks a configuration again after a flag changed it.
func reparse(cfg *config.Config) (*config.Config, error) {
	c := *cfg
	if err := c.Check(); err != nil {
		return nil, err
	}
	return &c, nil
}

// dirFS is the folder root/name, read through sitefs's checks, or nil
// when the site has none.
func dirFS(root, name string) fs.FS { return sitefs.Dir(root, name) }
