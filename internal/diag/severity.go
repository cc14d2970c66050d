package diag

import "fmt"

// Severity says what a message means for the build.
type Severity int

// Severities, from the one that fails the build to the one that only
// informs. The zero value is SevError, so an Error made without one fails
// the build.
const (
	SevError   Severity = iota // the site is wrong: the build fails
	SevWarning                 // worth fixing before publishing
	SevNote                    // information: work still to do
)

var severityNames = [...]string{SevError: "error", SevWarning: "warning", SevNote: "note"}

// String is "error", "warning" or "note".
func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText writes the severity by name, as JSON output shows it.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity by name.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if n == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q: use error, warning or note", b)
}
