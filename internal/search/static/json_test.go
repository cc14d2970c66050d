package static

import (
	"encoding/json"
	"testing"
)

// TestRecordIsWrittenAsEncodingJSONWould compares the hand-written display
// records with encoding/json's, on text that must be escaped.
func TestRecordIsWrittenAsEncodingJSONWould(t *testing.T) {
	for _, rec := range []record{
		{URL: "/sl/primeri/a/", Title: "<script>alert(\"x\")</script> & co Knjižnica\u2028in \\ partnerji\n", Kind: "case", Lang: "sl", Summary: "Tekst \u2029 <b>"},
		{URL: "/", Title: "Кућа", Kind: "home", Lang: "sr", Summary: "Почетна"},
		{URL: "/cases/a/", Title: "A", Kind: "case", Lang: "en", Headings: [][2]string{{"_need", "The \"need\""}, {"who-took-part", "Who took part <b>"}}},
		{Title: "bad \xff utf-8"},
	} {
		want, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		var w jsonWriter
		w.record(rec)
		if string(w.b) != string(want) {
			t.Errorf("wrote %s\nwant  %s", w.b, want)
		}
	}
}
