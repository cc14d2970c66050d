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
 * @param {string} [lang] the reader's language (matchWord)
 * @param {() => boolean} [stale] true once the query is superseded: matching
 *   then stops at its next step and gives no words (counted and ranked empty)
 * @returns {Promise<{counted: WordMatch[], ranked: Word[]|null}>}
 */
export async function matchQuery(index, analyzer, text, open, lang, stale = () => false) {
  const list = words(text);
  const schemes = index.manifest.schemes;
  const matched = await Promise.all(list.map((w, i) =>
    matchWord(index, w, forms(analyzer, w, schemes), open && i === list.length - 1, lang, stale)));
  if (matched.includes(null)) return { counted: [], ranked: null };
  const counted = matched.filter((m) => !m.ignored);
  if (counted.length === 0 || counted.some((m) => m.matches.length === 0 && m.stop.size === 0)) return { counted, ranked: null };
  // While the last word is typed, its prefix matches stand for it: the
  // stop terms are read for a query that is complete, or matches nothing.
  if (!open || counted.every((m) => m.matches.length === 0)) await stopQuery(index, counted);
  const ranked = counted.map((m) => ({
    lists: m.matches.map((x) => ({ list: postingList(index, x.term), factor: x.factor })),
    stop: m.stop, exact: m.exact, bonus: m.bonus,
  }));
  return { counted, ranked };
}

/**
 * Makes a query of stop words alone match them: when every word is a stop
 * word in some language, each also matches its stop terms
 * ("=<key>|<lang>", the postings of the word as written in the languages
 * that drop it), and none is left out as a stop word.
 * @param {SearchIndex} index @param {WordMatch[]} counted
 */
async function stopQuery(index, counted) {
  if (counted.some((m) => m.stop.size === 0)) return;
  for (const m of counted) {
    const have = new Set(m.matches.map((x) => x.term.id));
    for (const lang of [...m.stop].sort()) {
      for (const key of m.keys) {
        const name = `=${key}|${lang}`;
        const t = (await index.chunkOf(name))?.byName.get(name);
        if (t && !have.has(t.id)) {
          have.add(t.id);
          m.matches.push({ term: t, factor: 1 });
        }
      }
    }
    m.stop = new Set();
  }
}
