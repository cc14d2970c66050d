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

var typeNames = map[Type]string{
	Text: "a text", Markdown: "a text", Int: "a whole number", List: "a list of ids such as [a, b]",
	Date: `a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"`, URL: "an http:// or https:// address",
	Coordinates: "[latitude, longitude], two numbers such as [46.05, 14.51]",
}

// Names lists the names of fields, in their order.
func Names(fields []Field) []string {
	var out []string
	for _, f := range fields {
		out = append(out, f.Name)
	}
	return out
}

// apply checks fields against the schema of p.Kind and stores them in p.
func apply(p *Page, fields []field, taxonomies []string, errs *diag.List) {
	sch := schemaOf(p.Kind, taxonomies)
	schema, allowed, byName := sch.fields, sch.allowed, sch.byName
	if msg := misplaced(p, fields, taxonomies); msg != "" {
		errs.Addf(p.File, p.FirstLine, "%s", msg)
		return
	}
	seen := map[string]bool{}
	for _, f := range fields {
		s, ok := byName[f.key]
		if !ok {
			hint := ""
			if c := diag.Closest(f.key, allowed, 1); len(c) > 0 {
				hint = fmt.Sprintf("; did you mean %q?", c[0])
			}
			errs.Addf(p.File, f.line, "unknown field %q in a %s%s (allowed: %s)", f.key, p.Kind, hint, strings.Join(allowed, ", "))
			continue
		}
		seen[f.key] = true
		v, err := convert(s, f.val)
		var re *rangeError
		switch {
		case errors.As(err, &re):
			errs.Addf(p.File, f.line, "field %q: %s", f.key, err)
			continue
		case err != nil:
			errs.Addf(p.File, f.line, "field %q must be %s; %s", f.key, typeName(s), err)
			continue
		}
		if r := s.Range; s.Type == Int && (v.(int) < r[0] || v.(int) > r[1]) {
			errs.Addf(p.File, f.line, "field %q must be a whole number from %d to %d; got %s", f.key, r[0], r[1], describe(f.val))
			continue
		}
		s.store(p, v)
	}
	for _, s := range schema {
		if s.Required(p.Kind) && !seen[s.Name] {
			errs.Addf(p.File, p.FirstLine, "missing required field %q: a %s needs %s", s.Name, p.Kind, strings.Join(required(p.Kind, schema), ", "))
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
	checkCase(p, errs)
}

func required(k Kind, schema []Field) []string {
	var r []string
	for _, s := range schema {
		if s.Required(k) {
			r = append(r, s.Name)
		}
	}
	return r
}

var dateRe = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// typeName says how a value of field f is written.
func typeName(f Field) string {
	switch {
	case f.Type == Choice:
		return "one of " + strings.Join(f.Choices, ", ")
	case f.Type == List && len(f.Choices) > 0:
		return "a list of some of " + strings.Join(f.Choices, ", ")
	}
	return typeNames[f.Type]
}

// convert checks one value against field f's type and returns it in Go form.
func convert(f Field, v any) (any, error) {
	t := f.Type
	switch t {
	case Text, Markdown, URL, Choice:
		s, ok := scalar(v)
		if !ok {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		s = strings.TrimSpace(s)
		if t == Choice && !slices.Contains(f.Choices, s) {
			return nil, fmt.Errorf("got %q", s)
		}
		if t == URL {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, fmt.Errorf("got %q", s)
			}
		}
		return s, nil
	case Int:
		n, ok := whole(v)
		if !ok {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		return n, nil
	case Date:
		s, ok := scalar(v)
		if !ok || !dateRe.MatchString(s) {
			return nil, fmt.Errorf("got %s", describe(v))
		}
		if err := checkDay(s); err != nil {
			return nil, err
		}
		return s, nil
	case Coordinates:
		return coordinates(v)
	default: // List
		if s, ok := v.(string); ok {
			return chosen(f, []string{s})
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
		return chosen(f, out)
	}
}

// chosen is the list in, cleaned, when every item is one of f's Choices
// (or f has none).
func chosen(f Field, in []string) (any, error) {
	v, err := cleanList(in)
	if err != nil || len(f.Choices) == 0 {
		return v, err
	}
	for _, s := range v.([]string) {
		if !slices.Contains(f.Choices, s) {
			if c := diag.Closest(s, f.Choices, 1); len(c) > 0 {
				return nil, fmt.Errorf("got %q; did you mean %q?", s, c[0])
			}
			return nil, fmt.Errorf("got %q", s)
		}
	}
	return v, nil
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
