package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// An editor's YAML mistakes, explained in her terms: what YAML made of
// the line, and the line written as it should be. YAML's own messages
// ("mapping values are not allowed in this context") say neither.

// tabAt is the first line of text (line first of the file) that is
// indented with a tab, which YAML refuses, or 0.
func tabAt(text []byte, first int) int {
	for i, line := range bytes.Split(text, []byte("\n")) {
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		if bytes.IndexByte(indent, '\t') >= 0 && len(bytes.TrimSpace(line)) > 0 {
			return first + i
		}
	}
	return 0
}

var (
	// key: value with ": " inside an unquoted value.
	colonInValue = regexp.MustCompile(`^\s*([A-Za-z_][\w-]*):[ \t]+([^"'\[{|>#&*!%@\x60\s][^#]*?:\s.*?)\s*$`)
	// key: "quoted" and more text after the closing quote.
	textAfterQuote = regexp.MustCompile(`^\s*([A-Za-z_][\w-]*):[ \t]+(["'])(.*?)(["'])([ \t]*[^\s#,\]}].*?)\s*$`)
)

// explainYAML turns YAML's error for the front matter text (line first of
// the file) into the editor's problem, when a line shows a known mistake.
func explainYAML(text []byte, first int, err error) error {
	if n := tabAt(text, first); n > 0 {
		return &lineError{n, "this line starts with a tab: indent the front matter with spaces (YAML does not allow tabs there)"}
	}
	for i, line := range strings.Split(string(text), "\n") {
		if g := textAfterQuote.FindStringSubmatch(line); g != nil && g[2] == g[4] {
			whole := g[2] + g[3] + g[4] + g[5]
			inner := ""
			if g[2] == `"` {
				inner = ` and write the quotation marks inside it as \" (or use „…“)`
			}
			return &lineError{first + i, fmt.Sprintf("the value of %s starts with a quotation mark, so YAML takes the quoted part as the whole value and cannot read the rest: put the whole value in double quotes%s: %s: %s", g[1], inner, g[1], quoteYAML(whole))}
		}
		if g := colonInValue.FindStringSubmatch(line); g != nil {
			return &lineError{first + i, fmt.Sprintf("the value of %s has a colon followed by a space, which YAML reads as the start of another field: put the whole value in double quotes: %s: %s", g[1], g[1], quoteYAML(g[2]))}
		}
	}
	return yamlError(err, first)
}

// quoteYAML writes s as a YAML double-quoted value.
func quoteYAML(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
