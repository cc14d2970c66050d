package edit

import (
	"os"
	"path/filepath"
	"testing"
)

func TestUpdateEdgeCases(t *testing.T) {
	for _, c := range []struct {
		name, src string
		fields    map[string]any
		want      string
	}{
		{"empty value filled", "---\ntitle: T\nsummary:\nyear: 2011\n---\n", map[string]any{"summary": "S."},
			"---\ntitle: T\nsummary: S.\nyear: 2011\n---\n"},
		{"empty value at the end", "---\ntitle: T\nsummary:\n---\n", map[string]any{"summary": "S."},
			"---\ntitle: T\nsummary: S.\n---\n"},
		{"flow list with a comment", "---\nsector: [ngo] # more later\n---\n", map[string]any{"sector": []any{"ngo", "libraries"}},
			"---\nsector: [ngo, libraries] # more later\n---\n"},
		{"quoted list items stay quoted", "---\nsector: [\"ngo\"]\n---\n", map[string]any{"sector": []any{"ngo", "a b"}},
			"---\nsector: [\"ngo\", \"a b\"]\n---\n"},
		{"text to list", "---\nsector: ngo\n---\n", map[string]any{"sector": []any{"ngo", "libraries"}},
			"---\nsector: [ngo, libraries]\n---\n"},
		{"block text replaced", "---\nneed: >\n  folded\n  text\ntitle: T\n---\n", map[string]any{"need": "one line"},
			"---\nneed: |\n  one line\ntitle: T\n---\n"},
		{"Cyrillic before the value", "---\nnaslov: Т\ntitle: \"Стара\"\n---\n", map[string]any{"title": "Нова"},
			"---\nnaslov: Т\ntitle: \"Нова\"\n---\n"},
		{"byte order mark and blank lines", "\uFEFF\n---\ntitle: A\n---\nB\n", map[string]any{"title": "C"},
			"\uFEFF\n---\ntitle: C\n---\nB\n"},
		{"the first field new", "---\nsummary: S\n---\n", map[string]any{"title": "T"},
			"---\ntitle: T\nsummary: S\n---\n"},
		{"no fields yet", "---\n---\nBody\n", map[string]any{"title": "T", "summary": "S"},
			"---\ntitle: T\nsummary: S\n---\nBody\n"},
	} {
		m, err := splitPage([]byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got, err := update([]byte(c.src), c.fields, string(m.body), []string{"title", "summary", "need", "sector", "year"})
		if err != nil || string(got) != c.want {
			t.Errorf("%s: %v\n%q\nwant\n%q", c.name, err, got, c.want)
		}
	}
}

func TestUpdateRefusesANewFieldTheTableDoesNotKnow(t *testing.T) {
	src := "---\ntitle: T\ntitel: typo\n---\n"
	if _, err := update([]byte(src), map[string]any{"x: 1\n---\n": "y"}, "", []string{"title"}); err == nil {
		t.Error("a new field outside the table was written")
	}
	// A field the page has, known or not, can be cleared.
	got, err := update([]byte(src), map[string]any{"titel": ""}, "", []string{"title"})
	if err != nil || string(got) != "---\ntitle: T\n---\n" {
		t.Errorf("clearing a typo: %v %q", err, got)
	}
}

func TestABodySentBackUnchangedKeepsItsBytes(t *testing.T) {
	root, srv, s := editor(t)
	const file = "content/en/about-us.md"
	src := "---\ntitle: About\n---\nNo line break at the end"
	write := func(text string) {
		if err := os.WriteFile(filepath.Join(root, file), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(src)
	page := openPage(t, srv, s, file)
	code, res := call(t, srv, s, "POST", "api/save", map[string]any{"file": file, "version": page["version"],
		"fields": map[string]any{"title": "About us"}, "body": page["body"]}, nil)
	if code != 200 {
		t.Fatalf("save: %d %v", code, res)
	}
	if got, _ := os.ReadFile(filepath.Join(root, file)); string(got) != "---\ntitle: About us\n---\nNo line break at the end" {
		t.Errorf("saved:\n%q", got)
	}
}

func TestATranslationOfAHomePageIsSavedAtItsFile(t *testing.T) {
	root, srv, s := editor(t)
	const file = "content/sl/_index.md"
	body := map[string]any{"file": file, "version": "", "fields": map[string]any{"title": "Domov", "summary": "Testni dom."}, "body": "Dobrodošli.\n"}
	if code, res := call(t, srv, s, "POST", "api/save", body, nil); code != 200 || res["url"] != "/sl/" {
		t.Fatalf("save: %d %v", code, res)
	}
	if got, _ := os.ReadFile(filepath.Join(root, file)); string(got) != "---\ntitle: Domov\nsummary: Testni dom.\n---\nDobrodošli.\n" {
		t.Errorf("saved:\n%s", got)
	}
	// Saved again as new, it is a conflict: the file exists now.
	if code, _ := call(t, srv, s, "POST", "api/save", body, nil); code != 409 {
		t.Errorf("a second new page at the same file: %d", code)
	}
	// An edit of a file deleted since the form opened it is a conflict too.
	page := openPage(t, srv, s, file)
	os.Remove(filepath.Join(root, file))
	if code, _ := call(t, srv, s, "POST", "api/save", map[string]any{"file": file, "version": page["version"], "fields": map[string]any{"title": "X"}}, nil); code != 404 {
		t.Errorf("an edit of a deleted file: %d", code)
	}
	if _, err := os.Stat(filepath.Join(root, file)); err == nil {
		t.Error("a deleted file was written again")
	}
}
