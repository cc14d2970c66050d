// match.js: which dictionary terms each word of a query matches
// (docs/search-format.md, "Query semantics"): the terms of its keys, for
// the last word also the terms of the keys it begins, and for a word that is
// not in the dictionary the terms it begins with and the terms of keys one
// or two typos away.

import { distance } from "./typo.js";

/** Score factors of prefix, stem and typo matches (one edit, two edits). */
export const PREFIX_FACTOR = 0.8;
export const STEM_FACTOR = 0.7;
/** Times the letters a stem lacks: what a shorter stem loses of STEM_FACTOR. */
const STEM_CUT_WEIGHT = 0.1;
export const TYPO_FACTORS = [1, 0.5, 0.25];

/**
 * The score factor of a typo match at dist edits that loses lost of the
 * letters typed (typo.js): one that loses some scores as one edit further,
 * up to two. A reader who left a letter out typed every other one, so
 * "vodti" is "voditi" before it is "vodi".
 * @param {number} dist @param {number} lost
 */
function typoFactor(dist, lost) {
  return TYPO_FACTORS[lost > 0 ? Math.min(dist + 1, TYPO_FACTORS.length - 1) : dist];
}
/**
 * Times a stem or typo reading in another language than the reader's: she
 * types in her language, so a reading in it comes first ("donesa" on a
 * Serbian page is a Serbian form before it is English "done"): below a
 * two-edit typo in hers (TYPO_FACTORS[2]).
 */
export const FOREIGN_FACTOR = 0.15;
/** At most this many terms match a word as a prefix, or (in each language) by a typo. */
const MAX_EXPANSION = 20;
/** A word of fewer letters than this gets no typo matching, and is ignored when unknown. */
const TYPO_MIN = 4;
/** A word of this many letters or more may have two typos. */
const TWO_TYPOS = 8;
/** A stem a word begins with has at least this many letters... */
const STEM_MIN = 4;
/** ...and lacks at most this many of the word's. */
const STEM_CUT = 4;
/** Typo matching reads the chunks of a word's first three letters when they are this many files or fewer. */
const MAX_TYPO_FILES = 8;
/** Prefix matching reads at most this many chunks. */
const MAX_PREFIX_CHUNKS = 8;

/**
 * @typedef {import("./index.js").Term} Term
 * @typedef {import("./index.js").SearchIndex} SearchIndex
 * @typedef {import("./analysis.js").Analyzer} Analyzer
 * @typedef {{term: Term, factor: number}} Match
 * @typedef {{key: string, units: string[], multi: string[]}} Form a key of the word, with its letters as typed (typo.js)
 * @typedef {object} WordMatch
 * @property {string} word     the word as typed
 * @property {string[]} keys   its keys
 * @property {Match[]} matches the terms it matches, with their score factors
 * @property {Set<string>} stop the languages in which the word is a stop word: documents in them do not need it
 * @property {boolean} ignored a short word the dictionary does not know
 * @property {Set<number>|null} exact the documents that hold the word as typed, when told apart from those with other forms of its stems
 * @property {number} bonus what holding it as typed adds to a document's score for the word
 * @property {(key: string) => boolean} hits whether a word of a page with this key is a match, for highlighting
 */

/**
 * The forms of a word: one key per transliteration scheme of the index
 * (they differ only for a Cyrillic word), with the word's letters keyed in
 * that scheme.
 * @param {Analyzer} analyzer @param {string} word @param {string[]} schemes
 * @returns {Form[]}
 */
export function forms(analyzer, word, schemes) {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  const out = new Map();
  for (const s of schemes) {
    const key = analyzer.key(word, s);
    if (!key) continue;
    const multi = cyrillic ? [...new Set([...analyzer.multiUnits(s), ...analyzer.foldMulti()])].sort() : analyzer.foldMulti();
    // Schemes that key the word alike may still spell other letters
    // differently: the key's inserted letters may be any of theirs
    // ("спрмо" is "sprmo" in every scheme, one "я" from Bulgarian "spryamo").
    const f = out.get(key);
    if (f) f.multi = [...new Set([...f.multi, ...multi])].sort();
    else out.set(key, { key, units: analyzer.units(word, s), multi });
  }
  return [...out.values()];
}

