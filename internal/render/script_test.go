package render

import "testing"

func TestScriptNameIsTheScriptInItsOwnLanguage(t *testing.T) {
	for code, want := range map[string]string{
		"sr":      "Ћирилица",
		"sr-Latn": "Latinica",
		"sr-Cyrl": "Ћирилица",
		"x-bad-":  "fallback",
	} {
		if got := scriptName(code, "fallback"); got != want {
			t.Errorf("scriptName(%q) = %q, want %q", code, got, want)
		}
	}
}
