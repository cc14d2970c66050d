// skupaj: the service worker. The build writes it to sw.js at the site's
// root after a line that defines OFFLINE: the cache's name (from the bytes
// of what it keeps), the files kept for every language (static files and
// the search index) and each language's pages, all relative to the site's
// root, which is this worker's scope.
//
// A page asks the worker to keep its language; the worker fetches what it
// does not have yet and answers "kept". Requests go to the network first,
// so that a reader online sees the newest build, and fall back to the
// cache when the network fails or takes longer than slowNetwork; files with
// a content hash in their name come from the cache first. A new build
// writes a new sw.js, whose cache replaces the old one when it activates.

const slowNetwork = 4000; // ms before a kept copy is served instead
const hashed = /\.[0-9a-f]{8}\.json$/;
const root = self.registration.scope;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("skupaj-") && name !== OFFLINE.cache) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// keeping holds the work under way per language, so that pages asking at
// once share it.
const keeping = new Map();

self.addEventListener("message", (event) => {
  const lang = event.data && event.data.keep;
  const port = event.ports[0];
  if (!Object.hasOwn(OFFLINE.langs, lang)) return;
  if (!keeping.has(lang)) {
    keeping.set(lang, keep(lang).finally(() => keeping.delete(lang)));
  }
  event.waitUntil(keeping.get(lang).then(
    () => port && port.postMessage("kept"),
    () => port && port.postMessage("failed"),
  ));
});

// keep fetches into the cache the files of lang that it does not hold yet,
// a few at a time.
async function keep(lang) {
  const cache = await caches.open(OFFLINE.cache);
  const have = new Set((await cache.keys()).map((r) => r.url));
  const todo = [...OFFLINE.shared, ...OFFLINE.langs[lang]]
    .map((p) => new URL(p, root).href)
    .filter((u) => !have.has(u));
  const worker = async () => {
    for (let u = todo.pop(); u; u = todo.pop()) {
      const res = await fetch(u, { cache: "no-cache" });
      if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
      await cache.put(u, res);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(root)) return;
  event.respondWith(answer(req));
});

async function answer(req) {
  const cache = await caches.open(OFFLINE.cache);
  // The search page keeps its query in the address.
  const kept = () => cache.match(req, { ignoreSearch: req.mode === "navigate" });
  if (hashed.test(new URL(req.url).pathname)) {
    const hit = await kept();
    if (hit) return hit;
  }
  const network = fetch(req);
  network.catch(() => {}); // a kept copy may answer first
  let timer;
  const slow = new Promise((resolve) => { timer = setTimeout(resolve, slowNetwork); });
  try {
    const first = await Promise.race([network, slow.then(kept)]);
    if (first) return first;
    return await network;
  } catch (err) {
    const hit = await kept();
    if (hit) return hit;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
