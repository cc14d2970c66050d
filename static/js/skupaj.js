// skupaj: small progressive enhancements. Every page works without this file.

// Sortable tables: each column header of a table.sortable becomes a button
// that sorts the rows by that column, in the page's language.
function sortable(table) {
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", dir);
      const body = table.tBodies[0];
      const rows = [...body.rows];
      rows.sort((a, b) => collator.compare(a.cells[col].textContent.trim(), b.cells[col].textContent.trim()) * (dir === "ascending" ? 1 : -1));
      body.append(...rows);
    });
  });
}

document.querySelectorAll("table.sortable").forEach(sortable);

// The print edition's button prints the page; without script it stays
// hidden and the browser's own Print does the same.
document.querySelectorAll("[data-print]").forEach((b) => {
  b.hidden = false;
  b.addEventListener("click", () => window.print());
});

// The one 404 page speaks every language: show the one whose prefix the
// missing address starts with (the default language shows without script).
const notFound = [...document.querySelectorAll(".not-found-lang")];
if (notFound.length) {
  const match = notFound
    .filter((s) => location.pathname.startsWith(s.dataset.langPrefix))
    .sort((a, b) => b.dataset.langPrefix.length - a.dataset.langPrefix.length)[0];
  if (match) {
    notFound.forEach((s) => (s.hidden = s !== match));
    document.documentElement.lang = match.lang;
  }
}

// Offline: register the service worker that the build wrote (the preview
// has none), ask it to keep this page's language, and say so quietly once
// it has.
const sw = document.body.dataset.sw;
if (sw && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(sw, { scope: document.body.dataset.swScope })
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => {
        const footer = document.querySelector(".site-footer .wrap");
        if (e.data !== "kept" || !footer || footer.querySelector(".offline-mark")) return;
        const mark = document.createElement("p");
        mark.className = "offline-mark";
        mark.textContent = document.body.dataset.swReady;
        footer.append(mark);
      };
      reg.active.postMessage({ keep: document.documentElement.lang }, [channel.port2]);
      // Tell the worker what this page fetched of the site's JSON files
      // (the search index): on a large site they pass it by, and it keeps
      // them so that a search made once works offline.
      new PerformanceObserver((list) => {
        const urls = list.getEntries().map((e) => e.name).filter((u) => u.startsWith(reg.scope) && u.endsWith(".json"));
        if (urls.length && reg.active) reg.active.postMessage({ fetched: urls });
      }).observe({ type: "resource", buffered: true });
    })
    .catch(() => {}); // the site works as before without it
}

// The on-page contents marks the section being read: the last one whose
// heading has scrolled past the top third of the window.
const tocLinks = [...document.querySelectorAll(".toc a[href^='#']")];
const tocTargets = tocLinks.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
if (tocLinks.length && !tocTargets.includes(null)) {
  let queued = false;
  const mark = () => {
    queued = false;
    const line = window.innerHeight / 3;
    let current = -1;
    tocTargets.forEach((h, i) => { if (h.getBoundingClientRect().top < line) current = i; });
    tocLinks.forEach((a, i) => (i === current ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
  };
  addEventListener("scroll", () => { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
  mark();
}
