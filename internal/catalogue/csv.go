package catalogue

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/skupaj/skupaj/internal/content"
)

// CSVFile is where the spreadsheet export is written in the output.
const CSVFile = "catalogue.csv"

// Separator joins the values of a cell that holds several (partners, terms).
const Separator = "; "

// bom starts the file so that spreadsheets read it as UTF-8 (Excel reads a
// CSV file without one in the system's code page, which garbles č and ж).
const bom = "\ufeff"

// column is one column of catalogue.csv: its header and its cell of a case.
type column struct {
	name string
	cell func(Entry) string
}

// Columns are the headers of catalogue.csv in order: the fields of a case
// entry of catalogue.json, one column per taxonomy of the site (in the
// order content/site.yaml declares them) after "partners", then the
// case's teaching and other written fields (closing), the teaching fields
// its sources do not report, and last its place
// on a map: latitude and longitude in two columns, for mapping tools, and
// their precision.
func (c *Catalogue) Columns() []string {
	var names []string
	for _, col := range c.columns() {
		names = append(names, col.name)
	}
	return names
}

func (c *Catalogue) columns() []column {
	text := func(name string, f func(Entry) string) column { return column{name, f} }
	list := func(name string, f func(Entry) []string) column {
		return column{name, func(e Entry) string { return strings.Join(f(e), Separator) }}
	}
	cols := []column{
		text("id", func(e Entry) string { return e.ID }),
		text("lang", func(e Entry) string { return e.Lang }),
		text("title", func(e Entry) string { return e.Title }),
		text("summary", func(e Entry) string { return e.Summary }),
		text("url", func(e Entry) string { return e.URL }),
		text("library", func(e Entry) string { return e.Library }),
		list("partners", func(e Entry) []string { return e.Partners }),
	}
	for _, tax := range c.order {
		cols = append(cols, list(tax, func(e Entry) []string { return e.Terms[tax] }))
	}
	cols = append(cols,
		text("place", func(e Entry) string { return e.Place }),
		text("year", func(e Entry) string {
			if e.Year == 0 {
				return ""
			}
			return strconv.Itoa(e.Year)
		}),
		text("start", func(e Entry) string { return e.Start }),
		text("end", func(e Entry) string { return e.End }),
		text("programme", func(e Entry) string { return e.Programme }),
		list("sources", func(e Entry) []string { return e.Sources }),
		list("guidelines", func(e Entry) []string { return e.Guidelines }),
	)
	for _, f := range closing(c.order) {
		cols = append(cols, text(f.Name, func(e Entry) string { return e.page.Text(f.Name) }))
	}
	cols = append(cols, list("not_reported", func(e Entry) []string { return e.NotReported }))
	coordinate := func(name string, i int) column {
		return text(name, func(e Entry) string {
			if len(e.Coordinates) != 2 {
				return ""
			}
			return strconv.FormatFloat(e.Coordinates[i], 'f', -1, 64)
		})
	}
	return append(cols, coordinate("latitude", 0), coordinate("longitude", 1),
		text("precision", func(e Entry) string { return e.Precision }))
}

// closing are the fields of the last columns: the run of the field
// table's one-string case fields that starts with its first Markdown field
// (what a case teaches, need … transferability, then what is known about
// it, funding … last_reviewed).
func closing(taxonomies []string) []content.Field {
	var out []content.Field
	for _, f := range content.FieldsOf(content.Case, taxonomies) {
		switch {
		case len(out) == 0 && f.Type == content.Markdown:
			out = append(out, f)
		case len(out) > 0 && !f.IsText():
			return out
		case len(out) > 0:
			out = append(out, f)
		}
	}
	return out
}

// CSV is catalogue.csv: a header row, then one row per case and language
// in the order of Entries; RFC 4180 (CRLF line ends, fields quoted where
// they must be), UTF-8 with a byte order mark.
func (c *Catalogue) CSV() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(bom)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	cols := c.columns()
	row := make([]string, len(cols))
	if err := w.Write(c.Columns()); err != nil {
		return nil, err
	}
	for _, e := range c.Entries {
		if e.Kind != string(content.Case) {
			continue
		}
		for i, col := range cols {
			row[i] = col.cell(e)
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}
