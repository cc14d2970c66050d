// Package build runs the whole pipeline: load → validate → render → write.
// It is what `skupaj build` and `skupaj check` call.
package build

import (
	"cmp"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"testing/fstest"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/bundle"
	"github.com/skupaj/skupaj/internal/catalogue"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/lint"
	"github.com/skupaj/skupaj/internal/offline"
	"github.com/skupaj/skupaj/internal/output"
	"github.com/skupaj/skupaj/internal/publish"
	"github.com/skupaj/skupaj/internal/render"
	"github.com/skupaj/skupaj/internal/search"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sitefs"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
	"github.com/skupaj/skupaj/internal/theme"
)

// Options say what to build.
type Options struct {
	Root    string // the site's folder (holds content/, layouts/, static/)
	Out     string // output folder; default <Root>/public
	BaseURL string // overrides base_url of the configuration when set
	// BaseURLFlag is the command-line flag BaseURL came from, named in
	// its errors; default "-base-url".
	BaseURLFlag string
	// NoSearch leaves out the search index (faster builds while writing).
	NoSearch bool
	// KeepWholeIndex is the size of search index (bytes as written) up to
	// which the offline worker keeps all of it on a first visit; default
	// offline.WholeIndex. Tests of small sites set 1 to get what a large
	// site's readers get.
	KeepWholeIndex int

	draft *draft // a page being edited, read instead of its file (CheckDraft)
}

// Result tells what a build did.
type Result struct {
	Pages    int                 // HTML pages written
	Warnings []string            // the warnings among Findings, as "path:line: warning: message"
	Findings diag.List           // the warnings and notes skupaj check reports besides errors
	Missing  map[string][]string // interface strings missing per language
	Search   *search.Stats       // what the search export wrote, when it ran
	// Files maps the output path of each page made from a file
	// ("sl/cases/x/index.html") to that file ("content/sl/cases/x.md").
	Files   map[string]string
	offline map[string][]string // the pages the service worker keeps, by language
	static  fs.FS               // the static files, bundles included (staticFS)
	loaded  *Loaded             // what the build read
}

