package browser

import (
	"context"
	"html"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"gopkg.in/yaml.v3"

	preview "github.com/skupaj/skupaj/internal/serve"
	"github.com/skupaj/skupaj/internal/testsite"
)

// sectionIntros are the optional introductions of list pages, which the
// bundled site does not have, one per script, with comments the editor
// must keep and values single-quoted and plain, which stay so.
const sectionIntros = `Section introductions added to the copy of the bundled site.
-- content/en/cases/_index.md --
---
# Shown above the list of cases.
title: "Good-practice cases"
summary: 'Partnerships that libraries have tried, and what came of them.' # one sentence
---

Each case names the library that led it and its partners.
-- content/sl/partners/_index.md --
---
# Nad seznamom partnerjev.
title: Partnerji
summary: "Knjižnice in organizacije, ki nastopajo v primerih."
---

Vsak partner ima kratko predstavitev.
-- content/sr/guidelines/_index.md --
---
# Изнад списка поглавља.
title: Смернице
summary: "Кратка поглавља о партнерствима библиотека."
---

Поглавља се могу читати редом.
`

// An editor edits one field of a page of every kind that has a form (a
// home page, a list page's introduction, a chapter, a case, a partner, a
// worksheet and a page at the language's root) in English, Slovenian and
// Serbian Cyrillic: from the page in the preview, its Edit link opens the
// form, the editor types at the end of the title or the summary and
// saves (each kind once, spread over the three scripts; the list pages'
// introductions in all three). Each file then differs from what it was by
// that one line, which reads back as what the form showed, its body byte for byte the same,
// and the preview serves every change. A page the build makes from a
// vocabulary, with no file of its own, has no Edit link.
func TestEditorChangesOneFieldOfAPageOfEveryKind(t *testing.T) {
	t.Parallel() // its own preview server and Chromium; it waits on the form and the preview more than it computes
	base, root := editingPreviewWith(t, testsite.Txtar(sectionIntros))
	tb := tabAt(t, startBrowser(t), base)
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	form := func(sel string) chromedp.CSS { return css("#skupaj-edit " + sel) }
	settled := chromedp.WaitReady(css(`#skupaj-edit[data-pending="0"]`))
	pages := []struct{ path, file, field, typed string }{
		{"", "content/en/_index.md", "title", " (edited)"},
		{"cases/", "content/en/cases/_index.md", "summary", " Edited."},
		{"partners/biblionet/", "content/en/partners/biblionet.md", "title", " (edited)"},
		{"sl/partners/", "content/sl/partners/_index.md", "title", ": urejeno"},
		{"sl/cases/aarhus-roskilde-ud-af-boksen/", "content/sl/cases/aarhus-roskilde-ud-af-boksen.md", "title", " (urejeno)"},
		{"sl/contribute/", "content/sl/contribute.md", "summary", " Urejeno, čšž."},
		{"sr/guidelines/", "content/sr/guidelines/_index.md", "title", " (уређено)"},
		{"sr/guidelines/evaluation/", "content/sr/guidelines/evaluation.md", "summary", " Уређено, ђжћ."},
		{"sr/tools/swot-analysis/", "content/sr/tools/swot-analysis.md", "title", " (уређено)"},
	}

	// Each save rebuilds the preview while the editor goes on to the next
	// page. The tab does not hear the preview's reload events, so that no
	// page reloads under a click (package serve tests that they come): the
	// builds overlap the editing, and the test waits for the preview once,
	// at the end.
	tb.do(chromedp.EmulateViewport(1280, 900), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, network.SetBlockedURLs, network.SetBlockedURLsParams{
			URLPatterns: []*network.BlockPattern{{URLPattern: tb.base.String() + preview.EventsPath, Block: true}},
		})
		return err
	}))
	for _, p := range pages {
		disk := filepath.Join(root, filepath.FromSlash(p.file))
		old, err := os.ReadFile(disk)
		if err != nil {
			t.Fatal(err)
		}
		tb.open(p.path)
		tb.do(chromedp.WaitReady(css("#skupaj-edit-bar")))
		href := eval[string](tb, `document.querySelector('a[rel="edit"]')?.getAttribute("href") ?? ""`)
		if !strings.Contains(href, "file="+strings.ReplaceAll(p.file, "/", "%2F")) {
			t.Errorf("/%s: the Edit link is %q, not to the form of %s", p.path, href, p.file)
			continue
		}
		input := form(`input[name="` + p.field + `"]`)
		tb.do(chromedp.Click(css(`a[rel="edit"]`)), chromedp.WaitVisible(input),
			chromedp.Focus(input), chromedp.KeyEvent(kb.End), insertText(p.typed), settled)
		value := eval[string](tb, `document.querySelector('#skupaj-edit input[name="`+p.field+`"]').value`)
		if !strings.HasSuffix(value, p.typed) {
			t.Errorf("%s: the %s typed reads %q in the form", p.file, p.field, value)
			continue
		}
		tb.do(chromedp.Click(form(`button.save`)), chromedp.WaitVisible(form(`.status a.open, .status .error`)))
		if said := eval[string](tb, `[...document.querySelectorAll('#skupaj-edit .msgs .error, #skupaj-edit .status .error')].map(p => p.textContent).join("\n")`); said != "" {
			t.Errorf("%s: the form did not save:\n%s", p.file, said)
			continue
		}
		saved, err := os.ReadFile(disk)
		if err != nil {
			t.Fatal(err)
		}
		if was, line, ok := oneLineChanged(t, p.file, old, saved); ok {
			sameField(t, p.file, was, line, p.field, value)
		}
	}
	for _, p := range pages {
		servedWith(t, tb, tb.base.String()+p.path, p.typed)
	}

	// A term's page is made by the build from a vocabulary: nothing to edit.
	tb.open("sector/libraries/")
	tb.do(chromedp.WaitReady(css("#skupaj-edit-bar")))
	if eval[bool](tb, `document.querySelector('a[rel="edit"]') !== null`) {
		t.Error("the page of a term, made from a vocabulary, has an Edit link")
	}
}

