// Package slug makes readable ASCII identifiers for URLs and heading anchors
// from text in any of the site's languages: "Zakaj partnerstvo ne deluje?"
// becomes "zakaj-partnerstvo-ne-deluje", "Сарадња и партнерства" becomes
// "saradnja-i-partnerstva".
package slug

import (
	"strings"

	"github.com/skupaj/skupaj/internal/translit"
)

// Make returns the slug of s written in language lang: transliterated to
// Latin, folded to ASCII, lower-cased, with every run of other characters
// turned into one hyphen and no hyphen at either end.
func Make(lang, s string) string {
	a := translit.ASCII(lang, strings.ReplaceAll(s, "’", "'"))
	var b strings.Builder
	b.Grow(len(a))
	dash := false
	for i := 0; i < len(a); i++ {
		c := a[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'':
			continue // "library's" → "librarys", as readers would type it
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
