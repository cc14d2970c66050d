// directory.js: the filters of a directory page (layouts/directory.html,
// docs/catalogue.md). Without this file the page lists every case or
// partner; with it the reader ticks values, and the list keeps the items
// that have one of the ticked values of each facet (values of one facet
// are ORed, facets ANDed). Each value shows how many items the list would
// hold were it ticked too. The selection lives in the address, as a form
// would write it (?sector=ngo&sector=library&country=bg; a value may also
// be a comma list, sector=ngo,library), so that it can be shared, and
// each change is a step of the history that Back undoes. The filtering
// and counting are search's (facets.js), on the page's items.

import { Facets } from "./facets.js";
import { Strings } from "./strings.js";

const root = document.querySelector(".directory");
if (root) enhance(root);

/** @typedef {Map<string, Set<string>>} Selection facet → ticked values */

function enhance(root) {
  const panel = root.querySelector(".directory-filters");
  const form = panel.querySelector("form");
  const status = root.querySelector("#directory-count");
  const strings = new Strings(JSON.parse(document.getElementById("directory-strings").textContent), document.documentElement.lang);
  const countKey = Object.keys(strings.data)[0];
  const items = [...root.querySelectorAll(".directory-item")].map((li) => ({ li, facets: JSON.parse(li.dataset.facets) }));
  const boxes = [...form.querySelectorAll("input[type=checkbox]")];
  const facets = [...new Set(boxes.map((b) => b.name))];
  const index = new Facets(facetData(facets, boxes, items));
  const docs = items.map((_, d) => d);
  /** The index of each box's value among its facet's values. */
  const boxIndex = boxes.map((b) => index.values(b.name).indexOf(b.value));

  /** The selection the check boxes show. */
  const ticked = () => {
    const sel = new Map(facets.map((f) => [f, new Set()]));
    for (const b of boxes) if (b.checked) sel.get(b.name).add(b.value);
    return sel;
  };

  /** The selection an address asks for; values the page has not are left out. */
  const fromAddress = (search) => {
    const params = new URLSearchParams(search);
    const sel = new Map(facets.map((f) => [f, new Set()]));
    for (const [facet, value] of params) {
      if (!sel.has(facet)) continue;
      for (const v of value.split(",")) {
        if (boxes.some((b) => b.name === facet && b.value === v)) sel.get(facet).add(v);
      }
    }
    return sel;
  };

  /** The query string of sel, facets and values in the page's order. */
  const toAddress = (sel) => {
    const params = new URLSearchParams();
    for (const b of boxes) if (sel.get(b.name).has(b.value)) params.append(b.name, b.value);
    const q = params.toString();
    return q ? "?" + q : "";
  };

  /** Shows sel: ticks, hides the items that do not match, counts. */
  const show = (sel) => {
    for (const b of boxes) b.checked = sel.get(b.name).has(b.value);
    const accept = index.accept(sel);
    const shown = docs.filter(accept);
    const on = new Set(shown);
    items.forEach((item, d) => (item.li.hidden = !on.has(d)));
    const counts = countAll(sel, shown);
    boxes.forEach((b, i) => {
      b.closest("li").querySelector("[data-count]").textContent = strings.number.format(counts.get(b.name)[boxIndex[i]]);
    });
    status.textContent = strings.n(countKey, shown.length);
  };

  /**
   * For each facet and value, the number of items sel would show with the
   * value ticked too. Facets.counts gives the items that match the other
   * facets and have the value; in a facet with ticked values, the items
   * shown already stay shown too, so those without the value are added.
   */
  const countAll = (sel, shown) => {
    const counts = index.counts(docs, sel);
    for (const facet of index.indexes(sel).keys()) {
      const row = counts.get(facet);
      const lacking = row.map(() => shown.length);
      for (const d of shown) for (const i of new Set(index.of(facet, d))) lacking[i]--;
      row.forEach((n, i) => (row[i] = n + lacking[i]));
    }
    return counts;
  };

  form.addEventListener("change", () => {
    const sel = ticked();
    history.pushState(null, "", location.pathname + toAddress(sel) + location.hash);
    show(sel);
  });
  form.addEventListener("reset", (e) => {
    e.preventDefault();
    const sel = new Map(facets.map((f) => [f, new Set()]));
    history.pushState(null, "", location.pathname + location.hash);
    show(sel);
  });
  addEventListener("popstate", () => show(fromAddress(location.search)));

  panel.hidden = false;
  // Open on a wide screen, or when the address has filters to show.
  const initial = fromAddress(location.search);
  panel.open = matchMedia("(min-width: 60rem)").matches || [...initial.values()].some((s) => s.size > 0);
  show(initial);
}

/**
 * The page's items in the shape facets.js reads (docs/search-format.md,
 * filters file): each facet's values in the order of its check boxes, and
 * each item's values as indexes into them.
 * @param {string[]} facets @param {HTMLInputElement[]} boxes
 * @param {{facets: Object<string, string[]>}[]} items
 */
function facetData(facets, boxes, items) {
  const data = { names: facets, facets: {} };
  for (const f of facets) {
    const values = boxes.filter((b) => b.name === f).map((b) => b.value);
    const docs = items.map((item) => (item.facets[f] ?? []).map((v) => values.indexOf(v)).filter((i) => i >= 0));
    data.facets[f] = { values, docs };
  }
  return data;
}
