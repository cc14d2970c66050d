// rank.js: documents from postings (docs/search-format.md, "Query
// semantics"). A document matches when every word matches one of its terms;
// its score is the sum over words of the best factor × score among the
// word's terms, plus the word's bonus where the document holds it as
// typed. Postings come highest score first, the first 16 with the
// chunk and the rest in pages of 512, which are fetched only when the
// first results cannot be told without them, or to count every match.
//
// Terms belong to one language ("partnership|en"), and a word only asks of
// a document what the analysis of the document's language makes of it. A
// word that is a stop word in a language (such as "of" in English: the
// dictionary says so) is left out for the documents of that language, as
// Bleve leaves stop words out of a query; a document must still match at
// least one word.

/**
 * @typedef {import("./index.js").Term} Term
 * @typedef {import("./index.js").SearchIndex} SearchIndex
 * @typedef {{doc: number, score: number}} Hit
 * @typedef {{list: PostingList, factor: number}[]} WordLists the postings a word matches
 * @typedef {object} Word
 * @property {WordLists} lists
 * @property {Set<string>} stop the languages in which it is a stop word
 * @property {Set<number>|null} [exact] the documents that hold it as typed, when told apart
 * @property {number} [bonus] what holding it as typed adds to a document's score for it
 * @typedef {(doc: number) => string|undefined} LangOf the language of a document, if known
 */

/** The postings of one term, as far as they are loaded. */
export class PostingList {
  /** @param {SearchIndex} index @param {Term} term */
  constructor(index, term) {
    this.index = index;
    this.term = term;
    /** @type {number[]} [doc, score, ...] loaded so far */
    this.pairs = term.first;
    this.pages = 0; // further pages loaded
    /** @type {Promise<void>|null} */
    this.loading = null;
  }

  /** Whether every posting is loaded. */
  get complete() {
    return this.pages >= this.term.more.length;
  }

  /** The highest score a posting not loaded yet can have, or -Infinity. */
  get bound() {
    return this.complete ? -Infinity : this.pairs[this.pairs.length - 1];
  }

  /**
   * Loads the next page, if any; when a load is already running, waits for
   * it instead. A failed load can be tried again.
   */
  loadNext() {
    if (this.complete) return Promise.resolve();
    if (!this.loading) {
      const page = this.pages + 1;
      this.track(this.index.postingsPage(this.term, page).then((pairs) => {
        this.pairs = this.pairs.concat(pairs);
        this.pages = page;
      }));
    }
    return this.loading;
  }

  /** Loads every remaining page, in parallel. */
  loadAll() {
    if (this.complete) return Promise.resolve();
    if (this.loading) return this.loading.then(() => this.loadAll());
    const from = this.pages;
    const rest = this.term.more.slice(from).map((_, i) => this.index.postingsPage(this.term, from + i + 1));
    return this.track(Promise.all(rest).then((pages) => {
      this.pairs = this.pairs.concat(...pages);
      this.pages = this.term.more.length;
    }));
  }

  /** Makes p the running load until it settles. */
  track(p) {
    this.loading = p.finally(() => {
      this.loading = null;
    });
    return this.loading;
  }
}

/** @type {WeakMap<SearchIndex, Map<string, PostingList>>} */
const lists = new WeakMap();

/**
 * The posting list of a term, shared by every query on index.
 * @param {SearchIndex} index @param {Term} term
 */
export function postingList(index, term) {
  let m = lists.get(index);
  if (!m) lists.set(index, (m = new Map()));
  let l = m.get(term.id);
  if (!l) m.set(term.id, (l = new PostingList(index, term)));
  return l;
}

/**
 * Each word's best score in each document seen so far (-1: not seen).
 * @param {Word[]} words
 * @returns {Map<number, Float64Array>}
 */
function gather(words) {
  const seen = new Map();
  words.forEach(({ lists }, w) => {
    for (const { list, factor } of lists) {
      const p = list.pairs;
      for (let i = 0; i < p.length; i += 2) {
        let s = seen.get(p[i]);
        if (!s) seen.set(p[i], (s = new Float64Array(words.length).fill(-1)));
        s[w] = Math.max(s[w], factor * p[i + 1]);
      }
    }
  });
  return seen;
}

