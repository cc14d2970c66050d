package config

import "testing"

func TestInScript(t *testing.T) {
	latn := &Language{Code: "sr-Latn", TransliterateFrom: "sr"}
	for _, c := range []struct {
		l              *Language
		textLang, text string
		want           string
	}{
		{latn, "sr", "Народна библиотека", "Narodna biblioteka"},
		{latn, "SR", "Народна библиотека", "Narodna biblioteka"},
		{latn, "mk", "Народна библиотека", "Народна библиотека"},
		{&Language{Code: "sr"}, "sr", "Народна библиотека", "Народна библиотека"},
		{nil, "sr", "Народна", "Народна"},
	} {
		if got := c.l.InScript(c.textLang, c.text); got != c.want {
			t.Errorf("%+v.InScript(%q, %q) = %q, want %q", c.l, c.textLang, c.text, got, c.want)
		}
	}
}

func TestPick(t *testing.T) {
	latn := &Language{Code: "sr-Latn", TransliterateFrom: "sr"}
	sl := &Language{Code: "sl"}
	texts := map[string]string{"en": "Library", "sr": "Библиотека"}
	for _, c := range []struct {
		l        *Language
		texts    map[string]string
		fallback string
		want     string
	}{
		{latn, texts, "en", "Biblioteka"},
		{latn, map[string]string{"sr-Latn": "Knjižnica", "sr": "Библиотека"}, "en", "Knjižnica"},
		{latn, map[string]string{"en": "Library", "sl": "Knjižnica"}, "sl", "Knjižnica"},
		{sl, texts, "sl", ""},
		{sl, texts, "en", "Library"},
		{nil, texts, "en", "Library"},
	} {
		if got := c.l.Pick(c.texts, c.fallback); got != c.want {
			t.Errorf("%+v.Pick(%v, %q) = %q, want %q", c.l, c.texts, c.fallback, got, c.want)
		}
	}
}
