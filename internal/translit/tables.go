package translit

// The tables map a lower-case Cyrillic letter to its Latin form. Capitals are
// derived from them (see the package documentation).

// serbian is the official Serbian Cyrillic to Latin (gajica) alphabet, plus the
// accented ѐ and ѝ that Serbian and Macedonian spelling use to tell words apart.
var serbian = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ђ': "đ",
	'е': "e", 'ж': "ž", 'з': "z", 'и': "i", 'ј': "j", 'к': "k",
	'л': "l", 'љ': "lj", 'м': "m", 'н': "n", 'њ': "nj", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ћ': "ć", 'у': "u",
	'ф': "f", 'х': "h", 'ц': "c", 'ч': "č", 'џ': "dž", 'ш': "š",
	'ѐ': "è", 'ѝ': "ì",
}

// macedonian is the official Macedonian Latin alphabet.
var macedonian = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ѓ': "gj",
	'е': "e", 'ж': "ž", 'з': "z", 'ѕ': "dz", 'и': "i", 'ј': "j",
	'к': "k", 'л': "l", 'љ': "lj", 'м': "m", 'н': "n", 'њ': "nj",
	'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ќ': "kj",
	'у': "u", 'ф': "f", 'х': "h", 'ц': "c", 'ч': "č", 'џ': "dž",
	'ш': "š", 'ѐ': "è", 'ѝ': "ì",
}

// bulgarian is the Streamlined System of the Bulgarian Transliteration Act
// (2009). The act has no accented letters; ѝ and ѐ lose their accent.
var bulgarian = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l",
	'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s",
	'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya",
	'ѝ': "i", 'ѐ': "e",
}

// bulgarianFinal holds the letter groups the act spells differently at the
// end of a word: "София" → "Sofia".
var bulgarianFinal = map[string]string{"ия": "ia"}

// bulgarianWords holds the act's exception for the name of the country.
var bulgarianWords = map[string]string{"българия": "bulgaria"}

// genericExtra adds, to the Serbian and Macedonian letters, a Latin form in the
// same (Croatian and Slovene) style for the other Cyrillic alphabets: Russian,
// Ukrainian, Belarusian, Bulgarian, a few Central Asian letters and the old
// letters seen in quotations. The soft sign and the palochka are dropped;
// ъ is "ă", its usual value in Bulgarian, where it is most often met.
var genericExtra = map[rune]string{
	'й': "j", 'щ': "šč", 'ъ': "ă", 'ь': "", 'ы': "y", 'э': "e",
	'ю': "ju", 'я': "ja", 'ё': "jo", 'є': "je", 'і': "i", 'ї': "ji",
	'ґ': "g", 'ў': "ŭ",
	'ә': "ä", 'ғ': "ğ", 'қ': "q", 'ң': "ñ", 'ө': "ö", 'ұ': "ū",
	'ү': "ü", 'һ': "h", 'ҳ': "h", 'ҷ': "j", 'ӏ': "",
	'ѣ': "ě", 'ѳ': "f", 'ѵ': "i", 'ѫ': "ǫ", 'ѭ': "jǫ", 'ѧ': "ę",
	'ѩ': "ję",
}

// merge returns the union of the tables; later tables win.
func merge(tables ...map[rune]string) map[rune]string {
	m := make(map[rune]string)
	for _, t := range tables {
		for k, v := range t {
			m[k] = v
		}
	}
	return m
}

var (
	serbianScheme    = newScheme(serbian, nil, nil, false)
	macedonianScheme = newScheme(macedonian, nil, nil, false)
	bulgarianScheme  = newScheme(bulgarian, bulgarianFinal, bulgarianWords, false)
	genericScheme    = newScheme(merge(serbian, macedonian, genericExtra), nil, nil, true)
)

// schemes names the schemes as Tables publishes them.
var schemes = map[string]*scheme{
	"sr":      serbianScheme,
	"mk":      macedonianScheme,
	"bg":      bulgarianScheme,
	"generic": genericScheme,
}
