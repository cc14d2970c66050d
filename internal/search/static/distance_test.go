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
		if got := distance(f.units, c.key, f.multi, c.max); got != c.want {
			t.Errorf("distance(%q, %q, max %d) = %d, want %d (units %q)", c.typed, c.key, c.max, got, c.want, f.units)
		}
	}
}
