package testsite

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
)

// Realistic body text for generated sites (GenOptions.Vocabulary): every
// language gets its own vocabulary of pronounceable synthetic stems, in its
// own letters (Latin with the language's diacritics, or Cyrillic), and
// pages draw their words from a Zipf distribution over it, as real prose
// does, so that a few words are in almost every page and most are rare.
// Each stem also appears in a few inflected forms (stem+"a", stem+"i",
// stem+"om" ...), which search analysis must bring together. Everything
// is drawn from generators with fixed seeds: the same options give the
// same site.

// vocabSeed is the fixed seed of every generator here.
const vocabSeed = 0x736b7570616a // "skupaj"

// Zipf parameters: P(rank k) ∝ (zipfV + k)^-zipfS. An exponent a little
// above 1 and a small offset give the shape of word frequencies in prose.
const (
	zipfS = 1.07
	zipfV = 2.7
)

// alphabet is how a language's synthetic words are spelled. A letter or
// cluster that appears several times in a list is drawn more often.
type alphabet struct {
	onsets  []string // what starts a syllable
	vowels  []string
	codas   []string // what ends a stem
	endings []string // the inflections; the first, the bare stem, is ""
}

var alphabets = map[string]alphabet{
	"en": {
		onsets:  mix("b c d f g h k l m n p r s t v w st tr pl br ch sh th", ""),
		vowels:  mix("a e i o u a e i o ea ou", "é"),
		codas:   mix("n r s t l m d k nd st ng rt", ""),
		endings: []string{"", "s", "ed", "ing"},
	},
	"sl": {
		onsets:  mix("b c d g j k l m n p r s t v z kr pr st sl zn", "č š ž"),
		vowels:  mix("a e i o u", ""),
		codas:   mix("n r s t l k v j", "č ž š"),
		endings: []string{"", "a", "i", "om"},
	},
	"hr": {
		onsets:  mix("b c d g j k l m n p r s t v z kr pr st", "č ć đ š ž dž"),
		vowels:  mix("a e i o u", ""),
		codas:   mix("n r s t l k v j", "č ć ž š"),
		endings: []string{"", "a", "i", "om"},
	},
	"pl": {
		onsets:  mix("b c d g j k l m n p r s t w z sz cz rz pr st", "ć ł ś ź ż"),
		vowels:  mix("a e i o u y", "ą ę ó"),
		codas:   mix("n r s t l k sz", "ł ń ś ć ż"),
		endings: []string{"", "a", "y", "ów"},
	},
	"da": {
		onsets:  mix("b d f g h j k l m n p r s t v sk st br fr", ""),
		vowels:  mix("a e i o u y", "æ ø å"),
		codas:   mix("n r s t l k d g m nd ld", ""),
		endings: []string{"", "en", "er", "erne"},
	},
	"sr": {
		onsets:  mix("б в г д ж з ј к л м н п р с т ц ч ш кр пр ст", "ђ љ њ ћ џ"),
		vowels:  mix("а е и о у", ""),
		codas:   mix("н р с т л к в ј", "ч ћ ж ш"),
		endings: []string{"", "а", "и", "ом"},
	},
	"mk": {
		onsets:  mix("б в г д ж з ј к л м н п р с т ц ч ш кр пр ст", "ѓ ѕ љ њ ќ џ"),
		vowels:  mix("а е и о у", ""),
		codas:   mix("н р с т л к в ј", "ч ќ ж ш"),
		endings: []string{"", "а", "и", "от"},
	},
	"bg": {
		onsets:  mix("б в г д ж з к л м н п р с т ф х ц ч ш кр пр ст", "й щ"),
		vowels:  mix("а е и о у ъ", "я ю"),
		codas:   mix("н р с т л к в ч ж ш", "щ"),
		endings: []string{"", "а", "и", "ът"},
	},
	// Any other language: plain Latin letters.
	"": {
		onsets:  mix("b c d f g h j k l m n p r s t v z kr pr st", ""),
		vowels:  mix("a e i o u", ""),
		codas:   mix("n r s t l k v j", ""),
		endings: []string{"", "a", "i", "om"},
	},
}

// mix is a list of letters in which each common one is drawn four times
// as often as each rare one (a language's diacritics).
func mix(common, rare string) []string {
	var out []string
	for range 4 {
		out = append(out, strings.Fields(common)...)
	}
	return append(out, strings.Fields(rare)...)
}

// alphabetOf returns the alphabet of a language code such as "sl" or "sr-Latn".
func alphabetOf(lang string) alphabet {
	if a, ok := alphabets[strings.ToLower(lang)]; ok {
		return a
	}
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if a, ok := alphabets[base]; ok && !strings.Contains(strings.ToLower(lang), "latn") {
		return a
	}
	return alphabets[""]
}

// vocab is one language's vocabulary: stems by rank, most frequent first.
type vocab struct {
	lang    string
	stems   []string
	endings []string
}

// newVocab makes the n stems of lang's vocabulary, or returns nil when n
// is 0 (the generator then uses its small fixed word list).
func newVocab(lang string, n int) *vocab {
	if n <= 0 {
		return nil
	}
	a := alphabetOf(lang)
	r := rand.New(rand.NewPCG(vocabSeed, hash64(lang)))
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	v := &vocab{lang: lang, stems: make([]string, 0, n), endings: a.endings}
	seen := make(map[string]bool, n)
	for len(v.stems) < n {
		rank := len(v.stems)
		// Frequent words are short, rare ones long, as in prose.
		syllables := 2
		switch {
		case rank >= 3000:
			syllables = 3 + r.IntN(2)
		case rank >= 100:
			syllables = 2 + r.IntN(2)
		}
		var b strings.Builder
		for range syllables {
			b.WriteString(pick(a.onsets))
			b.WriteString(pick(a.vowels))
		}
		b.WriteString(pick(a.codas))
		s := b.String()
		if seen[s] {
			continue
		}
		seen[s] = true
		v.stems = append(v.stems, s)
	}
	return v
}

// source returns the word source of one page, seeded by the page's path
// so that pages do not depend on the order they are written in; nil for a
// nil vocabulary.
func (v *vocab) source(path string) *wordSource {
	if v == nil {
		return nil
	}
	r := rand.New(rand.NewPCG(vocabSeed, hash64(v.lang+"/"+path)))
	return &wordSource{v: v, r: r, z: rand.NewZipf(r, zipfS, zipfV, uint64(len(v.stems)-1))}
}

// wordSource draws the words of one page.
type wordSource struct {
	v *vocab
	r *rand.Rand
	z *rand.Zipf
}

// next returns the next word: a stem drawn by its rank, in its bare form
// about half of the time and otherwise with one of the endings.
func (w *wordSource) next() string {
	stem := w.v.stems[w.z.Uint64()]
	x := w.r.IntN(100)
	switch {
	case x < 55 || len(w.v.endings) < 2:
		return stem
	case x < 75:
		return stem + w.v.endings[1]
	case x < 90 || len(w.v.endings) < 4:
		return stem + w.v.endings[min(2, len(w.v.endings)-1)]
	default:
		return stem + w.v.endings[3]
	}
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
