// filters.js: the filter panel, a fieldset of checkboxes per facet with the
// number of results each value would give. The controls are made once and
// then only updated, so that focus stays where the reader is.

/**
 * @typedef {import("./facets.js").Facets} Facets
 * @typedef {import("./facets.js").Selection} Selection
 * @typedef {import("./strings.js").Strings} Strings
 */

/** The legend string of each facet. */
const LEGENDS = { kind: "facet.kind", lang: "facet.lang" };

export class FilterPanel {
  /**
   * @param {HTMLElement} root the panel (a <details> with a <summary>)
   * @param {Facets} facets @param {Strings} strings
   * @param {(facet: string, value: string, on: boolean) => void} onChange
   * @param {() => void} onClear
   */
  constructor(root, facets, strings, onChange, onClear) {
    this.root = root;
    this.facets = facets;
    /** @type {Map<string, {fieldset: HTMLFieldSetElement, rows: {li: HTMLLIElement, input: HTMLInputElement, count: HTMLElement}[]}>} */
    this.groups = new Map();
    const body = root.querySelector(".search-facets") ?? root;
    body.replaceChildren(); // a panel made again (the index opened again) replaces the old one and its count
    root.querySelector("summary .count")?.remove();
    for (const f of facets.names) {
      const fieldset = document.createElement("fieldset");
      fieldset.className = "search-facet";
      const legend = document.createElement("legend");
      legend.textContent = strings.t(LEGENDS[f] ?? `taxonomy.${f}`);
      const ul = document.createElement("ul");
      const rows = facets.values(f).map((value, i) => {
        const input = document.createElement("input");
        input.type = "checkbox";
        input.name = f;
        input.value = value;
        input.id = `search-f-${f}-${i}`;
        input.addEventListener("change", () => onChange(f, value, input.checked));
        const label = document.createElement("label");
        label.htmlFor = input.id;
        const count = document.createElement("span");
        count.className = "count";
        label.append(this.label(f, value, strings), " ", count);
        const li = document.createElement("li");
        li.append(input, label);
        ul.append(li);
        return { li, input, count };
      });
      fieldset.append(legend, ul);
      body.append(fieldset);
      this.groups.set(f, { fieldset, rows });
    }
    this.clear = document.createElement("button");
    this.clear.type = "button";
    this.clear.className = "search-clear";
    this.clear.textContent = strings.t("search.clear");
    this.clear.addEventListener("click", onClear);
    body.append(this.clear);
    this.badge = document.createElement("span");
    this.badge.className = "count";
    root.querySelector("summary")?.append(" ", this.badge);
  }

  /** The label of a value: a kind, a language or a taxonomy term. */
  label(facet, value, strings) {
    if (facet === "kind") return strings.kind(value);
    if (facet === "lang") return strings.language(value);
    return strings.term(facet, value);
  }

  /**
   * Shows the selection and the counts; a value with no results is hidden
   * unless it is selected, a value not counted (null) shows with no count,
   * and a facet with nothing to show is hidden.
   * @param {Selection} selection @param {Map<string, Array<number|null>>} counts
   */
  update(selection, counts) {
    let selected = 0;
    for (const [f, { fieldset, rows }] of this.groups) {
      const chosen = selection.get(f) ?? new Set();
      const n = counts.get(f) ?? [];
      let visible = 0;
      rows.forEach((row, i) => {
        row.input.checked = chosen.has(row.input.value);
        // null: not counted (a value the search did not look in).
        row.count.textContent = n[i] === null ? "" : `(${n[i] ?? 0})`;
        row.li.hidden = !row.input.checked && !n[i] && n[i] !== null;
        if (!row.li.hidden) visible++;
        if (row.input.checked) selected++;
      });
      fieldset.hidden = visible === 0;
    }
    this.clear.hidden = selected === 0;
    this.badge.textContent = selected > 0 ? `(${selected})` : "";
  }
}
