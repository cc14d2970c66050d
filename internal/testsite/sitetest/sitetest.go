// Package sitetest assembles the site model of a fixture site as the build
// does, for the tests of the packages that work on it (site, render, lint).
// It is apart from testsite, which the loaders' own tests use, because it
// imports them.
package sitetest

import (
	"testing"

	"github.com/skupaj/skupaj/internal/config"
	"github.com/skupaj/skupaj/internal/content"
	"github.com/skupaj/skupaj/internal/site"
	"github.com/skupaj/skupaj/internal/sources"
	"github.com/skupaj/skupaj/internal/taxonomy"
)

// Assemble loads the configuration, pages, vocabularies and bibliography
// of the site at root, failing the test on any problem there, and returns
// the site model with the problems site.New finds.
func Assemble(t testing.TB, root string) (*site.Site, error) {
	t.Helper()
	cfg, err := config.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := content.Load(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := taxonomy.Load(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	bib, err := sources.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	return site.New(cfg, vocab, bib, pages)
}
