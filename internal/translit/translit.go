package translit

import "strings"

// SerbianToLatin transliterates Serbian Cyrillic to Serbian Latin (gajica) by
// the official one-to-one mapping: а→a б→b в→v г→g д→d ђ→đ е→e ж→ž з→z и→i
// ј→j к→k л→l љ→lj м→m н→n њ→nj о→o п→p р→r с→s т→t ћ→ć у→u ф→f х→h ц→c
// ч→č џ→dž ш→š, and likewise for capitals (accented ѐ and ѝ become è and ì).
// Capital digraphs follow their word: "Љубљана" → "Ljubljana", "ЉУБЉАНА" →
// "LJUBLJANA", "Џ" → "Dž", "ЏЕП" → "DŽEP"; a capital that is a word of its
// own is in title case unless the neighbouring words are all caps.
// Everything that is not Serbian Cyrillic (Latin letters, digits,
// punctuation, URLs, e-mail addresses) is left exactly as it is.
func SerbianToLatin(s string) string { return serbianScheme.apply(s) }

// MacedonianToLatin transliterates Macedonian Cyrillic to the official
// Macedonian Latin alphabet: like Serbian, with ѓ→gj, ќ→kj, ѕ→dz, and the
// same capitalisation of digraphs ("Ѓорѓи" → "Gjorgji", "ЃОРЃИ" → "GJORGJI").
// Everything that is not Macedonian Cyrillic is left as it is.
func MacedonianToLatin(s string) string { return macedonianScheme.apply(s) }

// BulgarianToLatin transliterates Bulgarian by the Streamlined System of the
// 2009 Transliteration Act: ж→zh ц→ts ч→ch ш→sh щ→sht ъ→a ь→y ю→yu я→ya
// й→y х→h, "ия" at the end of a word → "ia" ("София" → "Sofia"), and the
// country name "България" → "Bulgaria". Multi-letter capitals follow their
// word as in SerbianToLatin. Everything that is not Bulgarian Cyrillic is
// left as it is.
func BulgarianToLatin(s string) string { return bulgarianScheme.apply(s) }

// ToLatin transliterates s according to the BCP 47 language tag lang: "sr"
// (also "sr-Cyrl", "sr-RS" ...) is Serbian, "mk" Macedonian and "bg"
// Bulgarian; the three-letter codes "srp", "mkd" and "bul" are accepted too.
// Any other language gets the generic scheme: the Serbian and Macedonian
// letters, Latin forms in the same style for the other Cyrillic alphabets
// (щ→šč ю→ju я→ja й→j ё→jo є→je ї→ji ы→y э→e ъ→ă, ь dropped), and no
// Cyrillic is left in its output.
func ToLatin(lang, s string) string { return schemeFor(lang).apply(s) }

// ASCII returns Fold(ToLatin(lang, s)): the form URL slugs and search use, so
// that "knjiznica", "knjižnica" and "књижница" meet, as do "kuca", "kuća"
// and "кућа" (after lower-casing).
func ASCII(lang, s string) string { return Fold(ToLatin(lang, s)) }

// schemeFor picks the scheme for the primary language subtag of lang.
func schemeFor(lang string) *scheme {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	switch strings.ToLower(lang) {
	case "sr", "srp":
		return serbianScheme
	case "mk", "mkd":
		return macedonianScheme
	case "bg", "bul":
		return bulgarianScheme
	}
	return genericScheme
}
