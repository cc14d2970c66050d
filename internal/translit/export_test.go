package translit

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestTablesJSON(t *testing.T) {
	data, err := json.Marshal(Tables())
	if err != nil {
		t.Fatal(err)
	}
	var back TableSet
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sr", "mk", "bg", "generic"} {
		if len(back.Schemes[name].Letters) == 0 {
			t.Errorf("scheme %q missing from %s", name, data[:80])
		}
	}
	if got := back.Schemes["bg"].Final["ия"]; got != "ia" {
		t.Errorf(`bg final "ия" = %q, want "ia"`, got)
	}
	if !back.Schemes["generic"].Decompose || back.Schemes["sr"].Decompose {
		t.Error("only the generic scheme should decompose")
	}
	if back.Fold["đ"] != "dj" || len(back.FoldMarks) == 0 {
		t.Errorf("fold data incomplete: %v %v", back.Fold, back.FoldMarks)
	}
}

// TestTablesMatchFunctions checks that the published data is what the
// functions apply, and that the data is well formed.
func TestTablesMatchFunctions(t *testing.T) {
	ts := Tables()
	langs := map[string]string{"sr": "sr", "mk": "mk", "bg": "bg", "generic": "ru"}
	for name, sc := range ts.Schemes {
		for from, to := range sc.Letters {
			r, n := utf8.DecodeRuneInString(from)
			if n != len(from) || !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLower(r) {
				t.Errorf("%s: key %q is not one lower-case Cyrillic letter", name, from)
			}
			if strings.IndexFunc(to, isCyrillic) >= 0 || !norm.NFC.IsNormalString(to) {
				t.Errorf("%s: %q → %q is not NFC Latin", name, from, to)
			}
			if got := ToLatin(langs[name], " "+from+" "); got != " "+to+" " {
				t.Errorf("%s: ToLatin(%q) = %q, table says %q", name, from, got, to)
			}
		}
	}
	for from, to := range ts.Fold {
		r, n := utf8.DecodeRuneInString(from)
		if n != len(from) || unicode.IsUpper(r) {
			t.Errorf("fold key %q is not one lower-case rune", from)
		}
		if got := Fold(from); got != to {
			t.Errorf("Fold(%q) = %q, table says %q", from, got, to)
		}
		for _, c := range to {
			if c > unicode.MaxASCII {
				t.Errorf("fold %q → %q is not ASCII", from, to)
			}
		}
	}
	// The copy belongs to the caller.
	ts.Schemes["sr"].Letters["а"] = "x"
	ts.Fold["ł"] = "x"
	if SerbianToLatin("а") != "a" || Tables().Fold["ł"] != "l" {
		t.Error("changing the result of Tables changed the package")
	}
}
