// results.js: the list of results, a listbox that the search box moves
// through with the arrow keys. A listbox option may hold nothing
// interactive, so options are not links: each carries its address, and
// choosing it (Enter, or a click) opens it. The matching sections of a
// result follow it as options of their own.

import { excerpt, marked, matchingSections } from "./excerpt.js";

/**
 * @typedef {import("./excerpt.js").Highlighter} Highlighter
 * @typedef {{u: string, t: string, k: string, l: string, s?: string}} Record
 * @typedef {{record: Record, sections: string[][]}} Item
 */

/** Creates an element with a class and children (strings become text). */
function el(tag, className, ...children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

/**
 * The link to a page of the index, or "#" for anything that is not a
 * plain http(s) address (a javascript: URL in the data never becomes a link).
 * @param {string} url
 */
function safeHref(url) {
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#";
  } catch {
    return "#";
  }
}

export class ResultList {
  /**
   * @param {HTMLElement} container where the list goes
   * @param {import("./strings.js").Strings} strings
   * @param {string} label the list's accessible name
   */
  constructor(container, strings, label) {
    this.strings = strings;
    this.list = el("ol", "search-list");
    this.list.id = "search-listbox";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", label);
    this.list.addEventListener("click", (e) => {
      const o = e.target.closest("[role=option]");
      if (o?.dataset.href) location.assign(o.dataset.href);
    });
    this.more = el("button", "search-more", strings.t("search.more"));
    this.more.type = "button";
    this.more.hidden = true;
    container.append(this.list, this.more);
    this.active = -1;
  }

  /** The options shown: results and their sections. */
  get options() {
    return [...this.list.children];
  }

  /** The results shown (without their sections). */
  get hits() {
    return this.options.filter((o) => o.classList.contains("search-hit"));
  }

  /** Removes every result. */
  clear() {
    this.list.replaceChildren();
    this.active = -1;
  }

  /**
   * Adds results at the end of the list.
   * @param {Item[]} items @param {Highlighter} hl
   * @returns {HTMLElement[]} the new options
   */
  append(items, hl) {
    const start = this.hits.length;
    const added = items.map((item, i) => this.option(item, hl, start + i));
    this.list.append(...added.flat());
    return added.map((a) => a[0]);
  }

  /**
   * One result: its title linked to the page, its kind and language, the
   * excerpt and up to three matching sections.
   * @param {Item} item @param {Highlighter} hl @param {number} n
   */
  option({ record, sections }, hl, n) {
    const li = el("li", "search-hit");
    li.id = `search-opt-${n}`;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.dataset.href = safeHref(record.u);
    const title = el("span", "search-hit-title", marked(record.t, hl.marks(record.t, record.l)));
    title.lang = record.l;
    const kind = el("span", "search-badge search-badge-kind", this.strings.kind(record.k));
    const lang = el("span", "search-badge search-badge-lang", this.strings.language(record.l));
    const text = el("p", "search-hit-text", excerpt(hl, record, sections));
    text.lang = record.l;
    li.append(el("div", "search-hit-head", title, " ", el("span", "search-badges", kind, " ", lang)), text);
    const subs = matchingSections(hl, record, sections).map((s, k) => {
      const o = el("li", "search-hit-section", s.heading);
      o.id = `search-opt-${n}-${k}`;
      o.lang = record.l;
      o.setAttribute("role", "option");
      o.setAttribute("aria-selected", "false");
      o.dataset.href = `${safeHref(record.u)}#${encodeURIComponent(s.id)}`;
      return o;
    });
    return [li, ...subs];
  }

  /**
   * Makes option i the active one (-1: none) and returns its id, or "".
   * @param {number} i
   */
  setActive(i) {
    const opts = this.options;
    this.active = Math.max(-1, Math.min(i, opts.length - 1));
    opts.forEach((o, j) => o.setAttribute("aria-selected", String(j === this.active)));
    const cur = opts[this.active];
    if (!cur) return "";
    cur.scrollIntoView({ block: "nearest" });
    return cur.id;
  }

  /** The address of the active option, or "". */
  activeHref() {
    return this.options[this.active]?.dataset.href ?? "";
  }
}
