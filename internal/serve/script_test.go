package serve

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/skupaj/skupaj/internal/testsite"
)

// A base path is written into the reload script of every previewed page:
// one that tries to leave its string, or the script, stays a string
// (issue 20, finding 7). Each served script must parse (with esbuild) to
// the same program as the reload script with the events URL written as a
// plain JSON string.
func TestHostileBasePathStaysInsideTheReloadScript(t *testing.T) {
	for _, basePath := range []string{
		`/x"+alert(document.domain)+"/`,
		`/x'+alert(1)+'/`,
		`/</script><script>alert(1)</script>/`,
		"/x\u2028alert(1)//",
	} {
		root := testsite.Write(t, testsite.Minimal)
		addr, _ := runningAt(t, root, basePath)
		u := url.URL{Scheme: "http", Host: addr, Path: basePath}
		_, page := get(t, u.String())
		got := servedScript(t, page)
		literal, _ := json.Marshal(basePath + EventsPath)
		want := strings.Replace(reloadSource, "{{.}}", string(literal), 1)
		want = strings.TrimSuffix(strings.TrimPrefix(want, "<script>"), "</script>")
		if a, b := program(t, got), program(t, want); a != b {
			t.Errorf("base path %q: the served script is another program:\n%s\nnot\n%s", basePath, a, b)
		}
	}
}

// servedScript is the text of the script of page that listens for reloads.
func servedScript(t *testing.T, page string) string {
	t.Helper()
	i := strings.LastIndex(page, "skupaj-scroll:")
	start := strings.LastIndex(page[:max(i, 0)], "<script>")
	if i < 0 || start < 0 {
		t.Fatal("the page has no reload script")
	}
	start += len("<script>")
	end := strings.Index(page[start:], "</script>")
	if end < 0 {
		t.Fatal("the reload script does not end")
	}
	return page[start : start+end]
}

// program parses JavaScript and prints it back in esbuild's one form.
func program(t *testing.T, js string) string {
	t.Helper()
	res := api.Transform(js, api.TransformOptions{Loader: api.LoaderJS, MinifyWhitespace: true})
	if len(res.Errors) > 0 {
		t.Fatalf("the script does not parse: %s\n%s", res.Errors[0].Text, js)
	}
	return string(res.Code)
}
