package config

import (
	"strings"
	"testing"
)

// parse reads a one-language configuration whose base_url line is base,
// with more lines after it.
func parse(t *testing.T, base, more string) (*Config, error) {
	t.Helper()
	return Parse([]byte("default_language: en\n" + base + "\nlanguages:\n  - {code: en, name: English, title: T}\n  - {code: sl, name: Slovenščina, title: T}\n" + more))
}

func TestURLsStartWithTheBaseURL(t *testing.T) {
	tests := []struct {
		name, base, more string
		path             string // a page's URL or a file of static/
		url, abs         string
		dir              string // the path a server compares requests with
	}{
		{"default is the root", "", "", "cases/x/", "/cases/x/", "/cases/x/", "/"},
		{"root", "base_url: /", "", "sl/cases/x/", "/sl/cases/x/", "/sl/cases/x/", "/"},
		{"home page at the root", "base_url: /", "", "", "/", "/", "/"},
		{"subpath", "base_url: /handbook/", "", "sl/cases/x/", "/handbook/sl/cases/x/", "/handbook/sl/cases/x/", "/handbook/"},
		{"subpath without trailing slash", "base_url: /handbook", "", "cases/x/", "/handbook/cases/x/", "/handbook/cases/x/", "/handbook/"},
		{"path with leading slash", "base_url: /handbook/", "", "/css/skupaj.css", "/handbook/css/skupaj.css", "/handbook/css/skupaj.css", "/handbook/"},
		{"host without path", "base_url: https://org.github.io", "", "cases/x/", "/cases/x/", "https://org.github.io/cases/x/", "/"},
		{"host with path", "base_url: https://org.github.io/handbook/", "", "sl/cases/x/", "/handbook/sl/cases/x/", "https://org.github.io/handbook/sl/cases/x/", "/handbook/"},
		{"host with path without trailing slash", "base_url: http://localhost:1313/handbook", "", "sitemap.xml", "/handbook/sitemap.xml", "http://localhost:1313/handbook/sitemap.xml", "/handbook/"},
		{"host with path, leading slash", "base_url: https://org.github.io/handbook/", "", "/sl/feed.xml", "/handbook/sl/feed.xml", "https://org.github.io/handbook/sl/feed.xml", "/handbook/"},
		{"non-ASCII path is percent-encoded", "base_url: /priročnik/", "", "sl/", "/priro%C4%8Dnik/sl/", "/priro%C4%8Dnik/sl/", "/priročnik/"},
		{"percent-encoded path stays so", "base_url: https://knjiznica.si/priro%C4%8Dnik/", "", "sl/", "/priro%C4%8Dnik/sl/", "https://knjiznica.si/priro%C4%8Dnik/sl/", "/priročnik/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parse(t, tt.base, tt.more)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.URL(tt.path); got != tt.url {
				t.Errorf("URL(%q) = %q, want %q", tt.path, got, tt.url)
			}
			if got := c.AbsURL(tt.path); got != tt.abs {
				t.Errorf("AbsURL(%q) = %q, want %q", tt.path, got, tt.abs)
			}
			if got := c.BasePath(); got != tt.dir {
				t.Errorf("BasePath() = %q, want %q", got, tt.dir)
			}
		})
	}
}

func TestDefaultLanguageInSubdirIsBelowTheBasePath(t *testing.T) {
	for _, tt := range []struct {
		subdir   string
		url, abs string
	}{
		{"false", "/handbook/cases/x/", "https://org.github.io/handbook/cases/x/"},
		{"true", "/handbook/en/cases/x/", "https://org.github.io/handbook/en/cases/x/"},
	} {
		c, err := parse(t, "base_url: https://org.github.io/handbook/", "default_language_in_subdir: "+tt.subdir+"\n")
		if err != nil {
			t.Fatal(err)
		}
		p := c.Prefix("en") + "cases/x/"
		if got := c.URL(p); got != tt.url {
			t.Errorf("in subdir %s: URL(%q) = %q, want %q", tt.subdir, p, got, tt.url)
		}
		if got := c.AbsURL(p); got != tt.abs {
			t.Errorf("in subdir %s: AbsURL(%q) = %q, want %q", tt.subdir, p, got, tt.abs)
		}
		if got := c.URL(c.Prefix("sl")); got != "/handbook/sl/" {
			t.Errorf("in subdir %s: Slovenian home = %q, want /handbook/sl/", tt.subdir, got)
		}
	}
}

