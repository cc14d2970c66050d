package slug

import "testing"

func TestMake(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"sl", "Zakaj partnerstvo ne deluje?", "zakaj-partnerstvo-ne-deluje"},
		{"sl", "Vloga koordinatorja – kompetence", "vloga-koordinatorja-kompetence"},
		{"sr", "Сарадња и партнерства", "saradnja-i-partnerstva"},
		{"sr", "Љубљана и Ђурђевдан", "ljubljana-i-djurdjevdan"},
		{"bg", "Стъпки за изграждане на партньорство", "stapki-za-izgrazhdane-na-partnyorstvo"},
		{"mk", "Ѓорѓи и Ќерка", "gjorgji-i-kjerka"},
		{"pl", "Współpraca – łódź", "wspolpraca-lodz"},
		{"da", "Ud af boksen: æble & ø", "ud-af-boksen-aeble-o"},
		{"en", "The library's partners (2011)", "the-librarys-partners-2011"},
		{"en", "What’s new?", "whats-new"},
		{"en", "  --  ", ""},
		{"en", "日本", ""},
	} {
		if got := Make(c.lang, c.in); got != c.want {
			t.Errorf("Make(%q, %q) = %q; want %q", c.lang, c.in, got, c.want)
		}
	}
}
