// excerpt.js: what a result shows of its page: the summary or a passage of
// its sections with the matched words in <mark>, and the sections that match.
// Text from the index only ever becomes text nodes, never HTML.

import { WORD, schemeFor } from "./analysis.js";

/** Characters of a passage from the sections. */
const PASSAGE = 180;
/** Characters of the passage shown before its first match. */
const LEAD = 50;
/** Sections listed under a result. */
const MAX_SECTIONS = 3;

/**
 * @typedef {import("./match.js").WordMatch} WordMatch
 * @typedef {import("./analysis.js").Analyzer} Analyzer
 * @typedef {{start: number, end: number, word: number}} Mark a matched word of a text
 */

/** Finds and marks the words of texts that match a query. */
export class Highlighter {
  /** @param {Analyzer} analyzer @param {WordMatch[]} words the query's words that count */
  constructor(analyzer, words) {
    this.analyzer = analyzer;
    this.words = words;
    /** @type {Map<string, number>} */
    this.cache = new Map();
    /** @type {Map<string, Mark[]>} marks of the texts marked so far (a result's title is marked when judged and when shown) */
    this.marked = new Map();
  }

  /**
   * Which query word a word of text in lang matches, or -1.
   * @param {string} w @param {string} scheme
   */
  match(w, scheme) {
    const id = scheme + "\u0000" + w;
    let i = this.cache.get(id);
    if (i === undefined) {
      const key = this.analyzer.key(w, scheme);
      i = this.words.findIndex((m) => m.hits(key));
      this.cache.set(id, i);
    }
    return i;
  }

  /**
   * The matched words of text, in order: the same array for the same text
   * (made once per query; not to be changed).
   * @param {string} text @param {string} lang the language of the text
   * @returns {Mark[]}
   */
  marks(text, lang) {
    const id = lang + "\u0000" + text;
    let out = this.marked.get(id);
    if (out) return out;
    const scheme = schemeFor(lang);
    out = [];
    for (const m of text.matchAll(WORD)) {
      const word = this.match(m[0], scheme);
      if (word >= 0) out.push({ start: m.index, end: m.index + m[0].length, word });
    }
    this.marked.set(id, out);
    return out;
  }
}

/** How many different query words marks cover. */
const distinct = (marks) => new Set(marks.map((m) => m.word)).size;

/**
 * The text from start to end with marks as <mark> elements, and an
 * ellipsis where it is cut.
 * @param {string} text @param {Mark[]} marks @param {number} [start] @param {number} [end]
 * @returns {DocumentFragment}
 */
export function marked(text, marks, start = 0, end = text.length) {
  const f = document.createDocumentFragment();
  let at = start;
  if (start > 0) f.append("… ");
  for (const m of marks) {
    if (m.start < start || m.end > end) continue;
    f.append(text.slice(at, m.start));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(m.start, m.end);
    f.append(mark);
    at = m.end;
  }
  f.append(text.slice(at, end));
  if (end < text.length) f.append(" …");
  return f;
}

/**
 * The passage of text, about PASSAGE characters cut at spaces, that holds
 * the most different matched words.
 * @param {string} text @param {Mark[]} marks
 * @returns {{start: number, end: number, count: number}}
 */
function passage(text, marks) {
  let best = { start: 0, end: text.length, count: 0 };
  if (text.length > PASSAGE) best.end = cutAfter(text, PASSAGE);
  for (const m of marks) {
    let start = Math.max(0, m.start - LEAD);
    if (start > 0) start = cutBefore(text, start, m.start);
    const end = start + PASSAGE >= text.length ? text.length : cutAfter(text, start + PASSAGE);
    const count = distinct(marks.filter((x) => x.start >= start && x.end <= end));
    if (count > best.count) best = { start, end, count };
  }
  return best;
}

/** The first space at or after i, or the text's end. */
function cutAfter(text, i) {
  const j = text.indexOf(" ", i);
  return j < 0 ? text.length : j;
}

/** Just after the first space at or after i and before limit, or i. */
function cutBefore(text, i, limit) {
  const j = text.indexOf(" ", i);
  return j < 0 || j >= limit ? i : j + 1;
}

/**
 * The text a result shows: its summary when that holds as many different
 * matched words as the best passage of its sections, else that passage.
 * @param {Highlighter} hl
 * @param {{s?: string, l: string}} record
 * @param {string[][]} sections [id, heading, text] each
 * @returns {DocumentFragment}
 */
export function excerpt(hl, record, sections) {
  const summary = record.s ?? "";
  const sm = hl.marks(summary, record.l);
  let best = null;
  for (const [, , text] of sections) {
    if (!text) continue;
    const marks = hl.marks(text, record.l);
    const p = passage(text, marks);
    if (!best || p.count > best.p.count) best = { text, marks, p };
  }
  if (summary && (!best || distinct(sm) >= best.p.count)) return marked(summary, sm);
  if (!best) return document.createDocumentFragment();
  return marked(best.text, best.marks, best.p.start, best.p.end);
}

/**
 * The sections of a page that match, best first: those with the most
 * different matched words, a match in the heading counting double.
 * @param {Highlighter} hl @param {{l: string}} record @param {string[][]} sections
 * @returns {{id: string, heading: DocumentFragment}[]}
 */
export function matchingSections(hl, record, sections) {
  const scored = [];
  sections.forEach(([id, heading, text], order) => {
    if (!id || !heading) return;
    const hm = hl.marks(heading, record.l);
    const score = 2 * distinct(hm) + distinct(hl.marks(text, record.l));
    if (score > 0) scored.push({ id, heading, hm, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_SECTIONS).map((s) => ({ id: s.id, heading: marked(s.heading, s.hm) }));
}

/**
 * The query words (indexes into hl.words) that a result's record shows:
 * in its title, summary or the headings it names (h).
 * @param {Highlighter} hl @param {{t: string, s?: string, l: string, h?: string[][]}} record
 * @returns {Set<number>}
 */
export function inRecord(hl, record) {
  const marks = [record.t, record.s ?? "", ...(record.h ?? []).map(([, heading]) => heading)].flatMap((t) => hl.marks(t, record.l));
  return new Set(marks.map((m) => m.word));
}

/**
 * The sections of document doc that hold best the query words its record
 * lacks, in order, as their chunks tell (docs/search-format.md,
 * chunk "x"): for each such word, that of its matching term that scores
 * highest in the document. Null when one is not told (a large site, a
 * posting past its term's first page, a word in no section, or one the
 * record shows but the highlighter did not find there): the result then
 * reads its whole text.
 * @param {Highlighter} hl
 * @param {{t: string, s?: string, l: string, h?: string[][]}} record @param {number} doc
 * @returns {number[]|null}
 */
export function sectionsFor(hl, record, doc) {
  const found = inRecord(hl, record);
  const out = new Set();
  for (const [w, word] of hl.words.entries()) {
    if (found.has(w) || word.stop.has(record.l)) continue;
    let best = -Infinity, at = null;
    for (const { term, factor } of word.matches) {
      const p = term.first;
      for (let j = 0; j < p.length; j += 2) {
        if (p[j] !== doc) continue;
        if (factor * p[j + 1] > best) [best, at] = [factor * p[j + 1], { term, j: j / 2 }];
        break;
      }
    }
    // A digit, "-" (none), or nothing where the chunk tells no sections
    // (a large site): parseInt(undefined, 36) would read "undefined".
    const digit = at?.term.x[at.j];
    const section = digit ? parseInt(digit, 36) : NaN;
    if (!(section >= 0)) return null;
    out.add(section);
  }
  return out.size > 0 ? [...out].sort((a, b) => a - b) : null;
}
