package sources

import "testing"

func TestParseReadsEveryField(t *testing.T) {
	l, errs := Parse(File, []byte(`sources:
  a-report:
    title: Poročilo
    title_en: A report
    author: Ana Novak
    organisation: Mestna knjižnica
    part_of: BLISKO
    place: Ljubljana
    year: 2014
    kind: article
    language: sl
    url: https://example.org/a
  b:
    title: B
    kind: slides
    language: sr-Latn
`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := *l.Source("a-report")
	want := Source{ID: "a-report", Title: "Poročilo", TitleEN: "A report", Author: "Ana Novak", Organisation: "Mestna knjižnica",
		PartOf: "BLISKO", Place: "Ljubljana", Year: "2014", Kind: "article", Language: "sl", URL: "https://example.org/a", Line: 2}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if b := l.Source("b"); b == nil || b.Line != 13 || b.Language != "sr-Latn" {
		t.Errorf("b: %+v", b)
	}
	if got, want := l.Unknown("sources", "a-reprot"), `sources: unknown source id "a-reprot"; did you mean "a-report"? (source ids are the keys of content/sources.yaml)`; got != want {
		t.Errorf("Unknown: %s\nwant %s", got, want)
	}
}

func TestParseRefusesUnknownFields(t *testing.T) {
	_, errs := Parse(File, []byte("sources:\n  a:\n    title: A\n    kind: article\n    language: sl\n    authors: X\n"))
	want := `content/sources.yaml:6: source "a": unknown field "authors"; did you mean "author"? (allowed: title, title_en, author, organisation, part_of, place, year, kind, language, url)`
	if errs.Error() != want {
		t.Errorf("problems:\n%v\nwant:\n%s", errs, want)
	}
}