/**
 * Matches one word of a query: the terms of its keys; for the last word of
 * a query being typed also the terms of the keys it begins; for a word the
 * dictionary does not know the terms it begins with (the stems of its
 * other forms) and the terms of the keys one or two typos away, scored by
 * how far, evened out (evenOut) and, outside the reader's language, less.
 * @param {SearchIndex} index
 * @param {string} word
 * @param {Form[]} fs its forms (forms())
 * @param {boolean} last whether it is the last word of a query being typed
 *   (not followed by a space), which also matches as a prefix
 * @param {string} [lang] the reader's language: stem and typo readings in
 *   others score times FOREIGN_FACTOR
 * @param {() => boolean} [stale] true once the query is superseded
 * @returns {Promise<WordMatch|null>} null when the query went stale meanwhile:
 *   the searches of earlier keystrokes, which wait for the same chunks,
 *   stop there rather than each matching the word when the chunks arrive
 */
export async function matchWord(index, word, fs, last, lang, stale = () => false) {
  const keys = fs.map((f) => f.key);
  const found = new Map(); // term id → Match
  const add = (t, factor) => {
    if ((found.get(t.id)?.factor ?? 0) < factor) found.set(t.id, { term: t, factor });
  };
  const hitKeys = new Set(keys);
  const stop = new Set();
  let known = false;
  let exactDocs = new Set();
  let told = true; // every key with terms tells its documents apart
  for (const key of keys) {
    const c = await index.chunkOf(key);
    if (stale()) return null;
    if (!c) continue;
    if (Object.hasOwn(c.s, key)) {
      known = true;
      for (const lang of c.s[key]) stop.add(lang);
    }
    if (!Object.hasOwn(c.k, key)) continue;
    known = true;
    const terms = await index.terms(c, c.k[key]);
    if (stale()) return null;
    for (const t of terms) add(t, 1);
    if (terms.length === 0) continue;
    if (Object.hasOwn(c.e, key)) {
      let d = 0;
      for (const delta of c.e[key]) exactDocs.add((d += delta)); // each after the first as a difference
    } else told = false;
  }
  if (!told || exactDocs.size === 0) exactDocs = null;
  // The best score of any of its terms (postings come best first): a
  // document with the form as typed ranks above every one with only
  // other forms.
  const bonus = exactDocs ? Math.max(0, ...[...found.values()].map((m) => m.term.first[1] ?? 0)) : 0;
  const exact = found.size;
  const prefixKeys = last ? keys : [];
  if (last) {
    const prefixed = await prefixTerms(index, keys);
    if (stale()) return null;
    for (const t of prefixed) add(t, PREFIX_FACTOR);
  }
  const longest = Math.max(0, ...fs.map((f) => f.units.length));
  if (!known && found.size === 0 && longest >= TYPO_MIN) {
    // A word may be another form of a stem or a typo of another word:
    // both readings match, and evenOut gives each its place.
    const stems = await stemTerms(index, keys);
    if (stale()) return null;
    const typos = await typoMatches(index, fs);
    if (stale()) return null;
    for (const [key, { dist, lost, terms }] of typos) {
      hitKeys.add(key);
      for (const t of terms) add(t, typoFactor(dist, lost));
    }
    // A word that is a word of the site with letters left out is that word
    // before it is another form of a stem that lacks more of the letters
    // typed: "pritske" is "pritiske" before it is "prit" (of "priti") with
    // another ending.
    const kept = keptTypos(typos);
    for (const { term, cut } of stems) {
      let f = STEM_FACTOR * (1 - STEM_CUT_WEIGHT * cut);
      const k = kept.get(term.lang);
      if (k !== undefined && cut > k) f *= TYPO_FACTORS[1] ** (cut - k);
      add(term, f);
    }
    evenOut(found);
    if (lang) for (const m of found.values()) if (m.term.lang !== lang) m.factor *= FOREIGN_FACTOR;
  }
  const matches = [...found.values()];
  if (exact > 0) await addSameTermKeys(index, keys, new Set(matches.map((m) => m.term.id)), hitKeys);
  // An unknown key too short for typo matching is left out rather than
  // matching nothing.
  const ignored = matches.length === 0 && stop.size === 0 && longest < TYPO_MIN;
  return {
    word, keys, matches, stop, ignored, exact: exactDocs, bonus,
    hits: (key) => hitKeys.has(key) || prefixKeys.some((p) => key.startsWith(p)),
  };
}

/**
 * By language, the fewest edits of a typo reading that keeps every letter
 * typed in order (only letters the reader left out).
 * @param {Map<string, {dist: number, lost: number, terms: Term[]}>} typos typoMatches()
 * @returns {Map<string, number>}
 */
function keptTypos(typos) {
  const kept = new Map();
  for (const { dist, lost, terms } of typos.values()) {
    if (lost > 0) continue;
    for (const t of terms) if (!(kept.get(t.lang) <= dist)) kept.set(t.lang, dist);
  }
  return kept;
}

