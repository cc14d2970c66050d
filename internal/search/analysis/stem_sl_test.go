package analysis

import "testing"

// stemCase is a table of a stemmer's expectations: each group of
// inflections must give one stem, and the words of each pair must not meet.
type stemCase struct {
	meet  [][]string
	apart [][2]string
}

// check runs c against the rules of lang; latin writes a word the way the
// analyzer hands it to the stemmer.
func (c stemCase) check(t *testing.T, lang string, latin func(string) string) {
	t.Helper()
	rs := ruleSets()[lang]
	stem := func(w string) string { return rs.Stem(latin(w)) }
	for _, group := range c.meet {
		want := stem(group[0])
		for _, w := range group[1:] {
			if got := stem(w); got != want {
				t.Errorf("%s: %q → %q, but %q → %q", lang, w, got, group[0], want)
			}
		}
	}
	for _, p := range c.apart {
		if a, b := stem(p[0]), stem(p[1]); a == b {
			t.Errorf("%s: %q and %q both → %q", lang, p[0], p[1], a)
		}
	}
}

func TestStemSlovenian(t *testing.T) {
	stemCase{
		meet: [][]string{
			{"partnerstvo", "partnerstva", "partnerstvu", "partnerstvom", "partnerstev", "partnerstvih", "partnerstvi"},
			{"knjižnica", "knjižnice", "knjižnici", "knjižnico", "knjižnic", "knjižnicah", "knjižnicami"},
			{"sodelovanje", "sodelovanja", "sodelovanju", "sodelovanjem", "sodelovanj", "sodelovanjih"},
			{"knjiga", "knjige", "knjigi", "knjigo", "knjig", "knjigah", "knjigami"},
			{"partner", "partnerja", "partnerju", "partnerjem", "partnerji", "partnerjev", "partnerjih", "partnerje"},
			{"projekt", "projekta", "projektu", "projektom", "projekti", "projektov", "projektih", "projekte"},
			{"dejavnost", "dejavnosti", "dejavnostjo", "dejavnostmi", "dejavnostih"},
			{"organizacija", "organizacije", "organizaciji", "organizacijo", "organizacij", "organizacijah", "organizacijami"},
			{"dogodek", "dogodka", "dogodku", "dogodki", "dogodkov", "dogodkih"},
			{"udeleženec", "udeleženca", "udeležencu", "udeleženci", "udeležencev", "udeležencem"},
			{"cilj", "cilja", "cilju", "ciljem", "cilji", "ciljev", "ciljih"},
			{"rešitev", "rešitve", "rešitvi", "rešitvijo", "rešitvah"},
			{"društvo", "društva", "društev", "društvih"},
			{"slovenski", "slovenska", "slovensko", "slovenskega", "slovenskemu", "slovenskem", "slovenskim", "slovenskih", "slovenskimi"},
			{"sodeluje", "sodelujem", "sodeluješ", "sodelujemo", "sodelujete", "sodelujejo"},
			{"sistem", "sistema", "sistemu", "sistemom", "sistemi", "sistemov"},
			{"program", "programa", "programu", "programom", "programi", "programov"},
			{"naslov", "naslova", "naslovu", "naslovi", "naslovov"},
			{"mesec", "meseca", "mesecu", "meseci", "mesecev"},
			{"človek", "človeka", "človeku", "človekom"},
			{"kolega", "kolege", "kolegi", "kolego", "kolegov"},
			{"podjetje", "podjetja", "podjetju", "podjetij"},
		},
		apart: [][2]string{
			{"knjiga", "knjižnica"},
			{"knjiga", "knjigarna"},
			{"partner", "partnerstvo"},
			{"mesec", "mesto"},
			{"igrami", "programi"},
			{"morje", "mora"},
		},
	}.check(t, "sl", func(w string) string { return w })
}

// TestStemShortWords checks that no stemmer changes a word of three letters
// or fewer, whatever it ends in.
func TestStemShortWords(t *testing.T) {
	words := []string{"dom", "del", "ata", "ite", "ovi", "at", "ia", "ii", "a", "o", "ega", "rja", "tev", "čev"}
	for lang, rs := range ruleSets() {
		for _, w := range words {
			if got := rs.Stem(w); got != w {
				t.Errorf("%s: Stem(%q) = %q, want it unchanged", lang, w, got)
			}
		}
	}
}