// Build builds the site into Options.Out. When anything fails, the
// previous output is left as it was.
func Build(o Options) (*Result, error) {
	def := filepath.Join(o.Root, "public")
	if o.Out == "" {
		o.Out = def
	}
	var sources []string
	for _, dir := range []string{"content", "layouts", "static", ".skupaj"} {
		sources = append(sources, filepath.Join(o.Root, dir))
	}
	out, err := output.Begin(o.Out, output.Guard{
		Site:    o.Root,
		Sources: sources,
		Adopt:   samePath(o.Out, def),
	})
	if err != nil {
		return nil, err
	}
	rec := offline.Record(out)
	if o.KeepWholeIndex > 0 {
		rec.KeepWholeUpTo(o.KeepWholeIndex)
	}
	res, err := run(o, rec, searchTo(o, rec), nil)
	if err == nil {
		err = output.CopyFS(rec, res.static)
	}
	if err == nil {
		err = rec.WriteWorker(res.static, res.offline)
	}
	if err == nil {
		err = removeOldIndex(o.Root)
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
func Check(o Options) (*Result, error) { return run(o, output.Discard{}, nil, nil) }

// searchTo is where a build writes its search index: w, or nowhere.
func searchTo(o Options, w output.Writer) output.Writer {
	if o.NoSearch {
		return nil
	}
	return w
}

// run builds the site into w and its search index into searchTo (none
// when nil). A session lends what it kept from earlier builds; a clean
// build passes nil. The search index is made beside the pages, so a page
// layout that fails, or a file after the pages that cannot be written,
// reports its error only once the search has finished.
func run(o Options, w, searchTo output.Writer, sess *Session) (*Result, error) {
	withSearch := searchTo != nil
	in := &inputs{}
	cfg, err := loadConfig(o, in)
	if err != nil {
		return nil, err
	}
	// Loading, checking references and checking the Markdown's links each
	// run on what the stage before could read, and their problems are
	// reported together: an editor sees every problem in one run. A page
	// whose front matter failed is still in pages (with what its path
	// tells), so that links and references to it are not reported too.
	pages, lerr := loadPages(o, cfg, sess.parser(cfg, in))
	vocab, verr := taxonomy.Load(o.Root, cfg)
	bib, berr := sources.Load(o.Root)
	if bib == nil {
		return nil, berr
	}
	static, sterr := staticFS(o.Root)
	s, serr := site.New(cfg, withoutBroken(vocab, verr), bib, pages)
	s.Static = static
	serr = joinProblems(berr, serr, sterr)
	layouts := Layouts(o.Root)
	strs, ierr := i18n.Load(layouts, cfg)
	r, err := render.New(s, layouts, strs)
	if err != nil {
		return nil, joinProblems(err, lerr, verr, serr, ierr)
	}
	if sess != nil {
		// Sections always, so that the Markdown kept serves the builds
		// with search and those without.
		in.links = linksOf(s)
		in.summarize(pages, sess.trees)
		r.UseMemo(sess.docMemo(in))
		r.WithSections()
	}
	if withSearch {
		r.WithSections()
		r.WithSearchIndex() // its pages carry their view's manifest: made after the index
	}
	if sess == nil {
		// A build, not the preview: its pages register the service
		// worker, which the preview must not (it would cache drafts).
		r.WithOffline()
	}
	merr := r.Markdown()
	if o.draft != nil { // a page being edited: its checks, no pages
		keepDraft(o, s, r)
		if err := joinProblems(lerr, verr, serr, ierr, merr); err != nil {
			return nil, err
		}
		return &Result{Pages: len(s.Pages), Findings: findings(s, r, strs.Missing())}, nil
	}
	if err := joinProblems(lerr, verr, serr, ierr, merr); err != nil {
		return nil, err
	}
	made := newOrigins(s)
	// The search stage starts now, beside the pages and the short serial
	// stages after them (catalogue, feeds, lint): it needs only searchIn,
	// made from the rendered Markdown, so that the two cores are busy
	// through its own serial stretches.
	searched := make(chan error, 1)
	var found *search.Stats
	if !withSearch {
		searched <- nil
	} else {
		searchIn := newSearchInput(s, r)
		go func() {
			var err error
			found, err = search.Run(searchIn.langs, searchIn.docs, searchIn.facets, made.writer(searchTo, "the search index"))
			searched <- err
		}()
	}
	if err := r.Pages(w); err != nil {
		<-searched // it writes to searchTo until it is done
		return nil, err
	}
	res := &Result{Pages: len(s.Pages), Missing: strs.Missing(), offline: offline.Keep(s), static: static, Files: pageFiles(s),
		loaded: &Loaded{Config: cfg, Pages: pages, Vocab: vocab, Sources: bib, Strings: strs}}
	cat := catalogue.New(s)
	data, err := cat.JSON()
	if err == nil {
		err = made.writer(w, "the catalogue").Write(catalogue.File, data)
	}
	if err == nil {
		data, err = cat.CSV()
	}
	if err == nil {
		err = made.writer(w, "the catalogue").Write(catalogue.CSVFile, data)
	}
	if err == nil {
		err = publish.Write(s, made.writer(w, "the publishing files (sitemap.xml, robots.txt, feeds)"))
	}
	if err != nil {
		<-searched // it writes to searchTo until it is done
		return nil, err
	}
	res.Findings = findings(s, r, res.Missing)
	for _, f := range res.Findings {
		if f.Severity == diag.SevWarning {
			res.Warnings = append(res.Warnings, f.String())
		}
	}
	if err := <-searched; err != nil {
		return nil, err
	}
	res.Search = found
	if withSearch {
		if err := r.SearchPages(w, found.Views); err != nil {
			return nil, err
		}
	}
	if err := made.checkStatic(static); err != nil {
		return nil, err
	}
	return res, nil
}

// findings is the editor's checks of site s: lint reads what the editors
// wrote (the body and the teaching fields of each page, r.Written), in a
// build and in the check of a draft alike.
func findings(s *site.Site, r *render.Renderer, missing lint.MissingStrings) diag.List {
	return lint.Check(s, r.Written, missing)
}

// staticFS is the static files of the output: the site's static/ over the
// theme's, copied as they are, and the bundles made from them. When the
// bundles cannot be made it returns the files without them, and why.
func staticFS(root string) (fs.FS, error) {
	files := theme.Overlay(dirFS(root, "static"), skupaj.Static())
	made, err := bundle.Make(files)
	if err != nil {
		return files, err
	}
	bundles := fstest.MapFS{}
	for p, data := range made {
		bundles[p] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return theme.Overlay(bundles, files), nil
}

// joinProblems merges the problem lists of stages, so that an editor sees
// them all at once. An error that is not a problem list (a stage that could
// not run at all) is returned alone.
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

// withoutBroken leaves out of vocab the vocabularies whose files have
// problems in verr, so that the site does not report every term of them
// as unknown while their file is being fixed.
func withoutBroken(vocab taxonomy.Set, verr error) taxonomy.Set {
	var list diag.List
	if !errors.As(verr, &list) {
		return vocab
	}
	out := taxonomy.Set{}
	for name, v := range vocab {
		if !slices.ContainsFunc(list, func(e *diag.Error) bool { return e.File == v.File }) {
			out[name] = v
		}
	}
	return out
}

// loadConfig reads site.yaml, applies the options that override it, and
// fingerprints what the configuration was made from into in.
func loadConfig(o Options, in *inputs) (*config.Config, error) {
	src, err := config.Read(o.Root)
	if err != nil {
		return nil, err
	}
	in.config = newHasher().bytes(src).str(o.BaseURL).sum()
	cfg, err := config.Parse(src)
	if err != nil || o.BaseURL == "" {
		return cfg, err
	}
	return cfg.WithBaseURL(o.BaseURL, cmp.Or(o.BaseURLFlag, "-base-url"))
}

// Layouts are the layouts of the site at root: its own over the bundled
// ones.
func Layouts(root string) fs.FS { return theme.Overlay(dirFS(root, "layouts"), skupaj.Layouts()) }

// dirFS is the folder root/name, read through sitefs's checks, or nil
// when the site has none.
func dirFS(root, name string) fs.FS { return sitefs.Dir(root, name) }
