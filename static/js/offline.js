// skupaj: the service worker. The build writes it to sw.js at the site's
// root after a line that defines OFFLINE: the cache's name (from the bytes
// of what it keeps), the files kept for every language (static files and
// the whole search index, or on a large site its manifest alone), each
// language's pages and view of the index (its manifest and chunks, or on
// a large site its manifest alone), and on a large site asFetched, the
// folder of the search index, all relative to the site's root, which is
// this worker's scope.
//
// A page asks the worker to keep its language; the worker fetches what it
// does not have yet, in the pauses of the reader's own requests, and
// answers "kept". Requests go to the network first, so that a reader
// online sees the newest build, and fall back to the cache when the
// network fails or takes longer than slowNetwork; files with a content
// hash in their name come from the cache first. Files of the index under
// asFetched are kept as pages fetch them, so that a search made once works
// offline; those in its subfolders pass the worker by (see "install"). A
// new build writes a new sw.js, whose cache replaces the old one when it
// activates.

const slowNetwork = 4000; // ms before a kept copy is served instead
const readerPause = 500; // ms without a request of the reader's before keeping goes on
const hashed = /\.[0-9a-f]{8}\.json$/;
const root = self.registration.scope;
const asFetched = OFFLINE.asFetched ? new URL(OFFLINE.asFetched, root).href : "";

// The cache is opened once, and the addresses it holds are listed once
// and then kept up to date, so that a request it cannot answer goes to
// the network without a lookup first.
let opened;
const cacheOf = () => (opened ??= caches.open(OFFLINE.cache));
let listed;
const held = () => (listed ??= cacheOf().then(async (c) => new Set((await c.keys()).map((r) => r.url))));

// put keeps res as the answer to the address url.
async function put(url, res) {
  await (await cacheOf()).put(url, res);
  (await held()).add(url);
}

// On a large site the index's hashed files (in its subfolders) skip this
// worker: the browser answers them from its cache or else the network
// without running it (the static routing API), and a page reports what
// it fetched (message "fetched") for the worker to keep.
self.addEventListener("install", (event) => {
  if (asFetched && event.addRoutes) {
    event.waitUntil(event.addRoutes({
      condition: { urlPattern: new URLPattern({ pathname: new URL(asFetched).pathname + "*/*" }) },
      source: { cacheName: OFFLINE.cache },
    }).catch(() => {}));
  }
  self.skipWaiting();
});

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
  const fetched = event.data && event.data.fetched;
  if (Array.isArray(fetched)) {
    lastRead = performance.now(); // the reader's requests that passed the worker by
    event.waitUntil(keepFetched(fetched));
    return;
  }
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

// reading counts the reader's requests under way; lastRead is when the
// last one was answered, or a page last reported files it fetched.
let reading = 0;
let lastRead = 0;

// readerPaused resolves once no request of the reader's has been under way
// for readerPause: keeping yields the network to her (a first search
// while the handbook is being kept, on a slow connection).
async function readerPaused() {
  for (;;) {
    const wait = reading > 0 ? readerPause : lastRead + readerPause - performance.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

// keep fetches into the cache the files of lang that it does not hold yet,
// two at a time, in the pauses of the reader's requests.
async function keep(lang) {
  const have = await held();
  const todo = [...OFFLINE.shared, ...OFFLINE.langs[lang]]
    .map((p) => new URL(p, root).href)
    .filter((u) => !have.has(u));
  const worker = async () => {
    for (let u = todo.pop(); u; u = todo.pop()) {
      await readerPaused();
      if (have.has(u)) continue; // kept as a page fetched it
      const res = await fetch(u, { cache: "no-cache" });
      if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
      await put(u, res);
    }
  };
  await Promise.all([worker(), worker()]);
}

// keepFetched keeps the files of the index at urls that a page fetched
// past the worker, copied from the browser's HTTP cache where it has them.
async function keepFetched(urls) {
  if (!asFetched) return; // the whole index is kept
  const have = await held();
  for (const u of urls) {
    if (!u.startsWith(asFetched) || !hashed.test(new URL(u).pathname) || have.has(u)) continue;
    try {
      const res = await fetch(u);
      if (res.ok) await put(u, res);
    } catch {
      // not kept: a later search fetches it again
    }
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(root)) return;
  reading++;
  const done = () => { reading--; lastRead = performance.now(); };
  const res = answer(event);
  res.then(done, done);
  event.respondWith(res);
});

async function answer(event) {
  const req = event.request;
  const cache = await cacheOf();
  // The search page keeps its query in the address.
  const kept = () => cache.match(req, { ignoreSearch: req.mode === "navigate" });
  const isHashed = hashed.test(new URL(req.url).pathname);
  if (isHashed && (await held()).has(req.url)) {
    const hit = await kept();
    if (hit) return hit;
  }
  const keepIt = isHashed && asFetched !== "" && req.url.startsWith(asFetched);
  const network = fetch(req).then((res) => {
    if (keepIt && res.ok) event.waitUntil(put(req.url, res.clone()).catch(() => {}));
    return res;
  });
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