/**
 * Scales the factors of a word's stem and typo matches so that each
 * term's best document scores the same, times the term's factor: which of
 * them the reader meant is not known, and a near word on many pages, or in
 * titles, would otherwise fill the first results while the page with the
 * rare word meant ranks below them. Each reading's best page comes first,
 * nearer readings first.
 * @param {Map<string, Match>} found
 */
function evenOut(found) {
  const most = Math.max(0, ...[...found.values()].map((m) => m.term.first[1] ?? 0));
  for (const m of found.values()) {
    const top = m.term.first[1] ?? 0;
    if (top > 0) m.factor = m.factor * (most / top);
  }
}

/**
 * The terms that keys begin with, in each language the longest, of at
 * least STEM_MIN letters and lacking at most STEM_CUT: the stem that the
 * index made of the other forms of a word ("szkoła", a form found nowhere,
 * begins with "szkol", the stem of "szkołami").
 * @param {SearchIndex} index @param {string[]} keys
 * @returns {Promise<{term: Term, cut: number}[]>} each with the number of letters the stem lacks
 */
async function stemTerms(index, keys) {
  const out = new Map(); // language → {term, cut}
  for (const key of keys) {
    const c = [...key];
    for (let n = c.length; n >= Math.max(STEM_MIN, c.length - STEM_CUT); n--) {
      const stem = c.slice(0, n).join("");
      for (const lang of index.manifest.languages) {
        if (out.has(lang)) continue;
        const name = `${stem}|${lang}`;
        const t = (await index.chunkOf(name))?.byName.get(name);
        if (t) out.set(lang, { term: t, cut: c.length - n });
      }
    }
  }
  return [...out.values()];
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
 * The keys within one typo (two for words of TWO_TYPOS letters or more) of
 * one of forms, from the chunk of the key, of the key without its second
 * letter, and of the key with its second and third letters swapped.
 * @param {SearchIndex} index @param {Form[]} fs
 * @returns {Promise<Map<string, {dist: number, lost: number, terms: Term[]}>>} key → its distance,
 *   the typed letters it loses (typo.js) and its terms: keys nearest first (fewest edits, then
 *   fewest letters lost), then by key, each key's terms most frequent first, up to MAX_EXPANSION
 *   terms of each language (so that one language's many near words do not crowd out another's)
 */
async function typoMatches(index, fs) {
  const near = new Map(); // key → {key, dist, lost, refs, chunk}
  for (const { key, units, multi } of fs) {
    const c = [...key];
    if (units.length < TYPO_MIN) continue;
    const max = units.length >= TWO_TYPOS ? 2 : 1;
    const variants = [key, c[0] + c.slice(2).join(""), c[0] + (c[2] ?? "") + c[1] + c.slice(3).join("")];
    await index.loadPrefixes(key); // every variant starts with the key's letter
    const prefixes = new Set(variants.map((v) => index.prefixOf(v)).filter((p) => p !== null));
    // A typo in the third or fourth letter moves a key to another chunk:
    // the chunks of the keys that share the first three letters too,
    // unless they are many files.
    const below = index.prefixesFor(c.slice(0, 3).join(""));
    if (new Set(below.map((p) => index.known.get(p))).size <= MAX_TYPO_FILES) below.forEach((p) => prefixes.add(p));
    for (const ch of await index.chunksOf([...prefixes])) {
      for (const [k, refs] of Object.entries(ch.k)) {
        const { dist, lost } = distance(units, k, multi, max);
        const old = near.get(k);
        if (dist <= max && !(old && (old.dist < dist || (old.dist === dist && old.lost <= lost)))) near.set(k, { key: k, dist, lost, refs, chunk: ch });
      }
    }
  }
  const out = new Map();
  const seen = new Set();
  const count = new Map(); // language → terms taken
  const sorted = [...near.values()].sort((a, b) => a.dist - b.dist || a.lost - b.lost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const n of sorted) {
    const terms = [];
    for (const t of (await index.terms(n.chunk, n.refs)).sort(byFrequency)) {
      if (seen.has(t.id) || (count.get(t.lang) ?? 0) >= MAX_EXPANSION) continue;
      seen.add(t.id);
      count.set(t.lang, (count.get(t.lang) ?? 0) + 1);
      terms.push(t);
    }
    if (terms.length > 0) out.set(n.key, { dist: n.dist, lost: n.lost, terms });
  }
  return out;
}

/** Orders terms most frequent first, then by name. */
const byFrequency = (a, b) => b.df - a.df || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

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
