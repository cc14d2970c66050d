package edit

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

func TestSchemaIsTheFieldTableWithPickersInTheFormsLanguage(t *testing.T) {
	config := strings.Replace(testsite.Config, "taxonomies: [partnership_type, sector, country, target_groups, relationship]",
		"taxonomies: [partnership_type, sector, country, target_groups, relationship, audience]", 1)
	root := testsite.Write(t, testsite.With(testsite.Minimal, map[string]string{
		"content/site.yaml":                config,
		"content/taxonomies/audience.yaml": testsite.Vocabulary("children", "seniors"),
	}))
	s := New(Options{Root: root, BasePath: "/"})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	code, res := call(t, srv, s, "GET", "api/schema?kind=case&lang=sl", nil, nil)
	if code != 200 || res["kind"] != "case" || res["lang"] != "sl" {
		t.Fatalf("schema: %d %v", code, res)
	}
	byName := map[string]map[string]any{}
	var names []string
	for _, f := range res["fields"].([]any) {
		m := f.(map[string]any)
		byName[m["name"].(string)] = m
		names = append(names, m["name"].(string))
	}
	if names[0] != "title" || !slices.Contains(names, "partners") || names[len(names)-1] != "audience" {
		t.Errorf("the fields are not the table's, in its order, with the site's own taxonomy last: %v", names)
	}
	labels := func(name string) map[string]string {
		out := map[string]string{}
		for _, c := range byName[name]["choices"].([]any) {
			m := c.(map[string]any)
			out[m["id"].(string)] = m["label"].(string)
		}
		return out
	}
	if p := byName["partners"]; p["ref"] != "partner" || p["multiple"] != true || p["required"] != true || labels("partners")["red-cross"] != "Red Cross" {
		t.Errorf("partners: %v", p)
	}
	if c := byName["country"]; c["ref"] != "taxonomy:country" || c["multiple"] != false || labels("country")["si"] != "Oznaka si" {
		t.Errorf("country: %v", c)
	}
	if a := byName["audience"]; a["ref"] != "taxonomy:audience" || labels("audience")["seniors"] != "Oznaka seniors" {
		t.Errorf("the site's own taxonomy: %v", a)
	}
	if g := byName["guidelines"]; g["ref"] != "guideline" || labels("guidelines")["first"] != "First chapter" {
		t.Errorf("guidelines: %v", g)
	}
	if src := byName["sources"]; src["ref"] != "source" || !strings.HasPrefix(labels("sources")["town-report"], "Poročilo o partnerstvu") {
		t.Errorf("sources: %v", src)
	}
	// not_reported is ticked among the teaching fields, each under its
	// field's label.
	if n := byName["not_reported"]; n["ref"] != "" || n["multiple"] != true || n["translate"] != "copy" ||
		labels("not_reported")["results"] != "Rezultati" || len(labels("not_reported")) != 5 {
		t.Errorf("not_reported: %v", n)
	}
	// A translation starts with the ids, terms and dates of its source, and
	// with its own text empty, except the key that ties them together.
	for name, want := range map[string]string{"title": "empty", "need": "empty", "translation_key": "copy",
		"partners": "copy", "library": "copy", "country": "copy", "year": "copy", "start": "copy"} {
		if got := byName[name]["translate"]; got != want {
			t.Errorf("%s: translate %v, want %s", name, got, want)
		}
	}
	// The checks know the site's own taxonomy too: a term it lacks is an
	// error next to its field, and one it has is none.
	for term, wantErr := range map[string]bool{"nobody": true, "seniors": false} {
		code, res := call(t, srv, s, "POST", "api/check", map[string]any{"file": alpha, "fields": map[string]any{"audience": []string{term}}}, nil)
		onAudience := onField(res, "audience")
		if code != 200 || (len(onAudience) > 0) != wantErr || wantErr && !strings.Contains(onAudience[0], "content/taxonomies/audience.yaml") {
			t.Errorf("check of audience: [%s]: %d, findings on the field %q", term, code, onAudience)
		}
	}
	if res["slugFrom"] != "title" {
		t.Errorf("slugFrom: %v, want title", res["slugFrom"])
	}
	code, res = call(t, srv, s, "GET", "api/schema?kind=term&taxonomy=sector&lang=sl", nil, nil)
	if code != 200 || len(res["fields"].([]any)) != 4 {
		t.Errorf("schema of a term: %d %v", code, res)
	}
	// The form's heading names the vocabulary as the site's pages do.
	if res["taxonomyLabel"] != "Sektorji" {
		t.Errorf("taxonomyLabel: %v, want the sl interface string taxonomy.sector", res["taxonomyLabel"])
	}
}
