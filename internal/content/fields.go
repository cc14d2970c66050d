package content

import "slices"

// Type is how a field's value is written in front matter.
type Type string

// The types of front matter values.
const (
	Text        Type = "text"        // one line of text
	Markdown    Type = "markdown"    // paragraphs of Markdown, usually a YAML block (|)
	Int         Type = "int"         // a whole number within Field.Range
	List        Type = "list"        // ids such as [a, b]
	Date        Type = "date"        // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
	URL         Type = "url"         // an http:// or https:// address
	Choice      Type = "choice"      // one of Field.Choices
	Coordinates Type = "coordinates" // [latitude, longitude]
)

// The references a field can hold: ids of pages of a section, of the
// bibliography, or of the terms of the vocabulary named like the field.
// A reference to pages is spelled as the Kind of those pages, so that
// Kind(f.Ref) names them.
const (
	RefPartner   = string(Partner)
	RefGuideline = string(Guideline)
	RefCase      = string(Case)
	RefTool      = string(Tool)
	RefSource    = "source"
	RefTaxonomy  = "taxonomy"
)

// Field is one front matter field: the one description of it that the
// checks, the archetypes of skupaj new, the editing form, the field lists
// of case pages and the catalogue's CSV are made from. Its label and help
// text, in every language, are the interface strings "field.<name>" and
// "field.<name>.help".
type Field struct {
	Name string
	Type Type
	// Kinds are the kinds of page that take the field, each mapped to
	// whether that kind requires it.
	Kinds map[Kind]bool
	// Ref is what the ids of the field name (RefPartner ...), "" for none.
	// A taxonomy field holds terms of the vocabulary of its own name; one
	// of Type Text takes one term, one of Type List several.
	Ref string
	// Choices are the values of a Choice field, or the items a List
	// field without Ref may hold.
	Choices []string
	// NamesFields marks a List field whose Choices are the names of other
	// fields of the page (not_reported, the only one), each labelled as
	// that field is.
	NamesFields bool
	Range       [2]int // the smallest and largest value of an Int field

	// text is where a Page keeps a field that holds one string; nil for
	// the others, which set stores instead.
	text func(p *Page) *string
	set  func(p *Page, v any)
}

// store puts v, converted to the field's type, in p.
func (f Field) store(p *Page, v any) {
	if f.text != nil {
		*f.text(p) = v.(string)
		return
	}
	f.set(p, v)
}

// Has reports whether kind k takes the field.
func (f Field) Has(k Kind) bool { _, ok := f.Kinds[k]; return ok }

// Required reports whether kind k must give the field.
func (f Field) Required(k Kind) bool { return f.Kinds[k] }

// IsText reports whether the field holds one string, which Page.Text reads.
func (f Field) IsText() bool { return f.text != nil }

// ChoiceLabel is the interface string that labels choice c of the field:
// "field.<c>", the label of field c, where the choices name fields
// (NamesFields); else "field.<name>.<c>".
func (f Field) ChoiceLabel(c string) string {
	if f.NamesFields {
		return "field." + c
	}
	return "field." + f.Name + "." + c
}

// IsTaxonomy reports whether the field holds terms of a vocabulary.
func (f Field) IsTaxonomy() bool { return f.Ref == RefTaxonomy }

var (
	sourceKinds = []Kind{Home, Section, Guideline, Case, Partner, Tool, Plain}
	sectionDocs = []Kind{Guideline, Case, Partner, Tool}
)

// kinds makes Field.Kinds: every kind of in, required where req says so.
func kinds(in []Kind, req ...Kind) map[Kind]bool {
	m := map[Kind]bool{}
	for _, k := range in {
		m[k] = slices.Contains(req, k)
	}
	return m
}

func ids(dst func(p *Page) *[]string) func(p *Page, v any) {
	return func(p *Page, v any) { *dst(p) = v.([]string) }
}

func terms(p *Page, name string, v any) {
	if p.Terms == nil {
		p.Terms = map[string][]string{}
	}
	switch t := v.(type) {
	case string:
		p.Terms[name] = []string{t}
	case []string:
		p.Terms[name] = t
	}
}

func taxonomyField(name string, single bool, k map[Kind]bool) Field {
	typ := List
	if single {
		typ = Text
	}
	return Field{Name: name, Type: typ, Kinds: k, Ref: RefTaxonomy,
		set: func(p *Page, v any) { terms(p, name, v) }}
}

// teachingFields are the Markdown fields of a case, in the table's order:
// what a case teaches, each shown as its own section of the case page.
var teachingFields = []string{"need", "activities", "results", "lessons", "transferability"}

