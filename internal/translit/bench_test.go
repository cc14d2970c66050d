package translit

import (
	"strings"
	"testing"
)

// paragraph is about 5 KB of the mixed-language text the handbook has.
var paragraph = func() string {
	parts := []string{
		"Партнерство библиотека „Skupaj“ повезује Београд, Нови Сад и Ниш са Љубљаном (https://skupaj.eu/sr/).",
		"Ђорђе и Љиљана из ЏЕП-а пишу на info@skupaj.eu о ћирилици и књижницама.",
		"Македонските библиотеки од Скопје, Охрид и Кичево ги споделуваат своите ѓубре-збирки и цвеќиња.",
		"Националната библиотека в София, България, е партньор в проекта от юни; щастие е да четеш.",
		"Biblioteka Narodowa w Warszawie i biblioteki z Łodzi, Gdańska i Wrocławia dołączają w przyszłym roku.",
		"Det Kgl. Bibliotek i København og bibliotekerne på Ærø og i Århus deler erfaringer.",
		"Die Straße der Bibliotheken führt von Graz über Maribor nach Zagreb; Fußgänger willkommen.",
		"Sveučilišna knjižnica u Rijeci, Narodna in univerzitetna knjižnica v Ljubljani, Đakovo i Čakovec.",
	}
	var b strings.Builder
	for b.Len() < 5000 {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteByte(' ')
		}
	}
	return b.String()
}()

func BenchmarkASCII(b *testing.B) {
	b.SetBytes(int64(len(paragraph)))
	b.ReportAllocs()
	for b.Loop() {
		ASCII("sr", paragraph)
	}
}

func BenchmarkFoldASCIIOnly(b *testing.B) {
	s := strings.Repeat("Plain ASCII text for the handbook, https://skupaj.eu/en/. ", 80)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}