// insertText types text where the focus is, as a keyboard of any language
// does.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// oneLineChanged reports the line of old and the line of now that differ,
// when they are the only ones and stand in the front matter, the body after
// the closing "---" byte for byte the same; otherwise it fails the test for
// file.
func oneLineChanged(t *testing.T, file string, old, now []byte) (was, is string, ok bool) {
	t.Helper()
	a, b := strings.Split(string(old), "\n"), strings.Split(string(now), "\n")
	if len(a) != len(b) {
		t.Errorf("%s: %d lines became %d:\n%s", file, len(a), len(b), now)
		return "", "", false
	}
	var changed []int
	for i := range a {
		if a[i] != b[i] {
			changed = append(changed, i)
		}
	}
	if len(changed) != 1 {
		t.Errorf("%s: lines %v changed, not one:\n%s", file, changed, now)
		return "", "", false
	}
	_, oldBody, _ := strings.Cut(strings.TrimPrefix(string(old), "---\n"), "\n---\n")
	_, newBody, found := strings.Cut(strings.TrimPrefix(string(now), "---\n"), "\n---\n")
	if !found || newBody != oldBody {
		t.Errorf("%s: the body changed:\n%s", file, now)
		return "", "", false
	}
	return a[changed[0]], b[changed[0]], true
}

// sameField fails the test for file unless the front matter line is, read
// as YAML, the field with value, written as the line was: quoted as it was
// quoted (a plain value may need quotes now), its comment kept.
func sameField(t *testing.T, file, was, is, field, value string) {
	t.Helper()
	pair := func(line string) (k, v *yaml.Node) {
		t.Helper()
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(line), &doc); err != nil || len(doc.Content) != 1 || len(doc.Content[0].Content) != 2 {
			t.Errorf("%s: the line %q is not one field (%v)", file, line, err)
			return nil, nil
		}
		return doc.Content[0].Content[0], doc.Content[0].Content[1]
	}
	k0, v0 := pair(was)
	k, v := pair(is)
	switch {
	case v0 == nil || v == nil:
	case k.Value != field || v.Value != value:
		t.Errorf("%s: the changed line %q is not %s: %q", file, is, field, value)
	case v0.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0 && v.Style != v0.Style:
		t.Errorf("%s: %q became %q, quoted otherwise", file, was, is)
	case k0.LineComment+v0.LineComment != k.LineComment+v.LineComment:
		t.Errorf("%s: %q became %q, its comment not kept", file, was, is)
	}
}

// servedWith waits until the preview serves the page at address with text
// in it, rebuilt on the saved file.
func servedWith(t *testing.T, tb *tab, address, text string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", address, nil)
		if res, err := http.DefaultClient.Do(req); err == nil {
			var b strings.Builder
			_, err = io.Copy(&b, res.Body)
			res.Body.Close()
			if err == nil && strings.Contains(b.String(), html.EscapeString(text)) {
				return
			}
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			t.Fatalf("the preview does not serve %q at %s after the save", text, address)
		}
	}
}
