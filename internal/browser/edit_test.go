package browser

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/skupaj/skupaj/internal/build"
	preview "github.com/skupaj/skupaj/internal/serve"
)

// editingPreview runs `skupaj serve` with the editor on a copy of the
// bundled site's content and returns its address and the copy's folder,
// once its first two builds have finished: the pages, then their search
// index, whose build makes open pages with a search box reload.
func editingPreview(t *testing.T) (*url.URL, string) {
	t.Helper()
	return editingPreviewWith(t, nil)
}

// editingPreviewWith is editingPreview with files (slash paths from the
// site's root to contents) added to the copy, or put in place of its own.
func editingPreviewWith(t *testing.T, files map[string]string) (*url.URL, string) {
	t.Helper()
	root := t.TempDir()
	copyContent(t, filepath.Join(repoRoot, "content"), filepath.Join(root, "content"))
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logged := make(chan struct{}, 1)
	s := preview.New(preview.Options{Root: root, BasePath: "/", Edit: true, Log: func(string, ...any) {
		select {
		case logged <- struct{}{}:
		default:
		}
	}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	wait, stop := context.WithTimeout(ctx, 4*stepTimeout)
	defer stop()
	for n, _ := s.Builds(); n < 2; n, _ = s.Builds() {
		select {
		case <-logged:
		case <-wait.Done():
			t.Fatal("the preview did not finish its first builds")
		}
	}
	return &url.URL{Scheme: "http", Host: ln.Addr().String(), Path: "/"}, root
}

// copyContent copies the folder from into to (os.CopyFS).
func copyContent(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// An editor who never opens a text editor makes a Slovenian case in the
// preview's form: a partner that is not in the handbook yet is added from
// inside the form, two kinds of partnership and a country are picked, the
// form says that the summary is missing while the editor types, and once
// it is written the case saves. The file equals testdata/edit-form/case.md,
// the new partner's file partner.md, the site passes skupaj check and the
// case is served by the preview.
func TestEditorMakesASlovenianCaseWithANewPartner(t *testing.T) {
	t.Parallel() // its own preview server and Chromium; it waits on the form and the preview more than it computes
	base, root := editingPreview(t)
	tb := tabAt(t, startBrowser(t), base)
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	form := func(sel string) chromedp.CSS { return css("#skupaj-edit " + sel) }

	tb.do(chromedp.EmulateViewport(1280, 900))
	tb.open("sl/")
	tb.do(chromedp.Click(css("#skupaj-edit-bar summary")),
		chromedp.Click(css(`#skupaj-edit-bar a[href*="new=case"]`)),
		chromedp.WaitVisible(form(`input[name="title"]`)))

	// Each step waits until the form has shown its check of the last
	// change: the messages it shows move the fields below them.
	settled := chromedp.WaitReady(css(`#skupaj-edit[data-pending="0"]`))
	step := func(actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		for _, a := range actions {
			tb.do(a, settled)
		}
	}

	step(typeText(form(`input[name="title"]`), "Bralni kotiček v zdravstvenem domu"))
	tb.do(chromedp.WaitVisible(form(`[data-field="summary"] .msgs .error`)))
	// The message of skupaj check is in English; the form says in the
	// editor's language what it is about.
	said := eval[[]string](tb, `(p => [p.querySelector('strong').textContent, p.querySelector('span[lang="en"]')?.textContent ?? ""])(document.querySelector('#skupaj-edit [data-field="summary"] .msgs .error'))`)
	if said[0] != "Napaka – Povzetek: obvezno." || !strings.HasPrefix(said[1], `missing required field "summary"`) {
		t.Errorf("the missing summary is said as %q", said)
	}
	if id := eval[string](tb, `document.querySelector('#skupaj-edit input[name="id"]').value`); id != "bralni-koticek-v-zdravstvenem-domu" {
		t.Errorf("the id proposed for the title is %q", id)
	}

	// The lead library, found by its Slovenian name.
	step(typeText(form(`#f-library-search`), "mestna knjižnica lj"),
		chromedp.Click(form(`input[name="library"][value="mestna-knjiznica-ljubljana"]`)))

	// A partner the handbook does not have yet.
	tb.do(chromedp.Click(form(`[data-field="partners"] button`)),
		chromedp.WaitVisible(css(`dialog input[name="title"]`)),
		typeText(css(`dialog input[name="title"]`), "Zdravstveni dom Kranj"),
		chromedp.Click(css(`dialog input[name="sector"][value="health"]`)),
		chromedp.SendKeys(css(`dialog select[name="country"]`), "Slovenija"),
		chromedp.Click(css(`dialog button[type="submit"]`)),
		chromedp.WaitNotVisible(css("dialog")), settled)
	if !eval[bool](tb, `document.querySelector('#skupaj-edit input[name="partners"][value="zdravstveni-dom-kranj"]')?.checked === true`) {
		t.Fatal("the new partner is not chosen among the case's partners")
	}

	step(chromedp.Click(form(`input[name="partnership_type"][value="educational"]`)),
		chromedp.Click(form(`input[name="partnership_type"][value="user-base"]`)),
		chromedp.Click(form(`input[name="sector"][value="health"]`)),
		chromedp.Click(form(`input[name="sector"][value="libraries"]`)),
		chromedp.SendKeys(form(`select[name="country"]`), "Slovenija"),
		typeText(form(`textarea[name="body"]`), "## Kaj so naredili\n\nV čakalnici so postavili knjižni kotiček.\n"))
	tb.do(chromedp.WaitVisible(form(`#f-body-preview h2`)))

	// The top of the form, with the error still shown, for people to look
	// at (docs/edit-form.png is one of these).
	tb.do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err == nil {
		err = os.WriteFile(filepath.Join(artifactsDir(t), "edit-form.png"), shot, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}

	axeForm(t, tb)

	step(typeText(form(`input[name="summary"]`), "Knjige za bolnike in obiskovalce v čakalnici."))
	tb.do(chromedp.WaitNotPresent(form(`[data-field="summary"] .msgs .error`)))

	tb.do(chromedp.Click(form(`button.save`)), chromedp.WaitVisible(form(`.status a.open, .status .error`)))
	if said := eval[string](tb, `[...document.querySelectorAll('#skupaj-edit .msgs .error, #skupaj-edit .status .error')].map(p => p.textContent).join("\n")`); said != "" {
		t.Fatalf("the form did not save:\n%s", said)
	}
	href := eval[string](tb, `document.querySelector('#skupaj-edit .status a.open').href`)

	for file, golden := range map[string]string{
		"content/sl/cases/bralni-koticek-v-zdravstvenem-domu.md": "case.md",
		"content/sl/partners/zdravstveni-dom-kranj.md":           "partner.md",
	} {
		got, err := os.ReadFile(filepath.Join(root, file))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata", "edit-form", golden))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not testdata/edit-form/%s:\n%s", file, golden, got)
		}
	}
	if _, err := build.Check(build.Options{Root: root}); err != nil {
		t.Errorf("skupaj check fails after the save:\n%v", err)
	}

	// The preview rebuilds on the new file: poll the case's address.
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for served := false; !served; {
		req, _ := http.NewRequestWithContext(ctx, "GET", href, nil)
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
			served = res.StatusCode == 200
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			if !served {
				t.Fatalf("the saved case is not served at %s", href)
			}
		}
	}

	// The form fits a phone: nothing wider than the screen.
	tb.do(phone())
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > phoneWidth {
		t.Errorf("the form is %d px wide on a %d px phone", w, phoneWidth)
	}
}

// typeText types text into the field sel as a keyboard of any language
// does (SendKeys drops letters such as č).
func typeText(sel chromedp.CSS, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Focus(sel), insertText(text))
}

