// Package workflows holds no code: its tests check the GitHub workflows in
// .github/workflows, with actionlint and against what the README promises
// (pages.yml publishes the content, ci.yml tests the code).
package workflows
