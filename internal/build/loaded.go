package build

import (
	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/i18n"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// Loaded is what a good build read of the site before rendering it: the
// configuration, the pages' front matter, the vocabularies, the
// bibliography and the interface strings. Its callers only read it.
type Loaded struct {
	Config  *config.Config
	Pages   []*content.Page
	Vocab   taxonomy.Set
	Sources *sources.List
	Strings *i18n.Bundle
}

// Loaded is what the session's last good Build read, nil before one.
// A check of a draft leaves it as it was; a build running does not hold
// it up.
func (s *Session) Loaded() *Loaded { return s.loaded.Load() }
