package edit

import "github.com/skupaj/skupaj/internal/config"

// siteLanguage is a language a page can be translated into, named in itself.
type siteLanguage struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// languages are the site's languages that have pages of their own (not
// one made by transliterating another), for the form's Translate menu.
func languages(cfg *config.Config) []siteLanguage {
	out := []siteLanguage{}
	for _, l := range cfg.Languages {
		if l.TransliterateFrom == "" {
			out = append(out, siteLanguage{l.Code, l.Name})
		}
	}
	return out
}
