package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
)

type ftype int

const (
	tString ftype = iota
	tInt
	tList
	tDate
	tURL
)

var typeNames = map[ftype]string{
	tString: "a text", tInt: "a whole number", tList: "a list of ids such as [a, b]",
	tDate: `a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"`, tURL: "an http:// or https:// address",
}

// intRange is the smallest and largest value of each whole-number field
// (every field of type tInt has one).
var intRange = map[string][2]int{
	"weight": {0, 100000},
	"year":   {1000, 9999},
}

type spec struct {
	name     string
	typ      ftype
	required bool
}

// builtinTerms are the taxonomy fields every case knows; a site may declare more.
var builtinTerms = []string{"partnership_type", "sector", "country", "target_groups", "relationship"}

// IsBuiltinTerm reports whether field is one of the taxonomy fields every
// case knows (the layouts place them by name); other taxonomies are the
// site's own.
func IsBuiltinTerm(field string) bool { return slices.Contains(builtinTerms, field) }

// TermFields are the taxonomies of the configuration that pages of kind k
// carry, in the configuration's order: what their schema takes.
func TermFields(k Kind, taxonomies []string) []string {
	schema := Schema(k, taxonomies)
	var out []string
	for _, t := range taxonomies {
		if has(schema, t) {
			out = append(out, t)
		}
	}
	return out
}

// single-valued taxonomy fields.
var singleTerm = map[string]bool{"country": true, "relationship": true}

// Schema returns the front matter fields of kind k. Taxonomies declared in
// the configuration beyond the built-in ones are lists on cases and partners.
func Schema(k Kind, taxonomies []string) []spec {
	s := []spec{{"title", tString, true}, {"translation_key", tString, false}}
	switch k {
	case Guideline:
		s = append(s, spec{"weight", tInt, true}, spec{"summary", tString, false},
			spec{"cases", tList, false}, spec{"tools", tList, false}, spec{"sources", tList, false})
	case Case:
		s = append(s, spec{"summary", tString, true}, spec{"library", tString, true},
			spec{"partners", tList, true}, spec{"partnership_type", tList, true},
			spec{"sector", tList, true}, spec{"country", tString, true},
			spec{"place", tString, false}, spec{"year", tInt, false},
			spec{"start", tDate, false}, spec{"end", tDate, false},
			spec{"target_groups", tList, false}, spec{"programme", tString, false},
			spec{"relationship", tString, false}, spec{"sources", tList, false},
			spec{"guidelines", tList, false})
	case Partner:
		s = append(s, spec{"sector", tList, true}, spec{"country", tString, true},
			spec{"place", tString, false}, spec{"website", tURL, false},
			spec{"summary", tString, false})
	case Tool:
		s = append(s, spec{"summary", tString, true}, spec{"weight", tInt, true})
	default:
		s[0].required = k != Section
		s = append(s, spec{"summary", tString, false})
	}
	if k == Guideline || k == Case || k == Partner || k == Tool {
		// When the page was added to the handbook and last changed in
		// substance: feeds and "what's new" list pages by them.
		s = append(s, spec{"published", tDate, false}, spec{"updated", tDate, false})
	}
	if k == Case || k == Partner {
		for _, t := range taxonomies {
			if !has(s, t) {
				s = append(s, spec{t, tList, false})
			}
		}
	}
	return s
}

func has(s []spec, name string) bool {
	for _, f := range s {
		if f.name == name {
			return true
		}
	}
	return false
}

