package config

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
)

// allowedBase says what a base URL may be, for error messages.
const allowedBase = `allowed: an http:// or https:// URL with a host, such as "https://org.github.io/handbook/", or a path starting with /, such as "/handbook/"`

// base is the base URL taken apart: where every URL of the site starts.
type base struct {
	root string // what absolute URLs start with: "https://org.github.io/handbook/", or path when the base URL has no host
	path string // the path part, percent-encoded, with a trailing slash: "/", "/handbook/"
	dir  string // path, decoded: what a request's path starts with
}

// parseBase checks a base URL and takes it apart; a missing trailing slash
// is added. A problem is returned as a phrase to follow the source and the
// value: `-base-url "handbook": ` + problem.
func parseBase(raw string) (base, string) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return base{}, fmt.Sprintf("not a URL: %v; %s", err, allowedBase)
	}
	switch {
	case u.Scheme == "" && u.Host == "" && !strings.HasPrefix(raw, "/"),
		u.Opaque != "" && strings.Contains(u.Scheme, "."): // "org.github.io:8080/handbook/"
		return base{}, fmt.Sprintf("no http:// or https:// and no leading /, so every link of the site would be broken; did you mean %q? %s", guessBase(raw), allowedBase)
	case u.Scheme == "" && u.Host != "":
		return base{}, fmt.Sprintf("a host without a scheme; did you mean %q? %s", "https:"+withSlash(raw), allowedBase)
	case u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "":
		return base{}, fmt.Sprintf("the scheme %s: is not http: or https:; %s", u.Scheme, allowedBase)
	case u.Scheme != "" && u.Host == "":
		return base{}, fmt.Sprintf("no host after %s://; %s", u.Scheme, allowedBase)
	case u.User != nil:
		return base{}, fmt.Sprintf("a user name, which every page would publish; %s", allowedBase)
	case u.RawQuery != "" || u.ForceQuery:
		return base{}, fmt.Sprintf("a query string (?%s); a base URL ends with its path, such as %q", u.RawQuery, withSlash(strings.SplitN(raw, "?", 2)[0]))
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return base{}, fmt.Sprintf("a fragment (#%s); a base URL ends with its path, such as %q", u.Fragment, withSlash(strings.SplitN(raw, "#", 2)[0]))
	}
	b := base{path: withSlash(u.EscapedPath()), dir: withSlash(u.Path)}
	b.root = b.path
	if u.Host != "" {
		b.root = u.Scheme + "://" + u.Host + b.path
	}
	return b, ""
}

// guessBase is what a base URL without scheme or leading slash was likely
// meant to be: a host and path when its first segment has a dot
// ("org.github.io/handbook/"), else a path ("handbook").
func guessBase(raw string) string {
	first, _, _ := strings.Cut(raw, "/")
	if strings.Contains(first, ".") {
		return "https://" + withSlash(raw)
	}
	return "/" + withSlash(raw)
}

func withSlash(p string) string { return strings.TrimSuffix(p, "/") + "/" }

// setBase sets the base URL to raw; a problem is reported as coming from
// src ("content/site.yaml" and line, or a command-line flag).
func (c *Config) setBase(raw string, src func(problem string) *diag.Error) *diag.Error {
	if raw == "" {
		raw = "/"
	}
	b, problem := parseBase(raw)
	if problem != "" {
		return src(problem)
	}
	c.BaseURL, c.base = raw, b
	return nil
}

// WithBaseURL is a copy of c whose base URL is raw, given on the command
// line with flag (such as "-base-url"), which errors name.
func (c *Config) WithBaseURL(raw, flag string) (*Config, error) {
	out := *c
	err := out.setBase(raw, func(problem string) *diag.Error {
		return &diag.Error{Msg: fmt.Sprintf("%s %q: %s", flag, raw, problem)}
	})
	if err != nil {
		return nil, diag.List{err}
	}
	return &out, nil
}

// URL is the link to path (a page's URL, "sl/cases/x/", or a file of
// static/, "css/base.css"; a leading slash is the same) from any page of
// the site: the base URL's path and then path, "/handbook/sl/cases/x/".
func (c *Config) URL(path string) string {
	return c.basePath() + strings.TrimPrefix(path, "/")
}

// AbsURL is path's URL for readers outside the site (feeds, the sitemap,
// canonical links, Open Graph, JSON-LD, catalogue.json): absolute,
// "https://org.github.io/handbook/sl/cases/x/", when the base URL names a
// host; else the same as URL.
func (c *Config) AbsURL(path string) string {
	root := c.base.root
	if root == "" {
		root = "/"
	}
	return root + strings.TrimPrefix(path, "/")
}

// BasePath is the decoded path of the base URL, with a trailing slash: "/",
// "/handbook/". A server compares it with a request's path; links are made
// by URL.
func (c *Config) BasePath() string {
	if c.base.dir == "" {
		return "/"
	}
	return c.base.dir
}

func (c *Config) basePath() string {
	if c.base.path == "" {
		return "/"
	}
	return c.base.path
}
