package render

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// scriptName is the name of the script that the language code is written
// in, in that language and capitalised ("sr" → "Ћирилица", "sr-Latn" →
// "Latinica"), or fallback when the code's script has no known name.
func scriptName(code, fallback string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return fallback
	}
	script, _ := tag.Script()
	name := display.Scripts(tag).Name(script)
	if name == "" {
		return fallback
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToTitle(r)) + name[n:]
}
