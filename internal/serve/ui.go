package serve

import (
	"strings"

	skupaj "github.com/skupaj/skupaj"
	"github.com/skupaj/skupaj/internal/build"
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/i18n"
)

// ui is what the preview's own additions to a page (the editing bar, the
// error overlay) are written with: the site's configuration and interface
// strings, read once per build.
type ui struct {
	cfg  *config.Config
	strs *i18n.Bundle
}

// loadUI reads the configuration and the interface strings itself, since
// a build that failed may not have: with a configuration that does not
// load, the text is in English; with broken site strings, the theme's.
func loadUI(root string) ui {
	cfg, err := config.Load(root)
	if err != nil {
		cfg = &config.Config{DefaultLanguage: "en", Languages: []config.Language{{Code: "en"}}}
	}
	strs, err := i18n.Load(build.Layouts(root), cfg)
	if err != nil {
		strs, _ = i18n.Load(skupaj.Layouts(), cfg)
	}
	return ui{cfg: cfg, strs: strs}
}

// lang is the language of the page at rel (a path below the base path):
// the language whose URL prefix rel starts with, else the default one.
func (u ui) lang(rel string) string {
	for _, l := range u.cfg.Languages {
		if p := u.cfg.Prefix(l.Code); p != "" && strings.HasPrefix(strings.ToLower(rel), p) {
			return l.Code
		}
	}
	return u.cfg.DefaultLanguage
}
