package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
)

// buildHandbook builds the handbook of this repository (its content/, with
// the default theme) in a temporary folder, so that the build's own search
// index folder (.skupaj) stays out of the working tree.
func buildHandbook(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	if err := os.CopyFS(filepath.Join(root, "content"), os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "public")
	if _, err := build.Build(build.Options{Root: root, Out: out}); err != nil {
		t.Fatalf("building the handbook:\n%v", err)
	}
	return out
}

func TestHandbookSearch(t *testing.T) {
	tb := newTab(t, startBrowser(t), serve(t, buildHandbook(t)))

	tb.open("/search/")
	tb.typeQuery("kinds of partnership")
	first(t, tb.results(), "Kinds of partnership")

	tb.open("/sl/search/")
	tb.typeQuery("vrste partnerstev")
	first(t, tb.results(), "Vrste partnerstev")
	// "z" is a Slovenian stop word, but its key also stands for "ž".
	tb.typeQuery("partnerstvo z lokalno skupnostjo")
	if len(tb.results()) == 0 {
		t.Error("no results for partnerstvo z lokalno skupnostjo")
	}

	// A Latin query on the Serbian (Cyrillic) pages.
	tb.open("/sr/search/")
	tb.typeQuery("biblionet")
	rs := tb.results()
	if len(rs) == 0 || !strings.HasPrefix(rs[0].Title, "Библионет") {
		t.Fatalf("biblionet on /sr/search/: %q, want a Cyrillic page first", titles(rs))
	}
	for _, r := range rs {
		if r.Lang != "sr" {
			t.Errorf("result %q in %s with the Serbian filter pre-selected", r.Title, r.Lang)
		}
	}
}
