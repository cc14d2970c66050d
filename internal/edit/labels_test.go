package edit

import (
	"path/filepath"
	"testing"

	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
)

// Every field of the bundled site's field table has a label and a help
// text, every choice a label, and the form every one of its interface
// strings, in every language of the handbook: none falls back to English.
func TestTheFormSpeaksEveryLanguageOfTheHandbook(t *testing.T) {
	root := filepath.Join("..", "..")
	cfg, err := config.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	strs, err := i18n.Load(build.Layouts(root), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range cfg.Languages {
		if n := len(strs.Prefixed(l.Code, "edit.")); n < 40 {
			t.Errorf("%s: only %d strings of the form", l.Code, n)
		}
		for _, f := range content.Fields(cfg.Taxonomies) {
			strs.T(l.Code, "field."+f.Name)
			strs.T(l.Code, "field."+f.Name+".help")
			for _, c := range f.Choices {
				strs.T(l.Code, f.ChoiceLabel(c))
			}
		}
	}
	for lang, keys := range strs.Missing() {
		t.Errorf("%s lacks %v", lang, keys)
	}
}
