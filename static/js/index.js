// index.js: access to the static search index (docs/search-format.md,
// "Files"), through a language's view or the whole index. Every file is fetched at most once and kept in memory; only the
// manifests are asked for fresh (the search page carries its view's), the others have a content hash in their name.

import { Facets, fromView } from "./facets.js";

/**
 * A term of the dictionary, named by its chunk and its index there.
 * @typedef {object} Term
 * @property {string} id     "<chunk file>:<index>", unique in the index
 * @property {string} name   the term itself, "<term>|<lang>"
 * @property {string} lang   the language of the documents it is found in ("" if the name has none)
 * @property {number} df     how many documents contain it
 * @property {number[]} first the first page of its postings, [doc, score, ...]
 * @property {string[]} more its further postings pages, as "<file>#<index of the page in the file>"
 * @property {number} i its index in its chunk
 * @property {string} x for each posting of its first page, the section of its document that holds it best (a base-36 digit or "-"), "" for none (a large site)
 */

/**
 * A postings page with its scores as stored (the first, then each one's
 * difference from the one before) turned into the scores, in a copy.
 * @param {number[]} stored [doc, score, doc, difference, ...]
 * @returns {number[]} [doc, score, doc, score, ...]
 */
function scores(stored) {
  const out = stored.slice();
  for (let j = 3; j < out.length; j += 2) out[j] = out[j - 2] - out[j];
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Compares two names in the order the export sorts them, of code points
 * (the bytes of UTF-8), which is that of UTF-16 units but for characters
 * past U+FFFF.
 * @param {string} a @param {string} b @returns {number}
 */
function compare(a, b) {
  if (SURROGATE.test(a) || SURROGATE.test(b)) {
    const x = [...a], y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first character of a name. @param {string} s */
function firstChar(s) {
  return String.fromCodePoint(s.codePointAt(0) ?? 0);
}

/**
 * Where a language's records files hold the documents of its records
 * view (docs/search-format.md, records): grouped by the language each is
 * written in (the first of its lang list), the view's own first, then
 * each other language's by name, each group in document order and in
 * files of up to per, a group starting a file of its own.
 * @param {number[]} docs the view's documents, in order
 * @param {{values: string[], docs: number[][]}} langs the lang facet
 * @param {number} lang the view's language, an index into langs.values
 * @param {number} per records a file
 * @returns {{at: Map<number, number[]>, own: number}} each document's file and place in it; the files of the view's own language
 */
function places(docs, langs, lang, per) {
  const groups = new Map();
  for (const d of docs) {
    const l = langs.docs[d][0];
    if (!groups.has(l)) groups.set(l, []);
    groups.get(l).push(d);
  }
  const order = [...groups.keys()].filter((l) => l !== lang).sort((a, b) => compare(langs.values[a], langs.values[b]));
  if (groups.has(lang)) order.unshift(lang);
  const at = new Map();
  let file = 0;
  for (const l of order) {
    groups.get(l).forEach((d, i) => at.set(d, [file + Math.floor(i / per), i % per]));
    file += Math.ceil(groups.get(l).length / per);
  }
  return { at, own: Math.ceil((groups.get(lang)?.length ?? 0) / per) };
}

/**
 * One dictionary file, with its terms looked up by name.
 * @typedef {object} Chunk
 * @property {string} file the chunk file (several prefixes may share it)
 * @property {Object<string, Array<number|string>>} k key → terms
 * @property {Object<string, string[]>} s key → the languages where its word is a stop word
 * @property {Object<string, number[]>} e key → the documents that hold it as written, when fewer than its terms'
 * @property {Term[]} terms
 * @property {Map<string, Term>} byName
 */

export class SearchIndex {
  /**
   * @param {URL} base the folder of the manifest
   * @param {object} manifest the decoded manifest
   */
  constructor(base, manifest) {
    this.base = base;
    this.manifest = manifest;
    /** @type {Map<string, Promise<any>>} */
    this.files = new Map();
    /** @type {Map<string, Promise<Chunk>>} */
    this.chunks = new Map();
    /** @type {Map<string, string>} where each chunk file starts → that file: a small site's all (file i of its chunks: <dir><i>.<hash>.json), else those of the letters loaded so far */
    const c = manifest.chunks;
    this.known = new Map(c ? c.starts.flatMap((s, i) => s.split(" ").map((p) => [p, `${c.dir}${i}.${c.hash}.json`])) : []);
    /** @type {Map<string, Promise<void>>} first character → its prefix file, loading or loaded */
    this.letters = new Map();
  }

  /**
   * Loads the prefix file of key's first character (once), so that
   * prefixOf and prefixesFor know the chunks of keys starting with it. A
   * small site has none: its manifest names where every chunk file starts
   * (chunks).
   * @param {string} key
   * @returns {Promise<void>}
   */
  loadPrefixes(key) {
    const first = [...key][0];
    if (first === undefined || !Object.hasOwn(this.manifest.letters, first)) return Promise.resolve();
    let p = this.letters.get(first);
    if (!p) {
      p = this.file(this.manifest.letters[first]).then((m) => {
        for (const [prefix, file] of Object.entries(m)) this.known.set(prefix, file);
      });
      p.catch(() => this.letters.delete(first));
      this.letters.set(first, p);
    }
    return p;
  }

  /**
   * Opens the index of the manifest at manifestURL: carried, the copy
   * that the page carries (its view's, made by the same build as the
   * page), else the manifest fetched fresh.
   * @param {string} manifestURL
   * @param {Map<string, Promise<any>>} [files] the files fetched so far by another manifest of the same folder
   * @param {string} [carried] the manifest's JSON as the page carries it
   */
  static async open(manifestURL, files, carried) {
    const url = new URL(manifestURL, document.baseURI);
    let manifest;
    if (carried) manifest = JSON.parse(carried);
    else {
      const res = await fetch(url, { cache: "no-cache" });
      if (!res.ok) throw new Error(`search: ${url}: ${res.status}`);
      manifest = await res.json();
    }
    if (manifest.version !== 11) throw new Error(`search: unknown index format ${manifest.version}`);
    const index = new SearchIndex(new URL(".", url), manifest);
    index.carried = !!carried;
    if (files) index.files = files;
    return index;
  }

  /**
   * The dictionary that finds the documents a selection of languages
   * keeps: this manifest's when it is a language's view and the selection
   * is that language alone (docs/search-format.md, "Views"), else the
   * whole index's, opened once and sharing the files fetched (records and
   * texts are the same files). The page reads records, texts and filters
   * through this manifest: a whole index of another build (a redeploy
   * since the page opened) numbers documents otherwise, and is refused.
   * @param {Set<string>} langs the languages selected, none for all
   * @returns {Promise<SearchIndex>}
   */
  dictionaryFor(langs) {
    const view = this.manifest.view;
    if (!view || (langs.size === 1 && langs.has(view))) return Promise.resolve(this);
    if (!this.whole) {
      const build = (m) => JSON.stringify([m.records[view], m.texts]);
      this.whole = SearchIndex.open(new URL("manifest.json", this.base).href, this.files).then((whole) => {
        if (build(whole.manifest) !== build(this.manifest)) throw new Error("search: the index was rebuilt since this page opened it; reload the page");
        return whole;
      });
      this.whole.catch(() => { this.whole = null; }); // let a later search try again
    }
    return this.whole;
  }

  /**
   * Fetches a file of the index (a path relative to the manifest) once.
   * @param {string} path
   * @returns {Promise<any>}
   */
  file(path) {
    let p = this.files.get(path);
    if (!p) {
      p = fetch(new URL(path, this.base)).then((res) => {
        if (!res.ok) throw new Error(`search: ${path}: ${res.status}`);
        return res.json();
      });
      p.catch(() => this.files.delete(path)); // let a later query try again
      this.files.set(path, p);
    }
    return p;
  }

  /** The transliteration and folding tables (in the manifest). */
  analysis() {
    return Promise.resolve(this.manifest.analysis);
  }

  /**
   * The filters, read once: in the manifest on a small site (a view's of
   * its documents, fromView), else in the file it names.
   * @returns {Promise<Facets>}
   */
  facets() {
    const f = this.manifest.filters, view = this.manifest.view;
    return (this.facetsRead ??= (typeof f === "string" ? this.file(f) : Promise.resolve(view ? fromView(f, view) : f)).then((d) => new Facets(d)));
  }

  /**
   * The start of the chunk that holds a key or a term: the greatest start
   * (a key of the prefixes) not after it that has its first character, or
   * null (docs/search-format.md, "letters"). The key's letter must be
   * loaded (loadPrefixes).
   * @param {string} key
   */
  prefixOf(key) {
    const first = firstChar(key);
    let best = null;
    for (const p of this.known.keys()) {
      if (firstChar(p) === first && compare(p, key) <= 0 && (best === null || compare(p, best) > 0)) best = p;
    }
    return best;
  }

  /**
   * The starts of the chunks that hold keys starting with key: its own
   * chunk's and those of the chunks that start after key with key. The
   * key's letter must be loaded.
   * @param {string} key
   * @returns {string[]}
   */
  prefixesFor(key) {
    const own = this.prefixOf(key);
    const below = [...this.known.keys()].filter((p) => p !== own && p.startsWith(key) && compare(p, key) > 0);
    return own ? [own, ...below] : below;
  }

  /**
   * The chunk of prefix, decoded.
   * @param {string} prefix a chunk prefix of a loaded letter
   * @returns {Promise<Chunk>}
   */
  chunk(prefix) {
    // Several prefixes may share a file: chunks and term ids go by file.
    const file = this.known.get(prefix);
    let p = this.chunks.get(file);
    if (!p) {
      p = this.file(file).then((raw) => {
        // A chunk with only keys, or only terms, may have null for the rest;
        // one whose terms have all their postings in it, no df and more.
        const terms = (raw.t ?? []).map((name, i) => ({
          id: `${file}:${i}`, name, lang: name.includes("|") ? name.slice(name.lastIndexOf("|") + 1) : "",
          df: raw.df?.[i] ?? raw.p[i].length / 2, first: scores(raw.p[i]), more: raw.more?.[i] ?? [], i, x: raw.x?.[i] ?? "",
        }));
        return { file, k: raw.k ?? {}, s: raw.s ?? {}, e: raw.e ?? {}, terms, byName: new Map(terms.map((t) => [t.name, t])) };
      });
      p.catch(() => this.chunks.delete(file));
      this.chunks.set(file, p);
    }
    return p;
  }

  /**
   * The chunks of prefixes, each once (several prefixes may share a file).
   * @param {string[]} prefixes chunk prefixes of loaded letters
   * @returns {Promise<Chunk[]>}
   */
  async chunksOf(prefixes) {
    return [...new Set(await Promise.all(prefixes.map((p) => this.chunk(p))))];
  }

  /**
   * The chunk that holds key, or null when no chunk can.
   * @param {string} key
   */
  async chunkOf(key) {
    await this.loadPrefixes(key);
    const prefix = this.prefixOf(key);
    return prefix === null ? null : this.chunk(prefix);
  }

  /**
   * The terms a key of chunk c names: indexes into c, or names of terms
   * that live in the chunk of their own prefix.
   * @param {Chunk|null} c null when refs are all names @param {Array<number|string>} refs
   * @returns {Promise<Term[]>}
   */
  async terms(c, refs) {
    const out = await Promise.all(refs.map(async (r) => {
      if (typeof r === "number") return c.terms[r];
      const other = await this.chunkOf(r);
      return other?.byName.get(r);
    }));
    return out.filter(Boolean);
  }

  /**
   * Page n (1, 2, ...) of a term's further postings.
   * @param {Term} t @param {number} n
   * @returns {Promise<number[]>}
   */
  async postingsPage(t, n) {
    // "<file>#<i>": page i of a file that holds several pages.
    const ref = t.more[n - 1];
    const at = ref.indexOf("#");
    const pages = await this.file(ref.slice(0, at));
    const page = at > 0 ? pages[Number(ref.slice(at + 1))] : undefined;
    if (!Array.isArray(page)) throw new Error(`search: term ${t.name}: no postings page ${ref}`);
    return scores(page);
  }

  /**
   * The display records of docs, for a reader of lang. A language's
   * records files hold its view (manifest.recordViews): the documents its
   * lists show ("shown") or those written in it ("own"), grouped by the
   * language they are written in (places), manifest.recordsPer a file. A
   * document outside lang's view comes from the view of the language it
   * is written in; a view's manifest names its language's records only,
   * which hold every document its search finds. Only the files of docs
   * are fetched: a search whose results are all in the reader's language
   * reads none of the fallback pages' records, and one made while the
   * reader types, when given later, fetches a file of lang's fallback
   * pages only once later resolves true (typing has paused: the search
   * of the next letter may not need it). While the files
   * of a large site's results arrive (ten results may need ten files),
   * some, when given, gets the records loaded so far after each file but
   * the last.
   * @param {number[]} docs @param {string} lang
   * @param {(records: Map<number, object>) => void} [some]
   * @param {() => Promise<boolean>} [later]
   * @returns {Promise<Map<number, {u: string, t: string, k: string, l: string, s: string}>>}
   */
  async records(docs, lang, some, later) {
    lang = this.manifest.view || lang;
    const langs = (await this.facets()).data.facets.lang;
    const shown = this.manifest.recordViews === "shown" ? this.view(langs, lang) : null;
    const fallback = new Set();
    const place = docs.map((d) => {
      const own = langs.values[langs.docs[d][0]];
      const view = shown?.at.has(d) ? lang : own;
      const [f, i] = this.view(langs, view).at.get(d);
      const file = this.manifest.records[view]?.[f];
      if (view === lang && shown && f >= shown.own) fallback.add(file);
      return { d, file, i };
    });
    const files = [...new Set(place.map((p) => p.file))];
    const loaded = new Map();
    const got = () => new Map(place.filter((p) => loaded.has(p.file)).map((p) => [p.d, loaded.get(p.file)[p.i]]));
    await Promise.all(files.map(async (f) => {
      if (later && fallback.has(f) && !this.files.has(f) && !(await later())) return;
      loaded.set(f, await this.file(f));
      if (some && loaded.size < files.length) some(got());
    }));
    return got();
  }

  /**
   * Starts fetching the records file of lang's own pages when they are
   * one file (a small site's), as a search starts: its first results
   * are read from it once its chunks are in, and the two thus come in one
   * round trip rather than one after the other. The fallback pages' files
   * are fetched only for a result among them.
   * @param {string} lang
   */
  prefetchRecords(lang) {
    const files = this.manifest.records[lang];
    if (files?.length > 0 && this.views?.get(lang)?.own === 1) this.file(files[0]).catch(() => {}); // records says why it fails
  }

  /**
   * The documents of lang's records view and where its files hold them
   * (places), and how many files its own language's pages take.
   * @param {{values: string[], docs: number[][]}} langs the lang facet
   * @param {string} lang
   * @returns {{at: Map<number, number[]>, own: number}}
   */
  view(langs, lang) {
    if (!this.views?.has(lang)) this.makeViews(langs);
    return this.views.get(lang);
  }

  /**
   * Makes the records view of every language of the lang facet at once, in
   * one pass over the documents (on a large site before the first search,
   * which need not): a language's view holds the documents of its lang
   * list ("shown", manifest.recordViews) or those written in it ("own",
   * the list's first).
   * @param {{values: string[], docs: number[][]}} langs the lang facet
   */
  makeViews(langs) {
    this.views ??= new Map();
    const made = langs.values.map(() => []);
    langs.docs.forEach((ls, d) => {
      for (const l of this.manifest.recordViews === "own" ? ls.slice(0, 1) : ls) if (made[l].at(-1) !== d) made[l].push(d);
    });
    langs.values.forEach((lang, l) => this.views.set(lang, places(made[l], langs, l, this.manifest.recordsPer)));
  }

  /**
   * The sections of document doc, [heading id, heading, text] each, for
   * its excerpt: x/<doc>.<hash of its group>.json; or, given i, its
   * section i alone, [heading id, heading, text], as a small site's
   * chunks tell it (x): x/<doc>-<i>.<hash>.json.
   * @param {number} doc @param {number} [i]
   * @returns {Promise<any>}
   */
  text(doc, i) {
    const hash = this.manifest.texts[Math.floor(doc / this.manifest.textsPer)];
    return this.file(`x/${doc}${i === undefined ? "" : "-" + i}.${hash}.json`);
  }
}
