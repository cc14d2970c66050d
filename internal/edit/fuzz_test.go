package edit

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Whatever the front matter, a page the writer changes reads back with the
// changed field holding the new value and every other field as it was.
func FuzzUpdate(f *testing.F) {
	for _, seed := range []struct{ src, key, val string }{
		{"---\ntitle: \"Old\" # note\nsummary: 'x'\n---\nBody\n", "title", "New: one"},
		{"---\npartners:\n  - a\n  - b\nsector: [ngo]\n---\n", "partners", "a,c"},
		{"---\nneed: |\n  one\n  two\ntitle: T\n---\n", "need", "x\ny"},
		{"---\ntitle:\n---\n", "title", "#1"},
		{"\uFEFF---\ntitle: Т\n---\n", "summary", "true"},
		{"---\ntitle: T\n---\n", "sector", ""},
		{"---\nneed:\n---\n", "need", ""}, // written empty, sent back empty: kept
	} {
		f.Add(seed.src, seed.key, seed.val)
	}
	order := []string{"title", "summary", "need", "partners", "sector"}
	f.Fuzz(func(t *testing.T, src, key, val string) {
		if !slices.Contains(order, key) || strings.ContainsAny(val, "\r\x00") || !utf8.ValidString(val) {
			return // the form's JSON is valid UTF-8 with LF line ends
		}
		before, err := splitPage([]byte(src))
		if err != nil {
			return
		}
		var v any = strings.TrimSpace(val)
		if key == "partners" || key == "sector" {
			var items []string
			for _, it := range strings.Split(val, ",") {
				if it = strings.TrimSpace(it); it != "" && !slices.Contains(items, it) {
					items = append(items, it)
				}
			}
			v = items
			if items == nil {
				v = []string{}
			}
		}
		out, err := update([]byte(src), map[string]any{key: v}, string(before.body), order)
		if err != nil {
			return // a value the writer refuses, or a document it cannot read
		}
		after, err := splitPage(out)
		if err != nil {
			t.Fatalf("the written page does not read back: %v\n%s", err, out)
		}
		if string(after.body) != string(before.body) {
			t.Fatalf("the body changed:\n%q\n%q", before.body, after.body)
		}
		old := map[string]any{}
		keptEmpty := false // the field is written with no value and stays so
		for _, e := range before.entries {
			old[e.key] = e.old()
			keptEmpty = keptEmpty || e.key == key && empty(v) && e.writtenEmpty()
		}
		found := false
		for _, e := range after.entries {
			if e.key == key && keptEmpty {
				if !e.writtenEmpty() {
					t.Fatalf("%s, written empty and cleared, reads back as %q:\n%s", key, e.old(), out)
				}
				found = true
				continue
			}
			if e.key == key {
				if empty(v) {
					t.Fatalf("%s was cleared but is still there as %q:\n%s", key, e.old(), out)
				}
				if !same(e.old(), v) {
					t.Fatalf("%s reads back as %q, not %q:\n%s", key, e.old(), v, out)
				}
				found = true
				continue
			}
			if w, ok := old[e.key]; !ok || !same(e.old(), w) {
				t.Fatalf("%s changed from %q to %q:\n%s", e.key, w, e.old(), out)
			}
			delete(old, e.key)
		}
		if !found && !empty(v) {
			t.Fatalf("%s was set to %q but is missing:\n%s", key, v, out)
		}
		delete(old, key)
		if len(old) > 0 {
			t.Fatalf("fields lost: %v\n%s", old, out)
		}
	})
}
