// facets.js: the filters of search (docs/search-format.md, filters file).
// A selection keeps the documents that have one of the selected values of
// each facet: values of one facet are ORed, facets ANDed.

/** @typedef {Map<string, Set<string>>} Selection facet → selected values */

/**
 * A view's filters (docs/search-format.md, "Views") in the whole index's
 * form: each value's documents, as differences, become each document's
 * values; a document of another view has none, and every document is
 * the view's language's besides the language it is written in.
 * @param {{names: string[], facets: Object<string, {values: string[], in: number[][]}>}} data
 * @param {string} view its language
 */
export function fromView(data, view) {
  const facets = {};
  for (const [name, { values, in: lists }] of Object.entries(data.facets)) {
    const docs = [];
    lists.forEach((list, i) => {
      let d = 0;
      for (const gap of list) (docs[(d += gap)] ??= []).push(i);
    });
    const v = values.indexOf(view);
    if (name === "lang") docs.forEach((ls) => ls[0] !== v && ls.push(v));
    facets[name] = { values, docs };
  }
  return { names: data.names, facets };
}

export class Facets {
  /**
   * @param {{names: string[], facets: Object<string, {values: string[], docs: Array<number|number[]>}>}} data
   */
  constructor(data) {
    this.data = data;
    /** The facets, in the order they are shown: kind, lang and the site's taxonomies. */
    this.names = data.names.filter((f) => data.facets[f]);
  }

  /** @param {string} facet @returns {string[]} its values */
  values(facet) {
    return this.data.facets[facet].values;
  }

  /**
   * The indexes of the values doc has in facet.
   * @param {string} facet @param {number} doc @returns {number[]}
   */
  of(facet, doc) {
    const v = this.data.facets[facet].docs[doc];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  }

  /**
   * The first value of doc in facet, if any: its kind, or (lang) the
   * language it is written in, which comes before the languages whose
   * lists show it untranslated.
   * @param {string} facet @param {number} doc @returns {string|undefined}
   */
  value(facet, doc) {
    const f = this.data.facets[facet];
    const v = f?.docs[doc];
    const i = Array.isArray(v) ? v[0] : v;
    return typeof i === "number" ? f.values[i] : undefined;
  }

  /**
   * The selection as value indexes. Values the index lacks (from an old
   * address, say) are left out, and a facet left with none filters nothing.
   * @param {Selection} selection
   * @returns {Map<string, Set<number>>}
   */
  indexes(selection) {
    const out = new Map();
    for (const f of this.names) {
      const chosen = selection.get(f) ?? new Set();
      const want = new Set(this.values(f).flatMap((v, i) => (chosen.has(v) ? [i] : [])));
      if (want.size > 0) out.set(f, want);
    }
    return out;
  }

  /**
   * The facets whose selection doc fails.
   * @param {Map<string, Set<number>>} sel from indexes
   * @param {number} doc
   */
  failing(sel, doc) {
    const out = [];
    for (const [f, want] of sel) if (!this.of(f, doc).some((i) => want.has(i))) out.push(f);
    return out;
  }

  /**
   * A test of documents against a selection.
   * @param {Selection} selection @returns {(doc: number) => boolean}
   */
  accept(selection) {
    // failing's test without its arrays: ranking asks it of every posting
    // read (a frequent word's first results, hundreds at every keystroke).
    const sel = [...this.indexes(selection)].map(([f, want]) => [this.data.facets[f].docs, want]);
    return (doc) => sel.every(([docs, want]) => {
      const v = docs[doc];
      return Array.isArray(v) ? v.some((i) => want.has(i)) : v !== undefined && want.has(v);
    });
  }

  /**
   * For each facet and value, how many of docs the selection would keep if
   * that value were the only one selected in its facet besides the others
   * selected there: documents that pass the other facets' selections.
   * @param {number[]} docs @param {Selection} selection
   * @returns {Map<string, number[]>} facet → count per value index
   */
  counts(docs, selection) {
    const sel = this.indexes(selection);
    const counts = new Map(this.names.map((f) => [f, new Array(this.values(f).length).fill(0)]));
    for (const doc of docs) {
      const fails = this.failing(sel, doc);
      if (fails.length > 1) continue;
      for (const f of fails.length === 1 ? fails : this.names) {
        for (const i of new Set(this.of(f, doc))) counts.get(f)[i]++;
      }
    }
    return counts;
  }
}
