package serve

import (
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// The overlay over a page speaks the page's language; the problems in it
// stay as the build gives them.
func TestOverlaySpeaksThePagesLanguage(t *testing.T) {
	root := testsite.Write(t, testsite.Minimal)
	base, s := running(t, root)
	ev := events(t, base)
	write(t, root, "content/en/tools/checklist.md", "---\ntitle: Bad\nweight: [\n---\n")
	until(t, ev, "the failed build", func() bool { _, err := s.Builds(); return err != nil })
	problem := "content/en/tools/checklist.md:3: front matter is not valid YAML"
	for _, c := range []struct{ page, lang, title, fix string }{
		{"sl/cases/alpha/", "sl", "Gradnja spletišča ni uspela", "Popravite datoteko in jo shranite: stran se bo sama znova naložila."},
		{"guidelines/first/", "en", "Build failed", "Fix the file and save it: this page reloads by itself."},
	} {
		code, body := get(t, base+c.page)
		if code != 200 || !strings.Contains(body, `<div id="skupaj-error" role="alert" lang="`+c.lang+`"`) ||
			!strings.Contains(body, ">"+c.title+"</h2>") || !strings.Contains(body, "<p>"+c.fix+"</p>") || !strings.Contains(body, problem) {
			t.Errorf("%s: status %d, want the overlay in %s naming %q:\n%s", c.page, code, c.lang, problem, overlayOf(body))
		}
	}
}

// A site broken from the start has no page to show: the error page of a
// Slovenian URL is in Slovenian.
func TestErrorPageOfABrokenSiteSpeaksTheURLsLanguage(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{"content/sl/cases/alpha.md": "---\ntitle: [\n---\n"}))
	base, _ := running(t, root)
	code, body := get(t, base+"sl/cases/alpha/")
	if code != 500 || !strings.Contains(body, `<html lang="sl">`) || !strings.Contains(body, "<title>Gradnja spletišča ni uspela</title>") ||
		!strings.Contains(body, "Popravite datoteko in jo shranite") || !strings.Contains(body, "content/sl/cases/alpha.md:2: ") {
		t.Errorf("status %d:\n%s", code, overlayOf(body))
	}
}

// overlayOf is the overlay of a served page, for messages.
func overlayOf(body string) string {
	if i := strings.Index(body, `<div id="skupaj-error"`); i >= 0 {
		body = body[i:]
	}
	if i := strings.Index(body, "<script>"); i >= 0 {
		body = body[:i]
	}
	return body
}
