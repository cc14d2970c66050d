// Package analysis registers with Bleve one analyzer per language of the
// site, and the token filters they are made of, so that the search index
// and the browser-side search turn words into the same terms: inflections
// of a word meet within a language, and in Serbian "књижница", "knjižnica"
// and "knjiznica" meet.
//
// Importing the package registers everything by name, as Bleve's own
// analysis packages do; an index mapping then names an analyzer with
// [AnalyzerName]. The browser does not run these analyzers: it looks a
// query word's key up in the dictionary of the static index, which records
// the terms these analyzers made of every word of the site, and finds the
// stem of a form the site lacks as a term the word begins with
// (docs/search-format.md). testdata/analysis_vectors.json records the term
// each analyzer makes of sample words.
//
// # Analyzers
//
// Every analyzer splits text with the skupaj_words tokenizer (words as the
// browser splits them, tokenizer.go) and then applies these token filters:
//
//	en       possessive_en, to_lower, skupaj_translit_generic, stop_en, stemmer_porter, skupaj_fold
//	sl       to_lower, skupaj_translit_generic, skupaj_stop_sl, skupaj_stem_sl, skupaj_fold
//	hr, bs   to_lower, skupaj_translit_sr, stop_hr, hr_suffix_transformation_filter, stemmer_hr, skupaj_fold
//	sr       as hr (the text is Cyrillic)
//	sr-Latn  as hr (the text is Latin; a Cyrillic query still meets it)
//	mk       to_lower, skupaj_translit_mk, skupaj_stem_mk, skupaj_fold
//	bg       to_lower, stop_bg, skupaj_translit_bg, skupaj_stem_bg, skupaj_fold
//	pl       to_lower, skupaj_translit_generic, stop_pl, stemmer_pl, skupaj_fold
//	da       to_lower, skupaj_translit_generic, stop_da, stemmer_da_snowball, skupaj_fold
//
// Names without the skupaj_ prefix are Bleve's. Bulgarian stop words are
// removed before transliteration because Bleve's list is Cyrillic. Polish
// uses Bleve's stop words and Stempel stemmer (github.com/blevesearch/stempel),
// which is statistical: most inflections meet, but it has quirks
// ("biblioteka" → "bibliotea" while "biblioteki" → "biblioteka").
//
// # Token filters
//
// skupaj_translit_<scheme>, for the schemes sr, mk, bg and generic, writes a
// term in Latin with translit.ToLatin, keeping diacritics ("кућа" → "kuća").
// skupaj_fold folds a term with translit.Fold and lower-cases it ("kuća" →
// "kuca", "đak" → "djak"). skupaj_stop_sl removes the Slovenian stop words
// of rules/stop_sl.txt. skupaj_stem_<lang>, for sl, bg and mk, stems with
// the rules of rules/<lang>.json.
//
// # Stemming rules
//
// A rule file is a [RuleSet] in JSON: the language, a description of the
// spelling the rules expect, minWord and a list of rules, each a suffix, its
// replacement and min. Bulgarian and Macedonian rules are written against
// the Latin transliteration, since their analyzers transliterate before
// stemming; Slovenian rules against Latin with č, š and ž. A word is stemmed
// as follows, counting letters as Unicode code points:
//
//  1. A word of fewer than minWord letters is left as it is.
//  2. Otherwise the rules are tried in order (longest suffix first): the
//     first whose suffix ends the word and leaves at least min letters in
//     front of it replaces that suffix with its replacement, and stemming
//     stops. A rule whose replacement equals its suffix thus keeps a word
//     whole ("naslov" is not "nasl" + "ov").
//  3. If no rule applies, the word is left as it is.
//
// The stemmers are light and conservative: they remove inflectional endings
// and the Bulgarian and Macedonian definite articles, and leave derivation
// alone, so that unrelated words do not merge.
package analysis
