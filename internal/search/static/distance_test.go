package static

import "testing"

// Typo distances count the letters the reader typed: a Cyrillic letter
// written with several Latin letters is one letter.
func TestDistanceCountsTypedLetters(t *testing.T) {
	for _, c := range []struct {
		typed, scheme, key string
		max, want          int
	}{
		{"knjižnica", "generic", "knjiznica", 2, 0},
		{"knjznica", "generic", "knjiznica", 2, 1},   // a letter dropped
		{"knjiznicca", "generic", "knjiznica", 2, 1}, // one added
		{"knjinzica", "generic", "knjiznica", 2, 1},  // two swapped
		{"knjoznaca", "generic", "knjiznica", 2, 2},
		{"knjoznaca", "generic", "knjiznica", 1, 2},  // over max: max+1
		{"читалие", "bg", "chitalishte", 2, 1},       // щ dropped: one edit, three Latin letters
		{"италище", "bg", "chitalishte", 2, 1},       // ч dropped
		{"читалиже", "bg", "chitalishte", 2, 1},      // ж for щ: zh for sht
		{"chitalie", "generic", "chitalishte", 2, 3}, // typed in Latin, the three letters count
		{"æble", "generic", "aeble", 1, 0},
		{"Словния", "bg", "slovenia", 1, 1}, // the word-final rule (-ия is -ia) holds for the letters typed
	} {
		f := forms(c.typed, []string{c.scheme})[0]
		if got, _ := distance(f.units, c.key, f.multi, c.max); got != c.want {
			t.Errorf("distance(%q, %q, max %d) = %d, want %d (units %q)", c.typed, c.key, c.max, got, c.want, f.units)
		}
	}
}

// Of the ways with the fewest edits, the distance counts the typed letters
// that the one keeping most in order drops, replaces or swaps: a reader who
// left a letter out kept every other one.
func TestDistanceCountsLettersLost(t *testing.T) {
	for _, c := range []struct {
		typed, key      string
		max, dist, lost int
	}{
		{"vodti", "voditi", 1, 1, 0},        // the second "i" left out
		{"vodti", "vodi", 1, 1, 1},          // the "t" dropped
		{"pritske", "pritiske", 1, 1, 0},    // a letter left out
		{"knjinzica", "knjiznica", 1, 1, 1}, // two swapped: out of order
		{"knjoznica", "knjiznica", 1, 1, 1}, // one replaced
		{"knjoznaca", "knjiznica", 2, 2, 2},
		{"knjiznca", "knjiznica", 2, 1, 0},
		{"partnershipz", "partnerships", 2, 1, 1},
		{"partnrship", "partnerships", 2, 2, 0}, // two left out
		{"читалие", "chitalishte", 2, 1, 0},     // щ left out: one edit, no typed letter lost
		{"читалиже", "chitalishte", 2, 1, 1},    // ж for щ
	} {
		f := forms(c.typed, []string{"bg"})[0]
		if dist, lost := distance(f.units, c.key, f.multi, c.max); dist != c.dist || lost != c.lost {
			t.Errorf("distance(%q, %q, max %d) = %d edits, %d lost; want %d, %d", c.typed, c.key, c.max, dist, lost, c.dist, c.lost)
		}
	}
}
