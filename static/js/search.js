// search.js: the browser side of search (see docs/search-format.md).