// An editor edits a page from its Edit link while someone changes its file
// on disk: saving shows the file as it is now and writes nothing; after a
// reload the change saves as a change of one field, the other edit kept.
// Then Translate opens the form of the same case in Danish with the English
// page beside it and the fields that are not text already filled, and the
// translation saves as a new file.
func TestEditorNeverOverwritesAChangedFileAndTranslatesBesideTheSource(t *testing.T) {
	t.Parallel() // its own preview server and Chromium; it waits on the form and the preview more than it computes
	base, root := editingPreview(t)
	tb := tabAt(t, startBrowser(t), base)
	tb.allow(409, "/__skupaj/edit/api/save") // the conflict
	tb.allow(404, "/__skupaj/edit/api/page") // the translation has no file yet
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	form := func(sel string) chromedp.CSS { return css("#skupaj-edit " + sel) }
	settled := chromedp.WaitReady(css(`#skupaj-edit[data-pending="0"]`))
	file := filepath.Join(root, "content", "en", "cases", "latvia-digital-television.md")
	original, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}

	tb.do(chromedp.EmulateViewport(1280, 900))
	tb.open("cases/latvia-digital-television/")
	tb.do(chromedp.Click(css(`a[rel="edit"]`)), chromedp.WaitVisible(form(`input[name="place"]`)), settled)
	if v := eval[string](tb, `document.querySelector('#skupaj-edit input[name="title"]').value`); v != "Latvia: librarians help with the switch to digital television" {
		t.Fatalf("the form shows the title %q", v)
	}
	// Each Markdown field is shown beside its text as the site renders it.
	tb.do(chromedp.WaitVisible(form(`#f-activities-preview li`)))
	if li := eval[string](tb, `document.querySelector('#f-activities-preview li').textContent`); !strings.Contains(li, "trained librarians") {
		t.Errorf("the preview of activities shows %q", li)
	}

	// The editor may have the form in another language than the page's.
	tb.do(chromedp.SendKeys(css(`#ui-lang`), "Slovenščina"), chromedp.Click(css(`form.ui button`)),
		chromedp.WaitVisible(css(`#skupaj-edit[lang="sl"] input[name="place"]`)), settled)
	if label := eval[string](tb, `document.querySelector('label[for="f-place"]').textContent`); label != "Kraj" {
		t.Errorf("the form in Slovenian labels place %q", label)
	}
	tb.do(typeText(form(`input[name="place"]`), "Riga"), settled)

	elsewhere := append(append([]byte(nil), original...), "\nChanged in a text editor.\n"...)
	if err := os.WriteFile(file, elsewhere, 0o644); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Click(form(`button.save`)), chromedp.WaitVisible(form(`.conflict textarea`)))
	if shown := eval[string](tb, `document.querySelector('#skupaj-edit .conflict textarea').value`); shown != string(elsewhere) {
		t.Errorf("the conflict shows %q, not the file on disk", shown)
	}
	if now, _ := os.ReadFile(file); !bytes.Equal(now, elsewhere) {
		t.Fatalf("the file changed on disk was overwritten:\n%s", now)
	}

	tb.do(chromedp.Click(form(`.conflict a`)), chromedp.WaitVisible(form(`input[name="place"]`)), settled,
		typeText(form(`input[name="place"]`), "Riga"), settled,
		chromedp.Click(form(`button.save`)), chromedp.WaitVisible(form(`.status a.open`)))
	want := bytes.Replace(elsewhere, []byte("country: lv\n"), []byte("country: lv\nplace: Riga\n"), 1)
	if now, _ := os.ReadFile(file); !bytes.Equal(now, want) {
		t.Errorf("the saved file is not the file on disk with one line added:\n%s", now)
	}

	tb.do(chromedp.SendKeys(css(`#translate-lang`), "Dansk"),
		chromedp.Click(css(`form.translate button`)),
		chromedp.WaitVisible(css(`aside.source`)), settled)
	if src := eval[string](tb, `document.querySelector('aside.source').textContent`); !strings.Contains(src, "Latvia: librarians help") {
		t.Errorf("the source beside the translation shows %q", src)
	}
	if c := eval[string](tb, `document.querySelector('#skupaj-edit select[name="country"]').value`); c != "lv" {
		t.Errorf("the translation's country is %q, not the source's", c)
	}
	tb.do(typeText(form(`input[name="title"]`), "Letland: bibliotekarer hjælper med skiftet til digitalt tv"), settled,
		typeText(form(`input[name="summary"]`), "Et teleselskab uddannede bibliotekarer til skiftet til digitalt tv."), settled,
		typeText(form(`textarea[name="body"]`), "Bibliotekarerne var klar til at hjælpe.\n"), settled)

	// An image goes in only with a description of what it shows.
	tb.do(chromedp.SetUploadFiles(form(`.image input[type="file"]`), []string{pngFile(t)}),
		chromedp.Click(form(`.image button`)),
		chromedp.WaitVisible(form(`.image .msgs .error`)))
	tb.do(typeText(form(`.image input[type="text"]`), "Et fjernsyn på biblioteket"),
		chromedp.Click(form(`.image button`)),
		chromedp.WaitVisible(form(`#f-body-preview img[alt="Et fjernsyn på biblioteket"]`)), settled)
	if _, err := os.Stat(filepath.Join(root, "static", "images", "tv.png")); err != nil {
		t.Errorf("the image is not in static/images/: %v", err)
	}

	tb.do(chromedp.Click(form(`button.save`)), chromedp.WaitVisible(form(`.status a.open, .status .error`)))
	if said := eval[string](tb, `[...document.querySelectorAll('#skupaj-edit .msgs .error, #skupaj-edit .status .error')].map(p => p.textContent).join("\n")`); said != "" {
		t.Fatalf("the translation did not save:\n%s", said)
	}
	da, err := os.ReadFile(filepath.Join(root, "content", "da", "cases", "latvia-digital-television.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"title: \"Letland: bibliotekarer hjælper med skiftet til digitalt tv\"\n", "country: lv\n", "library: latvian-libraries\n",
		"\n![Et fjernsyn på biblioteket](/images/tv.png)\n"} {
		if !bytes.Contains(da, []byte(line)) {
			t.Errorf("the translation lacks %q:\n%s", line, da)
		}
	}
}