/**
 * Which words a document must match: those that are not stop words in its
 * language.
 * @param {Word[]} words @param {LangOf} langOf
 * @returns {(doc: number) => boolean[]}
 */
function requiredWords(words, langOf) {
  const all = words.map(() => true);
  const byLang = new Map();
  return (doc) => {
    const lang = langOf(doc);
    if (lang === undefined) return all;
    let r = byLang.get(lang);
    if (!r) byLang.set(lang, (r = words.map((w) => !w.stop.has(lang))));
    return r;
  };
}

/**
 * What holding word w as typed adds to doc's score.
 * @param {Word} w @param {number} doc
 */
const bonusOf = (w, doc) => (w.exact?.has(doc) ? w.bonus ?? 0 : 0);

/** Orders hits by score, then by document number. */
const byScore = (a, b) => b.score - a.score || a.doc - b.doc;

/**
 * The best k accepted documents if the loaded postings are enough to tell
 * them for sure, else null. A document not seen yet in a word's lists can
 * still score up to the bound of its incomplete lists there.
 * @param {Word[]} words @param {LangOf} langOf @param {(doc: number) => boolean} accept @param {number} k
 * @returns {Hit[]|null}
 */
function knownTop(words, langOf, accept, k) {
  const bounds = words.map(({ lists }) => Math.max(-Infinity, ...lists.map((l) => l.factor * l.list.bound)));
  const required = requiredWords(words, langOf);
  // The best possible score of a document not seen at all.
  let rest = bounds.some((b) => b > -Infinity)
    ? bounds.reduce((a, b, w) => a + Math.max(b + (words[w].exact ? words[w].bonus ?? 0 : 0), 0), 0)
    : -Infinity;
  const full = [];
  for (const [doc, s] of gather(words)) {
    if (!accept(doc)) continue;
    const need = required(doc);
    let lb = 0, ub = 0, all = true, exact = true;
    s.forEach((v, w) => {
      if (!need[w]) return;
      const bonus = bonusOf(words[w], doc);
      if (v < 0) all = false;
      else lb += v + bonus;
      ub += Math.max(v < 0 ? -Infinity : v, bounds[w]) + bonus;
      if (bounds[w] > v) exact = false;
    });
    if (all && exact) full.push({ doc, score: lb });
    else rest = Math.max(rest, ub);
  }
  // Documents known exactly are in their final order; only the others
  // could still overtake the k-th.
  full.sort(byScore);
  const top = full.slice(0, k);
  if (rest === -Infinity) return top;
  return top.length === k && top[k - 1].score > rest ? top : null;
}

/**
 * The best k accepted documents, fetching further postings pages only
 * until they are known for sure.
 * @param {Word[]} words @param {LangOf} langOf @param {(doc: number) => boolean} accept @param {number} k
 * @param {() => boolean} stale true once the query is superseded
 * @returns {Promise<Hit[]|null>} null when stale
 */
export async function top(words, langOf, accept, k, stale) {
  for (;;) {
    const hits = knownTop(words, langOf, accept, k);
    if (hits) return hits;
    // Read on in the list whose unread postings could score highest.
    let next = null, best = -Infinity;
    for (const { lists } of words) {
      for (const { list, factor } of lists) {
        if (factor * list.bound > best) [next, best] = [list, factor * list.bound];
      }
    }
    await next.loadNext();
    if (stale()) return null;
  }
}

/**
 * Every matching document, best first, after loading every posting.
 * @param {Word[]} words @param {LangOf} langOf
 * @returns {Promise<Hit[]>}
 */
export async function all(words, langOf) {
  await Promise.all(words.flatMap(({ lists }) => lists.map(({ list }) => list.loadAll())));
  const required = requiredWords(words, langOf);
  const hits = [];
  for (const [doc, s] of gather(words)) {
    const need = required(doc);
    let score = 0, matched = true;
    s.forEach((v, w) => {
      if (!need[w]) return;
      if (v < 0) matched = false;
      else score += v + bonusOf(words[w], doc);
    });
    if (matched) hits.push({ doc, score });
  }
  return hits.sort(byScore);
}