// table is every field skupaj knows without configuration, in the order a
// new page writes them and messages list them.
var table = []Field{
	{Name: "title", Type: Text, Kinds: kinds(sourceKinds, Home, Guideline, Case, Partner, Tool, Plain),
		text: func(p *Page) *string { return &p.Title }},
	{Name: "translation_key", Type: Text, Kinds: kinds(sourceKinds),
		text: func(p *Page) *string { return &p.TranslationKey }},
	{Name: "weight", Type: Int, Kinds: kinds([]Kind{Guideline, Tool}, Guideline, Tool), Range: [2]int{0, 100000},
		set: func(p *Page, v any) { p.Weight = v.(int) }},
	{Name: "summary", Type: Text, Kinds: kinds(sourceKinds, Case, Tool),
		text: func(p *Page) *string { return &p.Summary }},
	{Name: "library", Type: Text, Kinds: kinds([]Kind{Case}, Case), Ref: RefPartner,
		text: func(p *Page) *string { return &p.Library }},
	{Name: "partners", Type: List, Kinds: kinds([]Kind{Case}, Case), Ref: RefPartner,
		set: ids(func(p *Page) *[]string { return &p.Partners })},
	taxonomyField("partnership_type", false, kinds([]Kind{Case}, Case)),
	taxonomyField("sector", false, kinds([]Kind{Case, Partner}, Case, Partner)),
	taxonomyField("country", true, kinds([]Kind{Case, Partner}, Case, Partner)),
	{Name: "place", Type: Text, Kinds: kinds([]Kind{Case, Partner}),
		text: func(p *Page) *string { return &p.Place }},
	{Name: "year", Type: Int, Kinds: kinds([]Kind{Case}), Range: [2]int{1000, 9999},
		set: func(p *Page, v any) { p.Year = v.(int) }},
	{Name: "start", Type: Date, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Start }},
	{Name: "end", Type: Date, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.End }},
	taxonomyField("target_groups", false, kinds([]Kind{Case})),
	{Name: "programme", Type: Text, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Programme }},
	taxonomyField("relationship", true, kinds([]Kind{Case})),
	{Name: "website", Type: URL, Kinds: kinds([]Kind{Partner}),
		text: func(p *Page) *string { return &p.Website }},
	{Name: "need", Type: Markdown, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Need }},
	{Name: "activities", Type: Markdown, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Activities }},
	{Name: "results", Type: Markdown, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Results }},
	{Name: "lessons", Type: Markdown, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Lessons }},
	{Name: "transferability", Type: Markdown, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Transferability }},
	{Name: "funding", Type: Text, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Funding }},
	{Name: "stage", Type: Choice, Kinds: kinds([]Kind{Case}), Choices: []string{"planned", "running", "finished"},
		text: func(p *Page) *string { return &p.Stage }},
	{Name: "contact_organisation", Type: Text, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.ContactOrganisation }},
	{Name: "licence", Type: Text, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.Licence }},
	{Name: "last_reviewed", Type: Date, Kinds: kinds([]Kind{Case}),
		text: func(p *Page) *string { return &p.LastReviewed }},
	// The teaching fields a case leaves empty because its sources say
	// nothing of them: skupaj check does not ask for them.
	{Name: "not_reported", Type: List, Kinds: kinds([]Kind{Case}), Choices: teachingFields, NamesFields: true,
		set: func(p *Page, v any) { p.NotReported = v.([]string) }},
	{Name: "coordinates", Type: Coordinates, Kinds: kinds([]Kind{Case}),
		set: func(p *Page, v any) { p.Coordinates = v.([]float64) }},
	{Name: "precision", Type: Choice, Kinds: kinds([]Kind{Case}), Choices: []string{"exact", "town", "region", "country"},
		text: func(p *Page) *string { return &p.Precision }},
	{Name: "cases", Type: List, Kinds: kinds([]Kind{Guideline}), Ref: RefCase,
		set: ids(func(p *Page) *[]string { return &p.Cases })},
	{Name: "tools", Type: List, Kinds: kinds([]Kind{Guideline}), Ref: RefTool,
		set: ids(func(p *Page) *[]string { return &p.Tools })},
	{Name: "sources", Type: List, Kinds: kinds([]Kind{Guideline, Case}), Ref: RefSource,
		set: ids(func(p *Page) *[]string { return &p.Sources })},
	{Name: "guidelines", Type: List, Kinds: kinds([]Kind{Case}), Ref: RefGuideline,
		set: ids(func(p *Page) *[]string { return &p.Guidelines })},
	// When the page was added to the handbook and last changed in substance:
	// feeds and "what's new" list pages by them.
	{Name: "published", Type: Date, Kinds: kinds(sectionDocs),
		text: func(p *Page) *string { return &p.Published }},
	{Name: "updated", Type: Date, Kinds: kinds(sectionDocs),
		text: func(p *Page) *string { return &p.Updated }},
}

// Fields returns every front matter field of a site whose configuration
// declares taxonomies: the built-in fields, then each declared taxonomy that
// is not one of them, as an optional list of terms on cases and partners.
func Fields(taxonomies []string) []Field {
	out := slices.Clone(table)
	for _, t := range taxonomies {
		if !slices.ContainsFunc(out, func(f Field) bool { return f.Name == t }) {
			out = append(out, taxonomyField(t, false, kinds([]Kind{Case, Partner})))
		}
	}
	return out
}

// TaxonomyFields returns the taxonomy fields of kind k: the built-in ones
// and the site's own, in order.
func TaxonomyFields(k Kind, taxonomies []string) []Field {
	var out []Field
	for _, f := range FieldsOf(k, taxonomies) {
		if f.IsTaxonomy() {
			out = append(out, f)
		}
	}
	return out
}

// IsBuiltinTerm reports whether field is one of the taxonomy fields every
// case knows (the layouts place them by name); other taxonomies are the
// site's own.
func IsBuiltinTerm(field string) bool {
	return slices.ContainsFunc(table, func(f Field) bool { return f.Name == field && f.IsTaxonomy() })
}

// TermFields are the taxonomies of the configuration that pages of kind k
// carry, in the configuration's order.
func TermFields(k Kind, taxonomies []string) []string {
	own := FieldsOf(k, taxonomies)
	var out []string
	for _, t := range taxonomies {
		if has(own, t) {
			out = append(out, t)
		}
	}
	return out
}
