package content

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"
)

// rangeError is a value of the right type outside what its field allows;
// its message is complete.
type rangeError struct{ msg string }

func (e *rangeError) Error() string { return e.msg }

// whole returns v as an int when it is a whole number. Numbers beyond ±2⁵³
// come back as ±2⁵³, outside every field's range (intRange): no field needs
// them, and a float64 no longer tells them apart.
func whole(v any) (int, bool) {
	const limit = 1 << 53
	clamp := func(neg bool) int {
		if neg {
			return -limit
		}
		return limit
	}
	switch n := v.(type) {
	case int:
		return max(-limit, min(n, limit)), true
	case int64:
		return int(max(-limit, min(n, limit))), true
	case uint64:
		return int(min(n, limit)), true
	case float64:
		if n != math.Trunc(n) || math.IsNaN(n) {
			return 0, false
		}
		if math.Abs(n) > limit {
			return clamp(n < 0), true
		}
		return int(n), true
	case json.Number: // a whole number too large for int64 (see jsonValue)
		return clamp(len(n) > 0 && n[0] == '-'), true
	}
	return 0, false
}

// checkDay reports a date of the form YYYY-MM-DD whose day its month does not
// have (the form itself is checked by dateRe).
func checkDay(s string) error {
	if len(s) != len("2006-01-02") {
		return nil
	}
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return nil
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return &rangeError{fmt.Sprintf("%s is not a date: %s %d has %d days", s, time.Month(m), y, last)}
}
