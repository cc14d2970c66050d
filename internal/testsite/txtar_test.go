package testsite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFromTxtarWritesEveryFileUnderTheRoot(t *testing.T) {
	root := FromTxtar(t, `A site with one page; the configuration is Config.
-- content/en/_index.md --
---
title: Home
---
Welcome.
-- content/taxonomies/sector.yaml --
terms:
  ngo: {label: {en: NGO}}
`)
	for name, want := range map[string]string{
		"content/en/_index.md":           "---\ntitle: Home\n---\nWelcome.\n",
		"content/taxonomies/sector.yaml": "terms:\n  ngo: {label: {en: NGO}}\n",
		"content/site.yaml":              Config,
	} {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s holds\n%q\nwant\n%q", name, got, want)
		}
	}
}

func TestTxtarRefusesWhatWouldGoUnseen(t *testing.T) {
	for _, c := range []struct{ name, archive, want string }{
		{"no file", "-- content/en/a.md\nno closing dashes\n", "no file"},
		{"a path twice", "-- content/en/a.md --\none\n-- content/en/a.md --\ntwo\n", "content/en/a.md twice"},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if msg, _ := r.(string); !strings.Contains(msg, c.want) {
					t.Errorf("panic %v, want one saying %q", r, c.want)
				}
			}()
			Txtar(c.archive)
		})
	}
	files := Txtar("-- ../outside.md --\nx\n")
	if err := WriteDir(t.TempDir(), files); err == nil || !strings.Contains(err.Error(), "../outside.md") {
		t.Errorf("writing ../outside.md: %v, want an error naming it", err)
	}
}
