// typo.js: how far a word as typed is from a key of the dictionary
// (docs/search-format.md, "Query semantics"). internal/search/distance.go
// counts the same way.

/**
 * The edit distance between a word typed, given as its letters keyed one by
 * one (Analyzer.units), and a key: keeping a letter costs nothing; dropping
 * one, inserting one, replacing one, or swapping two neighbours costs one
 * edit. An inserted or replacing letter is one character of the key or one
 * of multi, the Latin forms of several characters that one letter of the
 * word's script takes (for a Cyrillic word: ch, sh, sht ...), so that a
 * Bulgarian word typed without its "ч" is one edit from the key with "ch".
 * Of the ways with the fewest edits, lost counts the typed letters that the
 * one keeping most in order drops, replaces or swaps (one a swap): "vodti"
 * is one edit from both "voditi" (a letter the reader left out, none lost)
 * and "vodi" (the "t" lost).
 * @param {string[]} units the letters typed, each keyed
 * @param {string} key
 * @param {string[]} multi
 * @param {number} max
 * @returns {{dist: number, lost: number}} the distance, or max + 1 (none
 *   lost) when it exceeds max, and the typed letters lost
 */
export function distance(units, key, multi, max) {
  const k = [...key];
  const u = units.map((x) => [...x]);
  const n = u.length, m = k.length;
  const mu = multi.map((x) => [...x]);
  // ends[j]: the lengths of the units of the key that end at j.
  const ends = [];
  for (let j = 0; j <= m; j++) {
    const ls = j > 0 ? [1] : [];
    for (const x of mu) if (x.length <= j && endsWith(k, j, x)) ls.push(x.length);
    ends.push(ls);
  }
  // A cost is edits × EDIT_COST + typed letters lost: fewer edits first,
  // then fewer letters lost (never more than the edits).
  const edit = EDIT_COST, drop = EDIT_COST + 1;
  const over = (max + 1) * EDIT_COST; // the least cost of more than max edits
  const d = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(Infinity));
  d[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    let rowMin = Infinity;
    for (let j = 0; j <= m; j++) {
      let best = d[i][j];
      if (i > 0) best = Math.min(best, d[i - 1][j] + drop); // a typed letter dropped
      for (const l of ends[j]) {
        best = Math.min(best, d[i][j - l] + edit); // a letter of the key inserted
        if (i > 0) best = Math.min(best, d[i - 1][j - l] + drop); // a typed letter replaced
      }
      if (i > 0 && endsWith(k, j, u[i - 1])) best = Math.min(best, d[i - 1][j - u[i - 1].length]);
      if (i > 1) {
        const a = u[i - 1], b = u[i - 2]; // typed b then a; the key has a then b
        if (endsWith(k, j, b) && endsWith(k, j - b.length, a)) best = Math.min(best, d[i - 2][j - a.length - b.length] + drop); // out of order
      }
      d[i][j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin >= over && (i === 0 || Math.min(...d[i - 1]) >= over)) return { dist: max + 1, lost: 0 };
  }
  if (d[n][m] >= over) return { dist: max + 1, lost: 0 };
  return { dist: Math.floor(d[n][m] / EDIT_COST), lost: d[n][m] % EDIT_COST };
}

/**
 * What one edit costs in distance's sums, above the typed letters it may
 * lose (at most one an edit, and a word has at most two).
 */
const EDIT_COST = 4;

/** Reports whether the characters k[..j) end with x. */
function endsWith(k, j, x) {
  if (x.length > j) return false;
  for (let i = 0; i < x.length; i++) if (k[j - x.length + i] !== x[i]) return false;
  return true;
}
