package translit

import (
	"strings"
	"testing"
	"unicode"
)

func TestSchemes(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) string
		in   string
		want string
	}{
		{"sr lower", SerbianToLatin, "љубав", "ljubav"},
		{"sr title", SerbianToLatin, "Љубљана", "Ljubljana"},
		{"sr caps", SerbianToLatin, "ЉУБЉАНА", "LJUBLJANA"},
		{"sr nj title", SerbianToLatin, "Њива", "Njiva"},
		{"sr nj caps", SerbianToLatin, "ЊИВА", "NJIVA"},
		{"sr lone dz", SerbianToLatin, "Џ", "Dž"},
		{"sr dz caps", SerbianToLatin, "ЏЕП", "DŽEP"},
		{"sr final digraph caps", SerbianToLatin, "КРАЉ", "KRALJ"},
		{"sr lone in caps", SerbianToLatin, "ГРУПА Љ", "GRUPA LJ"},
		{"sr lone before caps", SerbianToLatin, "Љ ГРУПА", "LJ GRUPA"},
		{"sr lone in mixed", SerbianToLatin, "ГРУПА Љ група", "GRUPA Lj grupa"},
		{"sr lone among single capitals", SerbianToLatin, "А Љ Б", "A Lj B"},
		{"sr lone with punctuation", SerbianToLatin, "(Џ)", "(Dž)"},
		{"sr accent mark kept", SerbianToLatin, "и\u0301", "i\u0301"},
		{"sr grave accent letters", SerbianToLatin, "ѝ ѐ", "ì è"},
		{"sr latin untouched", SerbianToLatin, "Džep, ǅ, https://a.rs/?q=љ", "Džep, ǅ, https://a.rs/?q=lj"},
		{"sr other cyrillic untouched", SerbianToLatin, "щ", "щ"},
		{"sr empty", SerbianToLatin, "", ""},
		{"sr invalid utf8 kept", SerbianToLatin, "а\xffб", "a\xffb"},
		{"mk gj kj dz", MacedonianToLatin, "ѓ ќ ѕ Ѓ Ќ Ѕ", "gj kj dz Gj Kj Dz"},
		{"mk caps", MacedonianToLatin, "ЃОРЃИ", "GJORGJI"},
		{"mk serbian-only letter untouched", MacedonianToLatin, "ђ ћ", "ђ ћ"},
		{"bg country", BulgarianToLatin, "България", "Bulgaria"},
		{"bg country caps", BulgarianToLatin, "БЪЛГАРИЯ", "BULGARIA"},
		{"bg derived word", BulgarianToLatin, "Българият", "Balgariyat"},
		{"bg final ia", BulgarianToLatin, "София", "Sofia"},
		{"bg final ia before punctuation", BulgarianToLatin, "Мария!", "Maria!"},
		{"bg inner ia", BulgarianToLatin, "сияние", "siyanie"},
		{"bg final mixed case", BulgarianToLatin, "СофиЯ", "SofiA"},
		{"bg sht", BulgarianToLatin, "щ Щ ЩИТ Щит", "sht Sht SHTIT Shtit"},
		{"bg signs", BulgarianToLatin, "ъ ь Ъ", "a y A"},
		{"bg zh ts ch", BulgarianToLatin, "Жеч Цоц ЧЕЦ", "Zhech Tsots CHETS"},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s: %q → %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestToLatinDispatch(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"sr", "ђ", "đ"},
		{"sr-Cyrl", "ђ", "đ"},
		{"sr_Cyrl_RS", "ђ", "đ"},
		{"SR", "ђ", "đ"},
		{"srp", "ђ", "đ"},
		{"mk", "ѓ", "gj"},
		{"mk-MK", "ѓ", "gj"},
		{"bg", "щ", "sht"},
		{"bg-BG", "София", "Sofia"},
		{"ru", "щ", "šč"},
		{"", "ђ щ ѓ", "đ šč gj"},
		{"uk", "ЇЖАК", "JIŽAK"},
		{"ru", "подъезд", "podăezd"},
		{"ru", "Ольга", "Olga"},
		{"kk", "Қазақстан", "Qazaqstan"},
		{"tg", "Ӯ", "U\u0304"},  // fallback: base у + macron
		{"udm", "ӝ", "ž\u0308"}, // fallback keeps the mark
		{"cu", "а\u0483", "a"},  // Cyrillic titlo dropped
		{"en", "Library", "Library"},
	}
	for _, tt := range tests {
		if got := ToLatin(tt.lang, tt.in); got != tt.want {
			t.Errorf("ToLatin(%q, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestGenericLeavesNoCyrillic(t *testing.T) {
	for _, rg := range unicode.Cyrillic.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			checkNoCyrillic(t, r)
		}
	}
	for _, rg := range unicode.Cyrillic.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			checkNoCyrillic(t, r)
		}
	}
}

func checkNoCyrillic(t *testing.T, r rune) {
	t.Helper()
	for _, in := range []string{string(r), "x" + string(r) + "y", "Ж" + string(r) + "Ж"} {
		if out := ToLatin("ru", in); strings.IndexFunc(out, isCyrillic) >= 0 {
			t.Errorf("ToLatin(ru, %q) = %q keeps Cyrillic", in, out)
		}
	}
	if out := ASCII("ru", string(r)); strings.IndexFunc(out, func(c rune) bool { return c > unicode.MaxASCII }) >= 0 {
		t.Errorf("ASCII(ru, %q U+%04X) = %q is not ASCII", string(r), r, out)
	}
}

func TestASCIIMeets(t *testing.T) {
	groups := []struct {
		lang  string
		forms []string
	}{
		{"sr", []string{"knjiznica", "knjižnica", "књижница", "КЊИЖНИЦА", "Knjižnica"}},
		{"sr", []string{"kuca", "кућа", "kuća", "КУЋА"}},
		{"sr", []string{"djordje", "Ђорђе", "Đorđe", "ĐORĐE"}},
		{"mk", []string{"gjorgji", "Ѓорѓи", "Gjorgji"}},
		{"bg", []string{"sofia", "София", "СОФИЯ"}},
		{"hr", []string{"dzep", "džep", "DŽEP", "ǆep"}},
	}
	for _, g := range groups {
		want := strings.ToLower(g.forms[0])
		for _, f := range g.forms {
			if got := strings.ToLower(ASCII(g.lang, f)); got != want {
				t.Errorf("ASCII(%q, %q) lower-cased = %q, want %q", g.lang, f, got, want)
			}
		}
	}
}

func TestNoCyrillicReturnsInput(t *testing.T) {
	s := "Skupaj – knjižnica, łódź"
	if got := SerbianToLatin(s); got != s {
		t.Errorf("SerbianToLatin changed %q to %q", s, got)
	}
	if n := testing.AllocsPerRun(100, func() { SerbianToLatin(s) }); n != 0 {
		t.Errorf("SerbianToLatin on Latin text allocates %v times", n)
	}
}

func TestIsCyrillic(t *testing.T) {
	for r := rune(0); r <= 0x1FFFF; r++ {
		if got, want := isCyrillic(r), unicode.Is(unicode.Cyrillic, r); got != want {
			t.Errorf("isCyrillic(U+%04X) = %v, want %v", r, got, want)
		}
	}
}
