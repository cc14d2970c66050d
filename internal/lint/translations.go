package lint

import (
	"fmt"
	"path"
	"strings"

	"github.com/skupaj/skupaj/internal/diag"
	"github.com/skupaj/skupaj/internal/site"
)

// translations notes, for each page of the default language, the languages
// that have no version of it yet. A language is named on a page only when
// it has pages of its own in that page's section (folder); for a section or
// a language nobody started translating, one note says so instead of one
// per page. Languages published by transliteration (sr-Latn from sr) follow
// their source and get no note of their own unless they have own pages.
func translations(s *site.Site) diag.List {
	def := defaultLang(s)
	if def == nil {
		return nil
	}
	own := map[*site.Lang]map[string]bool{} // language → sections with own pages
	var defPages []*site.Page
	bySection := map[string]int{} // section → pages of the default language
	var sections []string
	for _, p := range sourcePages(s) {
		if own[p.Lang] == nil {
			own[p.Lang] = map[string]bool{}
		}
		own[p.Lang][p.Section] = true
		if p.Lang == def {
			defPages = append(defPages, p)
			if bySection[p.Section] == 0 {
				sections = append(sections, p.Section)
			}
			bySection[p.Section]++
		}
	}
	var out diag.List
	for _, p := range defPages {
		var missing []string
		for _, l := range s.Langs {
			if l != def && own[l][p.Section] && !hasVersion(p, l) {
				missing = append(missing, name(l))
			}
		}
		if len(missing) > 0 {
			out.Add(diag.Notef(p.File, 0, "not translated yet into %s", strings.Join(missing, ", ")))
		}
	}
	for _, l := range s.Langs {
		if l == def || l.Conf.TransliterateFrom != "" {
			continue
		}
		if len(own[l]) == 0 {
			out.Add(diag.Notef("content/"+l.Code+"/", 0, "nothing is translated into %s yet; %s has %s", name(l), name(def), pages(len(defPages))))
			continue
		}
		for _, sec := range sections {
			if !own[l][sec] {
				out.Add(diag.Notef(path.Join("content", l.Code, sec)+"/", 0, "no %s (%s) is translated into %s yet", folder(def, sec), pages(bySection[sec]), name(l)))
			}
		}
	}
	return out
}

func defaultLang(s *site.Site) *site.Lang {
	for _, l := range s.Langs {
		if l.Default {
			return l
		}
	}
	return nil
}

// hasVersion reports whether page p has a version in language l, written
// or transliterated (a generated home or list page does not count).
func hasVersion(p *site.Page, l *site.Lang) bool {
	for _, q := range p.Translations {
		if q.Lang == l && !q.Generated {
			return true
		}
	}
	return false
}

// name is a language as readers know it: "Slovenščina (sl)".
func name(l *site.Lang) string { return l.Conf.Name + " (" + l.Code + ")" }

// folder names a section folder of language l in a message: "page of
// content/en/guidelines/" or "top-level page of content/en/".
func folder(l *site.Lang, section string) string {
	if section == "" {
		return "top-level page of content/" + l.Code + "/"
	}
	return "page of content/" + l.Code + "/" + section + "/"
}

func pages(n int) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}