// axeForm runs axe-core on the form in tb and fails for every violation
// of impact serious or critical: labels, names, contrast, structure.
func axeForm(t *testing.T, tb *tab) {
	t.Helper()
	axeJS, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(tb.ctx, axeTimeout)
	defer cancel()
	err = chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](string(axeJS)))
	var res axeResult
	if err == nil {
		res, err = chromedp.Run(ctx, chromedp.Evaluate[axeResult](axeRun, chromedp.EvalAwaitPromise))
	}
	if err != nil {
		t.Fatalf("running axe-core on the form: %v", err)
	}
	for _, v := range res.Violations {
		t.Errorf("the form: %s (%s): %s, %d elements, first %v", v.ID, v.Impact, v.Help, v.Count, v.Targets)
	}
}

// pngFile writes a small PNG image, tv.png, and returns its path.
func pngFile(t *testing.T) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 6))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "tv.png")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A term added to a vocabulary from the New menu is appended to the
// vocabulary's file and offered at once in the form of a new case.
func TestEditorAddsATermThatCasesCanPick(t *testing.T) {
	t.Parallel() // its own preview server and Chromium; it waits on the form and the preview more than it computes
	base, root := editingPreview(t)
	tb := tabAt(t, startBrowser(t), base)
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	form := func(sel string) chromedp.CSS { return css("#skupaj-edit " + sel) }
	vocab := filepath.Join(root, "content", "taxonomies", "sector.yaml")
	before, err := os.ReadFile(vocab)
	if err != nil {
		t.Fatal(err)
	}

	tb.do(chromedp.EmulateViewport(1280, 900))
	tb.open("sl/")
	tb.do(chromedp.Click(css("#skupaj-edit-bar summary")),
		chromedp.Click(css(`#skupaj-edit-bar a[href*="new=term"][href*="taxonomy=sector"]`)),
		chromedp.WaitVisible(form(`input[name="id"]`)),
		typeText(form(`input[name="id"]`), "bookshops"),
		typeText(form(`input[name="label.en"]`), "Bookshops"),
		typeText(form(`input[name="label.sl"]`), "Knjigarne"),
		typeText(form(`input[name="description.sl"]`), "Knjigarne in založbe."),
		chromedp.Click(form(`button.save`)),
		chromedp.WaitVisible(form(`.status .ok, .status .error`)))
	after, err := os.ReadFile(vocab)
	if err != nil {
		t.Fatal(err)
	}
	added, found := bytes.CutPrefix(after, before)
	if !found || !bytes.Contains(added, []byte("bookshops:")) || !bytes.Contains(added, []byte("Knjigarne")) {
		t.Fatalf("the vocabulary is not its old text and the new term:\n%s", after)
	}

	// The form's choices are those of the preview's last build: a new
	// form offers the term once the preview has rebuilt on the save.
	servedWith(t, tb, base.JoinPath("__skupaj/edit/api/schema").String()+"?kind=case&lang=sl", "bookshops")
	tb.open("__skupaj/edit/?new=case&lang=sl")
	tb.do(chromedp.WaitVisible(form(`input[name="sector"][value="bookshops"]`)))
	if label := eval[string](tb, `document.querySelector('#skupaj-edit input[name="sector"][value="bookshops"]').parentElement.textContent`); !strings.Contains(label, "Knjigarne in založbe.") {
		t.Errorf("the new term is offered as %q", label)
	}
}
