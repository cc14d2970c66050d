// Package translit writes Cyrillic text in Latin letters and folds Latin text
// to plain ASCII, so that "књижница", "knjižnica" and "knjiznica" (or "кућа",
// "kuća" and "kuca") meet in URL slugs and in search.
//
// The browser-side search applies the same rules in JavaScript from the data
// returned by [Tables] and is checked against testdata/vectors.json, so the
// rules are spelled out here precisely.
//
// # Transliteration
//
// A scheme ("sr", "mk", "bg" or "generic") maps lower-case Cyrillic letters
// to Latin strings. Text is read rune by rune:
//
//   - A rune that is not Cyrillic is copied unchanged (Latin words, digits,
//     punctuation, URLs, e-mail addresses, combining accents).
//   - A word is a run of letters and combining marks (Unicode L and M).
//   - At the start of a word, a whole-word exception (Scheme.Words, compared
//     case-insensitively) replaces the word; Bulgarian "България" is "Bulgaria".
//   - A letter group listed in Scheme.Final that ends a word is replaced
//     (Bulgarian "ия" → "ia"). In both rules the replacement has as many
//     letters as the source and each output letter takes the case of the
//     source letter in the same position.
//   - Any other Cyrillic rune is looked up by its lower-case form. A lower-case
//     rune gives the table value; a capital whose value has one letter gives
//     it in upper case. A capital whose value has several letters (Љ → lj) is
//     written all in capitals ("LJ") or in title case ("Lj") by the rule below.
//   - Per-language schemes leave Cyrillic letters they do not know unchanged.
//     The generic scheme (Scheme.Decompose) maps such a letter by the base
//     letter of its NFD decomposition, keeping the non-Cyrillic combining marks
//     (ӧ → o + U+0308), and drops it if that fails, so that no Cyrillic is left.
//
// # Capitals that become several letters
//
// The case of the nearest letter with case in the same word decides, looking
// at the following letters first and then at the preceding ones: "Љубљана" →
// "Ljubljana", "ЉУБЉАНА" → "LJUBLJANA", "КРАЉ" → "KRALJ". A capital that is a
// word on its own looks at the neighbouring word on each side: a word is all
// caps when it has two or more capitals and no lower-case letter, and lower
// when it has a lower-case letter. The letter is written in capitals when at
// least one neighbour is all caps and neither is lower; otherwise it is
// written in title case ("Џ" → "Dž", "слово Џ" → "slovo Dž", "ГРУПА Љ ЈЕ"
// → "GRUPA LJ JE"). [Fold] uses the same rule for "Đ" → "Dj"/"DJ" and
// "Æ" → "Ae"/"AE".
//
// # Folding
//
// [Fold] copies ASCII unchanged and maps every other rune in this order:
//
//  1. A combining mark in one of the ranges in TableSet.FoldMarks that comes
//     right after an ASCII rune, a folded rune or another dropped mark is
//     dropped.
//  2. A rune whose lower-case form is in TableSet.Fold becomes that string,
//     cased as above (ł → l, å → aa, đ → dj, ß → ss).
//  3. A rune whose canonical (NFD) decomposition is a base followed only by
//     marks in those ranges becomes its base, if the base is ASCII or is in
//     TableSet.Fold (č → c, ó → o, ǿ → o).
//  4. Anything else is left as it is: CJK, emoji, Greek, Cyrillic.
package translit
