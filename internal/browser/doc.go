// Package browser holds the tests of the browser-side search
// (static/js/search.js and its modules) in a real headless Chromium: sites
// built by the real pipeline, served on 127.0.0.1 and driven with chromedp.
// The tests need Debian's chromium at /usr/bin/chromium and fail without it.
package browser
