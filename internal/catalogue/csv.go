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
// order content/site.yaml declares them) after "partners", and a case's
// teaching fields last.
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
	return append(cols,
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
		text("need", func(e Entry) string { return e.Need }),
		text("activities", func(e Entry) string { return e.Activities }),
		text("results", func(e Entry) string { return e.Results }),
		text("lessons", func(e Entry) string { return e.Lessons }),
		text("transferability", func(e Entry) string { return e.Transferability }),
		text("funding", func(e Entry) string { return e.Funding }),
		text("stage", func(e Entry) string { return e.Stage }),
		text("contact_organisation", func(e Entry) string { return e.ContactOrganisation }),
		text("licence", func(e Entry) string { return e.Licence }),
		text("last_reviewed", func(e Entry) string { return e.LastReviewed }),
	)
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
