// likely.js: the word a reader most likely means by the letters typed so
// far, from the chunks already read: the page searches it ahead, while a
// short word is typed, so that the records of its first results are in
// before the key that completes it (docs/search-format.md, "First search").

/**
 * The key of chunks that starts with prefix and whose terms are in the
 * most documents of lang (of any language when lang is not given): on
 * the 10,000-page site "pag" gives "page" (2,000 English pages). Of keys
 * of equal frequency the shortest (the fewest letters still to type),
 * then the first in order. Terms named from another chunk are not
 * counted (their chunk may not be read). Null when no key starts with
 * prefix.
 * @param {import("./index.js").Chunk[]} chunks @param {string} prefix @param {string} [lang]
 * @returns {string|null}
 */
export function likelyKey(chunks, prefix, lang) {
  let best = null, bestDf = 0;
  for (const c of chunks) {
    for (const [key, refs] of Object.entries(c.k)) {
      if (!key.startsWith(prefix)) continue;
      let df = 0;
      for (const r of refs) {
        const t = typeof r === "number" ? c.terms[r] : undefined;
        if (t && (!lang || t.lang === lang)) df = Math.max(df, t.df);
      }
      if (df === 0) continue;
      if (df > bestDf || (df === bestDf && (key.length < best.length || (key.length === best.length && key < best)))) {
        [best, bestDf] = [key, df];
      }
    }
  }
  return best;
}
