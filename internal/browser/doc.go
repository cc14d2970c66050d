// Package browser holds the tests that need a real browser: the search
// client (static/js/search.js and its modules), and the quality of the whole
// site as readers meet it (a page of every kind in every language loading
// cleanly, a subpath base URL, axe-core accessibility, phone widths,
// screenshots, the print edition as PDF, page weight). Sites are built by
// the real pipeline, served on 127.0.0.1 and driven with chromedp in one
// headless Chromium that the tests share. The tests need Debian's chromium
// at /usr/bin/chromium and fail without it.
package browser
