// skupaj: every page's script, small progressive enhancements. Every page
// works without it. Each part is its own module, so that a page's bundle
// (internal/bundle) can take only the parts its kind uses.

import "./page/tables.js";
import "./page/print.js";
import "./page/notfound.js";
import "./page/keep.js";
import "./page/toc.js";
