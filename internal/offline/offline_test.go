package offline

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/skupaj/skupaj/internal/output"
)

var cacheName = regexp.MustCompile(`"cache":"(skupaj-[0-9a-f]{16})"`)

// worker writes files and a worker keeping the English home and chapter
// through a Recorder, and returns sw.js.
func worker(t *testing.T, files map[string]string) string {
	t.Helper()
	return workerFor(t, files, map[string][]string{"en": {"index.html", "guidelines/a/index.html"}})
}

// workerFor is worker keeping the pages of langs.
func workerFor(t *testing.T, files map[string]string, langs map[string][]string) string {
	t.Helper()
	static := fstest.MapFS{
		Code:             {Data: []byte("// the worker\n")},
		"css/skupaj.css": {Data: []byte(files["css/skupaj.css"])},
	}
	mem := output.NewMemory()
	rec := Record(mem)
	for name, data := range files {
		if err := rec.Write(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := rec.WriteWorker(static, langs); err != nil {
		t.Fatal(err)
	}
	return string(mem.Files[File])
}

func TestCacheNameFollowsWhatIsKept(t *testing.T) {
	base := map[string]string{
		"index.html":               "home",
		"guidelines/a/index.html":  "chapter",
		"partners/p/index.html":    "partner, not kept",
		"css/skupaj.css":           "body{}",
		"search/manifest.json":     "{}",
		"search/c/a.0123abcd.json": "[]",
	}
	name := func(files map[string]string) string {
		m := cacheName.FindStringSubmatch(worker(t, files))
		if m == nil {
			t.Fatalf("sw.js names no cache:\n%s", worker(t, files))
		}
		return m[1]
	}
	with := func(k, v string) map[string]string {
		out := map[string]string{}
		for a, b := range base {
			out[a] = b
		}
		out[k] = v
		return out
	}
	first := worker(t, base)
	if again := worker(t, base); again != first {
		t.Errorf("the same files gave two workers:\n%s\n%s", first, again)
	}
	for _, f := range []string{"guidelines/a/index.html", "css/skupaj.css", "search/c/a.0123abcd.json"} {
		if name(with(f, "changed")) == name(base) {
			t.Errorf("a change of %s kept the cache name", f)
		}
	}
	if name(with("partners/p/index.html", "changed")) != name(base) {
		t.Error("a change of a page not kept changed the cache name")
	}
	for _, want := range []string{`"shared":["css/skupaj.css","search/c/a.0123abcd.json","search/manifest.json"]`, `"langs":{"en":["","guidelines/a/"]}`} {
		if !regexp.MustCompile(regexp.QuoteMeta(want)).MatchString(first) {
			t.Errorf("sw.js lacks %s:\n%s", want, first)
		}
	}
}

// TestLargeIndexIsKeptAsFetched: an index over WholeIndex is not kept up
// front but as searches fetch it; its manifest is kept, and a change of
// any of its files still renames the cache.
func TestLargeIndexIsKeptAsFetched(t *testing.T) {
	small := map[string]string{
		"index.html":               "home",
		"css/skupaj.css":           "body{}",
		"search/index.html":        "the search page",
		"search/manifest.json":     "{}",
		"search/c/a.0123abcd.json": "[]",
	}
	large := map[string]string{"search/c/b.89abcdef.json": strings.Repeat("x", WholeIndex)}
	for k, v := range small {
		large[k] = v
	}
	if sw := worker(t, small); strings.Contains(sw, "asFetched") {
		t.Errorf("a small index is kept as fetched:\n%s", sw)
	}
	sw := worker(t, large)
	for _, want := range []string{`"shared":["css/skupaj.css","search/manifest.json"]`, `"asFetched":"search/"`} {
		if !strings.Contains(sw, want) {
			t.Errorf("sw.js of a large index lacks %s:\n%.400s", want, sw)
		}
	}
	changed := map[string]string{}
	for k, v := range large {
		changed[k] = v
	}
	changed["search/c/a.0123abcd.json"] = "[1]"
	if cacheName.FindString(worker(t, changed)) == cacheName.FindString(sw) {
		t.Error("a change of a file of a large index kept the cache name")
	}
}

// TestReaderKeepsHerLanguagesView: the files of a language's view of the
// index (its manifest and c/<lang>/) are kept for that language's readers
// only, and do not count towards WholeIndex, so that views larger than it
// leave the whole index kept up front; on a large index the view's
// manifest is kept up front and its chunks as fetched.
func TestReaderKeepsHerLanguagesView(t *testing.T) {
	files := map[string]string{
		"index.html":                   "home",
		"sl/index.html":                "domov",
		"css/skupaj.css":               "body{}",
		"search/manifest.json":         "{}",
		"search/c/a.0123abcd.json":     "[]",
		"search/c/p/a-1.0123abcd.json": "[]",
		"search/manifest-en.json":      "{}",
		"search/c/en/a.11111111.json":  strings.Repeat("e", WholeIndex/2+1),
		"search/manifest-sl.json":      "{}",
		"search/c/sl/a.22222222.json":  strings.Repeat("s", WholeIndex/2+1),
	}
	langs := map[string][]string{"en": {"index.html"}, "sl": {"sl/index.html"}}
	sw := workerFor(t, files, langs)
	for _, want := range []string{
		`"shared":["css/skupaj.css","search/c/a.0123abcd.json","search/c/p/a-1.0123abcd.json","search/manifest.json"]`,
		`"en":["","search/c/en/a.11111111.json","search/manifest-en.json"]`,
		`"sl":["sl/","search/c/sl/a.22222222.json","search/manifest-sl.json"]`,
	} {
		if !strings.Contains(sw, want) {
			t.Errorf("sw.js lacks %s:\n%.600s", want, sw)
		}
	}
	if strings.Contains(sw, "asFetched") {
		t.Errorf("views over WholeIndex made the index kept as fetched:\n%.600s", sw)
	}

	files["search/c/b.89abcdef.json"] = strings.Repeat("x", WholeIndex)
	sw = workerFor(t, files, langs)
	for _, want := range []string{
		`"shared":["css/skupaj.css","search/manifest.json"]`,
		`"en":["","search/manifest-en.json"]`,
		`"sl":["sl/","search/manifest-sl.json"]`,
		`"asFetched":"search/"`,
	} {
		if !strings.Contains(sw, want) {
			t.Errorf("sw.js of a large index lacks %s:\n%.600s", want, sw)
		}
	}
}
