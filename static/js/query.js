// query.js: a query's words matched against the index (match.js) and made
// into the posting lists rank.js reads.

import { words } from "./analysis.js";
import { forms, matchWord } from "./match.js";
import { postingList } from "./rank.js";

/**
 * @typedef {import("./index.js").SearchIndex} SearchIndex
 * @typedef {import("./analysis.js").Analyzer} Analyzer
 * @typedef {import("./match.js").WordMatch} WordMatch
 * @typedef {import("./rank.js").Word} Word
 */

/**
 * Matches the words of text. A word the dictionary ignores (short and
 * unknown) is left out; a word that matches nothing and is a stop word
 * nowhere leaves no page (ranked is null).
 * @param {SearchIndex} index @param {Analyzer} analyzer @param {string} text
 * @param {boolean} open whether the last word is still being typed (matches as a prefix too)
 * @returns {Promise<{counted: WordMatch[], ranked: Word[]|null}>}
 */
export async function matchQuery(index, analyzer, text, open) {
  const list = words(text);
  const schemes = index.manifest.schemes;
  const matched = await Promise.all(list.map((w, i) =>
    matchWord(index, w, forms(analyzer, w, schemes), open && i === list.length - 1)));
  const counted = matched.filter((m) => !m.ignored);
  if (counted.length === 0 || counted.some((m) => m.matches.length === 0 && m.stop.size === 0)) return { counted, ranked: null };
  const ranked = counted.map((m) => ({
    lists: m.matches.map((x) => ({ list: postingList(index, x.term), factor: x.factor })),
    stop: m.stop,
  }));
  return { counted, ranked };
}
