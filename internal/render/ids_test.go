package render

import (
	"slices"
	"testing"
	"testing/fstest"

	skupaj "github.com/skupaj/skupaj"
)

func TestReservedIDsAreEveryIDOfTheLayouts(t *testing.T) {
	layouts := fstest.MapFS{
		"base.html":         {Data: []byte(`<main id="main"><input id="site-search">{{block "main" .}}{{end}}</main>`)},
		"home.html":         {Data: []byte(`<h2 id="_{{.Dir}}">x</h2><input id="nf-q-{{.Code}}">`)},
		"print.html":        {Data: []byte(`<section id="{{.ID}}"><h2 id="{{.ID}}--title">t</h2></section><div data-id="x"></div>`)},
		"partials/top.html": {Data: []byte(`<a id="top"></a>`)},
		"i18n/en.yaml":      {Data: []byte(`id="not-a-layout"`)},
	}
	r, err := reservedIDs(layouts)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"main", "search-list", "site-search", "top"}; !slices.Equal(r.IDs, want) {
		t.Errorf("ids %q; want %q", r.IDs, want)
	}
	if want := []string{"_", "nf-q-", "search-f-"}; !slices.Equal(r.Prefixes, want) {
		t.Errorf("prefixes %q; want %q", r.Prefixes, want)
	}

	// The theme's own layouts: the skip link's target and the search page's box.
	r, err = reservedIDs(skupaj.Layouts())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"main", "search", "search-q", "search-strings", "site-search", "_toc"} {
		if !slices.Contains(r.IDs, id) {
			t.Errorf("the theme's id %q is not reserved: %q", id, r.IDs)
		}
	}
}
