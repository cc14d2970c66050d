package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// pathOnlySite publishes below /handbook (written without its trailing
// slash) on whatever host serves it, English in its own folder too.
const pathOnlySite = `
-- content/site.yaml --
base_url: /handbook
default_language: en
default_language_in_subdir: true
languages:
  - {code: en, name: English, title: Test handbook, description: A test site.}
  - {code: sl, name: Slovenščina, title: Testni priročnik, description: Testna stran.}
taxonomies: [partnership_type, sector, country, target_groups, relationship]
`

func TestPathOnlyBaseURLMakesRootRelativeURLsEverywhere(t *testing.T) {
	root := testsite.Write(t, testsite.With(testsite.Minimal, testsite.Txtar(pathOnlySite)))
	if _, err := Build(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(root, "public")
	for _, c := range []struct{ file, want string }{
		{"en/guidelines/first/index.html", `href="/handbook/en/cases/alpha/#what-was-done"`},
		{"en/guidelines/first/index.html", `<link rel="canonical" href="/handbook/en/guidelines/first/">`},
		{"en/guidelines/first/index.html", `<link rel="stylesheet" href="/handbook/css/page.min.css">`},
		{"en/cases/alpha/index.html", `hreflang="sl" href="/handbook/sl/cases/alpha/"`},
		{"sitemap.xml", `<loc>/handbook/en/cases/alpha/</loc>`},
		{"robots.txt", "Sitemap: /handbook/sitemap.xml\n"},
		{"en/feed.xml", `href="/handbook/en/feed.xml"`},
		{"sl/feed.xml", `<id>/handbook/sl/whats-new/</id>`},
	} {
		if got := read(t, filepath.Join(pub, c.file)); !strings.Contains(got, c.want) {
			t.Errorf("%s does not contain %s", c.file, c.want)
		}
	}
	records, _ := filepath.Glob(filepath.Join(pub, "search", "r", "*.json"))
	inSearch := false
	for _, r := range records {
		inSearch = inSearch || strings.Contains(read(t, r), `"u":"/handbook/en/cases/alpha/"`)
	}
	if !inSearch {
		t.Errorf("no search record of %d links alpha as /handbook/en/cases/alpha/", len(records))
	}
	var cat struct {
		Entries []struct{ ID, Lang, URL string }
	}
	if err := json.Unmarshal([]byte(read(t, filepath.Join(pub, "catalogue.json"))), &cat); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range cat.Entries {
		if e.ID == "alpha" && e.Lang == "en" {
			found = true
			if e.URL != "/handbook/en/cases/alpha/" {
				t.Errorf("catalogue.json: alpha's URL is %q, want /handbook/en/cases/alpha/", e.URL)
			}
		}
	}
	if !found {
		t.Error("catalogue.json has no English alpha")
	}
}

// badBaseURLSite has a base URL without its scheme on line 2 of site.yaml.
const badBaseURLSite = `
-- content/site.yaml --
default_language: en
base_url: org.github.io/handbook/
languages:
  - {code: en, name: English, title: Test handbook, description: A test site.}
  - {code: sl, name: Slovenščina, title: Testni priročnik, description: Testna stran.}
taxonomies: [partnership_type, sector, country, target_groups, relationship]
`

const allowedBase = `allowed: an http:// or https:// URL with a host, such as "https://org.github.io/handbook/", or a path starting with /, such as "/handbook/"`

func TestBadBaseURLFailsTheBuildAndNamesWhereItCameFrom(t *testing.T) {
	for _, tt := range []struct {
		name, flag string
		files      map[string]string
		want       string
	}{
		{"site.yaml", "", testsite.With(testsite.Minimal, testsite.Txtar(badBaseURLSite)),
			`content/site.yaml:2: base_url "org.github.io/handbook/": no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "https://org.github.io/handbook/"? ` + allowedBase},
		{"flag", "handbook", testsite.Minimal,
			`-base-url "handbook": no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "/handbook/"? ` + allowedBase},
		{"flag over a bad site.yaml", "https://org.github.io/handbook/?v=2", testsite.With(testsite.Minimal, testsite.Txtar(badBaseURLSite)),
			`content/site.yaml:2: base_url "org.github.io/handbook/": no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "https://org.github.io/handbook/"? ` + allowedBase},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := testsite.Write(t, tt.files)
			old := filepath.Join(root, "public", "index.html")
			if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(old, []byte("the last good build"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Build(Options{Root: root, BaseURL: tt.flag})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
			if got := read(t, old); got != "the last good build" {
				t.Errorf("a failed build changed public/index.html to %.60q", got)
			}
		})
	}
}
