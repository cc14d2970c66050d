package diag

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

var yamlLine = regexp.MustCompile(`^\s*(?:yaml: )?line (\d+): (.*)$`)

// YAML turns an error of yaml.v3 reading file into located problems, one
// per line yaml.v3 names; offset is the number of lines before the YAML
// text in its file (front matter starts after its "---").
func YAML(file string, offset int, err error) List {
	var errs List
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		line := 0
		if g := yamlLine.FindStringSubmatch(m); g != nil {
			line, _ = strconv.Atoi(g[1])
			line += offset
			m = g[2]
		}
		errs.Addf(file, line, "%s", strings.TrimPrefix(m, "yaml: "))
	}
	if len(errs) == 0 {
		errs.Addf(file, 0, "%v", err)
	}
	return errs
}
