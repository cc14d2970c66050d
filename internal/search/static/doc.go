// Package static is the Go side of docs/search-format.md: it exports, from
// the pages' analysis (package index), the static index that the
// search page queries in the browser with no server (Export: postings
// scored with BM25, the keys of every word, the dictionary chunks, display
// records and filters), and reads it back as the search page does (Open,
// Static.Query), for skupaj search and the tests that compare the
// terminal with the browser.
package static