const allowed = `allowed: an http:// or https:// URL with a host, such as "https://org.github.io/handbook/", or a path starting with /, such as "/handbook/"`

// badBases are base URLs that would publish broken links, and what the
// error says after the value.
var badBases = []struct{ base, problem string }{
	{"org.github.io/handbook/", `no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "https://org.github.io/handbook/"? ` + allowed},
	{"handbook", `no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "/handbook/"? ` + allowed},
	{"org.github.io:8080/handbook", `no http:// or https:// and no leading /, so every link of the site would be broken; did you mean "https://org.github.io:8080/handbook/"? ` + allowed},
	{"//org.github.io/handbook/", `a host without a scheme; did you mean "https://org.github.io/handbook/"? ` + allowed},
	{"ftp://org.github.io/handbook/", `the scheme ftp: is not http: or https:; ` + allowed},
	{"https:///handbook/", `no host after https://; ` + allowed},
	{"https://editor:secret@org.github.io/", `a user name, which every page would publish; ` + allowed},
	{"https://org.github.io/handbook/?lang=en", `a query string (?lang=en); a base URL ends with its path, such as "https://org.github.io/handbook/"`},
	{"/handbook?", `a query string (?); a base URL ends with its path, such as "/handbook/"`},
	{"https://org.github.io/handbook/#top", `a fragment (#top); a base URL ends with its path, such as "https://org.github.io/handbook/"`},
	{"/handbook/%zz/", `not a URL: invalid URL escape "%zz"; ` + allowed},
}

func TestBadBaseURLInSiteYAMLNamesItsLine(t *testing.T) {
	for _, tt := range badBases {
		t.Run(tt.base, func(t *testing.T) {
			_, err := parse(t, "base_url: '"+tt.base+"'", "")
			want := `content/site.yaml:2: base_url "` + tt.base + `": ` + tt.problem
			if err == nil || err.Error() != want {
				t.Errorf("got  %v\nwant %s", err, want)
			}
		})
	}
}

func TestBadBaseURLFromAFlagNamesTheFlag(t *testing.T) {
	c, err := parse(t, "base_url: https://org.github.io/handbook/", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range badBases {
		t.Run(tt.base, func(t *testing.T) {
			_, err := c.WithBaseURL(tt.base, "-base-url")
			want := `-base-url "` + tt.base + `": ` + tt.problem
			if err == nil || err.Error() != want {
				t.Errorf("got  %v\nwant %s", err, want)
			}
		})
	}
	if c.URL("") != "/handbook/" {
		t.Errorf("a refused flag changed the configuration: URL(\"\") = %q", c.URL(""))
	}
}

func TestBaseURLFromAFlagReplacesSiteYAMLs(t *testing.T) {
	c, err := parse(t, "base_url: https://org.github.io/handbook/", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.WithBaseURL("/preview", "-base-url")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.AbsURL("sl/"); got != "/preview/sl/" {
		t.Errorf("with -base-url /preview: AbsURL(\"sl/\") = %q, want /preview/sl/", got)
	}
	if got := c.AbsURL("sl/"); got != "https://org.github.io/handbook/sl/" {
		t.Errorf("the original configuration changed: AbsURL(\"sl/\") = %q", got)
	}
	if strings.Contains(d.BaseURL, "org.github.io") {
		t.Errorf("BaseURL is still %q", d.BaseURL)
	}
}
