package lint

import (
	"sort"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/i18n"
)

// interfaceStrings warns once per language about the interface strings its
// bundle lacks.
func interfaceStrings(missing MissingStrings) diag.List {
	var out diag.List
	for lang, keys := range missing {
		if len(keys) == 0 {
			continue
		}
		keys = append([]string(nil), keys...)
		sort.Strings(keys)
		out.Warnf("layouts/"+i18n.Dir+"/"+lang+".yaml", 0, "missing interface strings (the default language's are used): %s", strings.Join(keys, ", "))
	}
	return out
}
