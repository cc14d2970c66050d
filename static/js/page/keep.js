// skupaj: part of every page's script (js/skupaj.js); every page works without it.

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
