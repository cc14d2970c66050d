package translit

// TableSet is the transliteration and folding data as plain values, ready for
// encoding/json, so that another implementation (the browser-side search) can
// apply exactly the rules described in the package documentation.
type TableSet struct {
	// Schemes holds the schemes "sr", "mk", "bg" and "generic".
	Schemes map[string]Scheme `json:"schemes"`
	// Fold maps one lower-case rune to its ASCII form, for the runes that
	// canonical decomposition alone does not fold, or folds differently.
	Fold map[string]string `json:"fold"`
	// FoldMarks lists, as inclusive [first, last] code point pairs, the
	// combining marks that Fold drops.
	FoldMarks [][2]int `json:"foldMarks"`
}

// Scheme is one Cyrillic to Latin transliteration as plain data.
type Scheme struct {
	// Letters maps one lower-case Cyrillic letter to its lower-case Latin form.
	Letters map[string]string `json:"letters"`
	// Final maps a lower-case letter group to its spelling at the end of a
	// word; the two have the same number of letters.
	Final map[string]string `json:"final,omitempty"`
	// Words maps a lower-case whole word to its fixed spelling; the two have
	// the same number of letters.
	Words map[string]string `json:"words,omitempty"`
	// Decompose is true when a Cyrillic letter missing from Letters is mapped
	// by the base letter of its NFD decomposition, or else dropped.
	Decompose bool `json:"decompose"`
}

// Tables returns the mapping tables as plain data: for each scheme ("sr",
// "mk", "bg", "generic") a map from one lower-case Cyrillic letter to its
// Latin form and the word-final and whole-word rules, and the fold map
// (single rune → ASCII string) for everything Fold maps that NFD alone does
// not handle. The result is a fresh copy the caller may change.
func Tables() TableSet {
	ts := TableSet{
		Schemes: make(map[string]Scheme, len(schemes)),
		Fold:    make(map[string]string, len(foldTable)),
	}
	for name, sc := range schemes {
		ex := Scheme{
			Letters:   make(map[string]string, len(sc.table)),
			Final:     copyMap(sc.final),
			Words:     copyMap(sc.words),
			Decompose: sc.decompose,
		}
		for r, lat := range sc.table {
			ex.Letters[string(r)] = lat
		}
		ts.Schemes[name] = ex
	}
	for r, s := range foldTable {
		ts.Fold[string(r)] = s
	}
	for _, m := range foldMarks {
		ts.FoldMarks = append(ts.FoldMarks, [2]int{int(m[0]), int(m[1])})
	}
	return ts
}

// copyMap returns a copy of m, or nil when m is empty.
func copyMap(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
