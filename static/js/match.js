// match.js: which dictionary terms each word of a query matches
// (docs/search-format.md, "Query semantics"): the terms of its keys, for
// the last word also the terms of the keys it begins, and for a word that is
// not in the dictionary the terms of keys one or two typos away.

/** Score factors of prefix and typo matches. */
export const PREFIX_FACTOR = 0.8;
export const TYPO_FACTOR = 0.5;
/** At most this many terms match a word as a prefix, or by a typo. */
const MAX_EXPANSION = 20;
/** A key shorter than this gets no typo matching, and is ignored when unknown. */
const TYPO_MIN = 4;
/** A word this long or longer may have two typos. */
const TWO_TYPOS = 8;
/** Prefix matching reads at most this many chunks. */
const MAX_PREFIX_CHUNKS = 8;

/**
 * @typedef {import("./index.js").Term} Term
 * @typedef {import("./index.js").SearchIndex} SearchIndex
 * @typedef {{term: Term, factor: number}} Match
 * @typedef {object} WordMatch
 * @property {string} word     the word as typed
 * @property {string[]} keys   its keys
 * @property {Match[]} matches the terms it matches, with their score factors
 * @property {Set<string>} stop the languages in which the word is a stop word: documents in them do not need it
 * @property {boolean} ignored a short word the dictionary does not know
 * @property {(key: string) => boolean} hits whether a word of a page with this key is a match, for highlighting
 */

/**
 * Matches one word of a query.
 * @param {SearchIndex} index
 * @param {string} word
 * @param {string[]} keys its keys (Analyzer.keys)
 * @param {boolean} last whether it is the last word of a query being typed
 *   (not followed by a space), which also matches as a prefix
 * @returns {Promise<WordMatch>}
 */
export async function matchWord(index, word, keys, last) {
  const found = new Map(); // term id → Match
  const hitKeys = new Set(keys);
  const stop = new Set();
  let known = false;
  for (const key of keys) {
    const c = await index.chunkOf(key);
    if (!c) continue;
    if (Object.hasOwn(c.s, key)) {
      known = true;
      for (const lang of c.s[key]) stop.add(lang);
    }
    if (!Object.hasOwn(c.k, key)) continue;
    known = true;
    for (const t of await index.terms(c, c.k[key])) found.set(t.id, { term: t, factor: 1 });
  }
  const exact = found.size;
  const prefixKeys = last ? keys : [];
  if (last) {
    for (const t of await prefixTerms(index, keys)) {
      if (!found.has(t.id)) found.set(t.id, { term: t, factor: PREFIX_FACTOR });
    }
  }
  const longest = Math.max(0, ...keys.map((k) => [...k].length));
  if (!known && found.size === 0 && longest >= TYPO_MIN) {
    for (const [key, terms] of await typoMatches(index, keys)) {
      hitKeys.add(key);
      for (const t of terms) if (!found.has(t.id)) found.set(t.id, { term: t, factor: TYPO_FACTOR });
    }
  }
  const matches = [...found.values()];
  if (exact > 0) await addSameTermKeys(index, keys, new Set(matches.map((m) => m.term.id)), hitKeys);
  // An unknown key too short for typo matching is left out rather than
  // matching nothing.
  const ignored = matches.length === 0 && stop.size === 0 && longest < TYPO_MIN;
  return {
    word, keys, matches, stop, ignored,
    hits: (key) => hitKeys.has(key) || prefixKeys.some((p) => key.startsWith(p)),
  };
}

/**
 * The most frequent terms of the keys that start with one of keys.
 * @param {SearchIndex} index @param {string[]} keys
 * @returns {Promise<Term[]>}
 */
async function prefixTerms(index, keys) {
  const terms = new Map();
  const elsewhere = new Set(); // names of terms in other chunks
  for (const key of keys) {
    await index.loadPrefixes(key);
    let prefixes = index.prefixesFor(key);
    if (prefixes.length > MAX_PREFIX_CHUNKS) prefixes = prefixes.filter((p) => p.length <= key.length);
    for (const c of await index.chunksOf(prefixes)) {
      for (const [k, refs] of Object.entries(c.k)) {
        if (!k.startsWith(key)) continue;
        for (const r of refs) {
          if (typeof r === "number") terms.set(c.terms[r].id, c.terms[r]);
          else elsewhere.add(r);
        }
      }
    }
  }
  // A term named from another chunk costs a fetch: only when the chunks
  // read have too few terms (a short prefix has thousands of keys).
  if (terms.size < MAX_EXPANSION && elsewhere.size > 0) {
    const wanted = [...elsewhere].sort().slice(0, MAX_EXPANSION);
    for (const t of await index.terms(null, wanted)) terms.set(t.id, t);
  }
  return [...terms.values()].sort((a, b) => b.df - a.df || (a.id < b.id ? -1 : 1)).slice(0, MAX_EXPANSION);
}

/**
 * The keys within one typo (two for long words) of one of keys, from the
 * chunk of the key, of the key without its second letter, and of the key
 * with its second and third letters swapped.
 * @param {SearchIndex} index @param {string[]} keys
 * @returns {Promise<Map<string, Term[]>>} key → its terms, best first, at most MAX_EXPANSION terms in all
 */
async function typoMatches(index, keys) {
  const near = []; // {key, dist, refs, chunk}
  for (const key of keys) {
    const c = [...key];
    if (c.length < TYPO_MIN) continue;
    const max = c.length >= TWO_TYPOS ? 2 : 1;
    const variants = [key, c[0] + c.slice(2).join(""), c[0] + c[2] + c[1] + c.slice(3).join("")];
    await index.loadPrefixes(key); // every variant starts with the key's letter
    const prefixes = new Set(variants.map((v) => index.prefixOf(v)).filter((p) => p !== null));
    for (const c of await index.chunksOf([...prefixes])) {
      for (const [k, refs] of Object.entries(c.k)) {
        const dist = distance(key, k, max);
        if (dist <= max) near.push({ key: k, dist, refs, chunk: c });
      }
    }
  }
  const out = new Map();
  const seen = new Set();
  let count = 0;
  near.sort((a, b) => a.dist - b.dist);
  for (const n of near) {
    if (count >= MAX_EXPANSION) break;
    const terms = (await index.terms(n.chunk, n.refs)).filter((t) => !seen.has(t.id)).sort((a, b) => b.df - a.df);
    terms.forEach((t) => seen.add(t.id));
    count += terms.length;
    out.set(n.key, [...(out.get(n.key) ?? []), ...terms]);
  }
  return out;
}

/**
 * Adds to hitKeys the keys of the loaded chunks of keys that produced one
 * of the matched terms, so that "partnerships" is highlighted for
 * "partnership".
 */
async function addSameTermKeys(index, keys, termIds, hitKeys) {
  for (const key of keys) {
    const c = await index.chunkOf(key);
    if (!c) continue;
    for (const [k, refs] of Object.entries(c.k)) {
      if (refs.some((r) => typeof r === "number" && termIds.has(c.terms[r].id))) hitKeys.add(k);
    }
  }
}

/**
 * The edit distance of a and b with swaps of neighbouring letters counting
 * as one edit (optimal string alignment), or max + 1 when it exceeds max.
 * @param {string} a @param {string} b @param {number} max
 */
export function distance(a, b, max) {
  [a, b] = [[...a], [...b]];
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}
