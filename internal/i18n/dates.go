package i18n

import (
	"strings"
	"time"

	"github.com/bep/golocales"
)

// Date formats a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" for readers
// of lang: a full date in the locale's long CLDR pattern ("18. oktober
// 2011", "18 октомври 2011 г."), a year as it is, and a month as "YYYY-MM"
// (CLDR's month names are in the case a full date needs, which is wrong
// alone in several of our languages).
func Date(lang, s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	tr := golocales.New(lang)
	if tr == nil {
		if i := strings.IndexByte(lang, '-'); i > 0 {
			tr = golocales.New(lang[:i])
		}
	}
	if tr == nil {
		return s
	}
	return tr.FormatDateLong(t)
}