// apply checks fields against the schema of p.Kind and stores them in p.
func apply(p *Page, fields []field, taxonomies []string, errs *diag.List) {
	schema := Schema(p.Kind, taxonomies)
	var names []string
	byName := map[string]spec{}
	for _, f := range schema {
		names = append(names, f.name)
		byName[f.name] = f
	}
	if msg := misplaced(p, fields, taxonomies); msg != "" {
		errs.Addf(p.File, p.FirstLine, "%s", msg)
		return
	}
	seen := map[string]bool{}
	for _, f := range fields {
		s, ok := byName[f.key]
		if !ok {
			hint := ""
			if c := diag.Closest(f.key, names, 1); len(c) > 0 {
				hint = fmt.Sprintf("; did you mean %q?", c[0])
			}
			errs.Addf(p.File, f.line, "unknown field %q in a %s%s (allowed: %s)", f.key, p.Kind, hint, strings.Join(names, ", "))
			continue
		}
		seen[f.key] = true
		v, err := convert(s.typ, f.val)
		var re *rangeError
		switch {
		case errors.As(err, &re):
			errs.Addf(p.File, f.line, "field %q: %s", f.key, err)
			continue
		case err != nil:
			errs.Addf(p.File, f.line, "field %q must be %s; %s", f.key, typeNames[s.typ], err)
			continue
		}
		if r, ok := intRange[f.key]; ok && (v.(int) < r[0] || v.(int) > r[1]) {
			errs.Addf(p.File, f.line, "field %q must be a whole number from %d to %d; got %s", f.key, r[0], r[1], describe(f.val))
			continue
		}
		store(p, f.key, v)
	}
	for _, s := range schema {
		if s.required && !seen[s.name] {
			errs.Addf(p.File, p.FirstLine, "missing required field %q: a %s needs %s", s.name, p.Kind, strings.Join(required(schema), ", "))
		}
	}
	if p.Year != 0 && (p.Start != "" || p.End != "") {
		errs.Addf(p.File, p.Line("year"), "use either year or start/end, not both")
	}
	if p.Published != "" && p.Updated != "" && p.Updated < p.Published {
		errs.Addf(p.File, p.Line("updated"), "updated %s is before published %s", p.Updated, p.Published)
	}
	if p.Start != "" && p.End != "" && p.End < p.Start {
		errs.Addf(p.File, p.Line("end"), "end %s is before start %s", p.End, p.Start)
	}
	for _, t := range builtinTerms {
		if singleTerm[t] && len(p.Terms[t]) > 1 {
			errs.Addf(p.File, p.Line(t), "field %q takes one term, not a list", t)
		}
	}
}

func required(schema []spec) []string {
	var r []string
	for _, s := range schema {
		if s.required {
			r = append(r, s.name)
		}
	}
	return r
}

func store(p *Page, key string, v any) {
	switch key {
	case "title":
		p.Title = v.(string)
	case "summary":
		p.Summary = v.(string)
	case "translation_key":
		p.TranslationKey = v.(string)
	case "weight":
		p.Weight = v.(int)
	case "library":
		p.Library = v.(string)
	case "partners":
		p.Partners = v.([]string)
	case "place":
		p.Place = v.(string)
	case "programme":
		p.Programme = v.(string)
	case "website":
		p.Website = v.(string)
	case "year":
		p.Year = v.(int)
	case "start":
		p.Start = v.(string)
	case "end":
		p.End = v.(string)
	case "published":
		p.Published = v.(string)
	case "updated":
		p.Updated = v.(string)
	case "sources":
		p.Sources = v.([]string)
	case "guidelines":
		p.Guidelines = v.([]string)
	case "cases":
		p.Cases = v.([]string)
	case "tools":
		p.Tools = v.([]string)
	default: // taxonomy fields
		if p.Terms == nil {
			p.Terms = map[string][]string{}
		}
		switch t := v.(type) {
		case string:
			p.Terms[key] = []string{t}
		case []string:
			p.Terms[key] = t
		}
	}
}

var dateRe = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// convert checks one value against a type and returns it in Go form.
func convert(t ftype, v any) (any, error) {
	switch t {
	case tString, tURL:
		s, ok := scalar(v)
		if !ok {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		s = strings.TrimSpace(s)
		if t == tURL {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, fmt.Errorf("got %q", s)
			}
		}
		return s, nil
	case tInt:
		n, ok := whole(v)
		if !ok {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		return n, nil
	case tDate:
		s, ok := scalar(v)
		if !ok || !dateRe.MatchString(s) {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		if err := checkDay(s); err != nil {
			return nil, err
		}
		return s, nil
	default: // tList
		if s, ok := v.(string); ok {
			return cleanList([]string{s})
		}
		items, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		var out []string
		for _, it := range items {
			s, ok := scalar(it)
			if !ok {
				return nil, fmt.Errorf("an item is %s", describe(it))
			}
			out = append(out, s)
		}
		return cleanList(out)
	}
}

func cleanList(in []string) (any, error) {
	out := make([]string, 0, len(in))
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil, fmt.Errorf("an item is empty")
		}
		if seen[s] {
			return nil, fmt.Errorf("%q is listed twice", s)
		}
		seen[s] = true
		out = append(out, s)
	}
	return out, nil
}

func scalar(v any) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case int:
		return strconv.Itoa(s), true
	case int64:
		return strconv.FormatInt(s, 10), true
	case float64:
		return strconv.FormatFloat(s, 'f', -1, 64), true
	case uint64:
		return strconv.FormatUint(s, 10), true
	case json.Number:
		return s.String(), true
	case bool:
		return strconv.FormatBool(s), true
	}
	return "", false
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		return "a list"
	case map[string]any:
		return "a group of fields"
	case bool:
		return fmt.Sprintf("%v (yes/no)", x)
	}
	return fmt.Sprintf("%v", v)
}
