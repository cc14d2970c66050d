// directory.js: the filters of a directory page (layouts/directory.html,
// docs/catalogue.md). Without this file the page lists every case or
// partner; with it the reader ticks values, and the list keeps the items
// that have one of the ticked values of each facet (values of one facet
// are ORed, facets ANDed). Each value shows how many items the list would
// hold were it ticked too. The selection lives in the address, as a form
// would write it (?sector=ngo&sector=library&country=bg; a value may also
// be a comma list, sector=ngo,library), so that it can be shared, and
// each change is a step of the history that Back undoes.

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

  /** Does item have one of the ticked values of every facet of sel? */
  const matches = (item, sel) => {
    for (const [facet, values] of sel) {
      if (values.size && !(item.facets[facet] ?? []).some((v) => values.has(v))) return false;
    }
    return true;
  };

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
    let n = 0;
    for (const item of items) {
      const on = matches(item, sel);
      item.li.hidden = !on;
      if (on) n++;
    }
    const counts = countAll(sel);
    for (const b of boxes) {
      b.closest("li").querySelector("[data-count]").textContent = strings.number.format(counts.get(b.name).get(b.value) ?? 0);
    }
    status.textContent = strings.n(countKey, n);
  };

  /**
   * For each facet and value, the number of items sel would show with the
   * value ticked too: the items that match the other facets and have
   * either one of the facet's ticked values or this value. One pass over
   * the items per facet.
   */
  const countAll = (sel) => {
    const out = new Map();
    for (const facet of facets) {
      const others = new Map(sel);
      others.delete(facet);
      const ticked = sel.get(facet);
      let already = 0;
      const more = new Map();
      for (const item of items) {
        if (!matches(item, others)) continue;
        const values = item.facets[facet] ?? [];
        if (ticked.size && values.some((v) => ticked.has(v))) {
          already++;
          continue;
        }
        for (const v of values) more.set(v, (more.get(v) ?? 0) + 1);
      }
      const counts = new Map();
      for (const b of boxes) if (b.name === facet) counts.set(b.value, already + (more.get(b.value) ?? 0));
      out.set(facet, counts);
    }
    return out;
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
