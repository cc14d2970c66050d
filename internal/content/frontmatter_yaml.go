package content

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// decodeYAML decodes YAML front matter whose first line is line first of the
// file.
func decodeYAML(text []byte, first int) ([]field, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return nil, explainYAML(text, first, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, &lineError{first + m.Line - 1, "front matter must be a set of key: value lines"}
	}
	if d, n := depth(m); d > maxDepth {
		return nil, &lineError{first + n.Line - 1, tooDeep}
	}
	var fields []field
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		line := first + k.Line - 1
		if was, ok := seen[k.Value]; ok {
			return nil, twice(k.Value, was, line)
		}
		seen[k.Value] = line
		var val any
		if err := v.Decode(&val); err != nil {
			return nil, yamlError(err, first)
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!timestamp" {
			val = v.Value // dates are kept as written
		}
		f := field{key: k.Value, val: val, line: line}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Style == 0 && v.LineComment != "" && v.Line == k.Line {
			f.cut = v.LineComment // "title: Celje #1 bralni vrt": YAML keeps "Celje"
		}
		fields = append(fields, f)
	}
	return fields, nil
}

// depth is how many lists and groups of fields n nests, and the deepest of
// them.
func depth(n *yaml.Node) (int, *yaml.Node) {
	if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
		return 0, n
	}
	d, deepest := 1, n
	for _, c := range n.Content {
		if cd, cn := depth(c); cd+1 > d {
			d, deepest = cd+1, cn
		}
	}
	return d, deepest
}

// twice is the problem of a key given a second time.
func twice(key string, was, line int) *lineError {
	return &lineError{line, fmt.Sprintf("%s is given twice, on lines %d and %d: keep one", key, was, line)}
}

var yamlLineRe = regexp.MustCompile(`line (\d+): (.*)`)

func yamlError(err error, first int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := first
	if g := yamlLineRe.FindStringSubmatch(err.Error()); g != nil {
		n, _ := strconv.Atoi(g[1])
		line, msg = first+n-1, g[2]
	}
	if strings.Contains(msg, "exceeded max depth") {
		return &lineError{line, tooDeep}
	}
	return &lineError{line, "front matter is not valid YAML: " + msg}
}
