// results.js: the list of results, a listbox whose options hold the links,
// that the search box moves through with the arrow keys.

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
    this.more = el("button", "search-more", strings.t("search.more"));
    this.more.type = "button";
    this.more.hidden = true;
    container.append(this.list, this.more);
    this.active = -1;
  }

  /** The options shown. */
  get options() {
    return [...this.list.children];
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
    const start = this.list.children.length;
    const added = items.map((item, i) => this.option(item, hl, start + i));
    this.list.append(...added);
    return added;
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
    const title = el("a", "search-hit-title", marked(record.t, hl.marks(record.t, record.l)));
    title.href = safeHref(record.u);
    title.lang = record.l;
    const kind = el("span", "search-badge search-badge-kind", this.strings.kind(record.k));
    const lang = el("span", "search-badge search-badge-lang", this.strings.language(record.l));
    const text = el("p", "search-hit-text", excerpt(hl, record, sections));
    text.lang = record.l;
    li.append(el("div", "search-hit-head", title, " ", el("span", "search-badges", kind, " ", lang)), text);
    const subs = matchingSections(hl, record, sections);
    if (subs.length > 0) {
      const ul = el("ul", "search-hit-sections");
      ul.lang = record.l;
      for (const s of subs) {
        const a = el("a", "", s.heading);
        a.href = `${safeHref(record.u)}#${encodeURIComponent(s.id)}`;
        ul.append(el("li", "", a));
      }
      li.append(ul);
    }
    return li;
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

  /** The link of the active option, if any. */
  activeLink() {
    return this.options[this.active]?.querySelector("a") ?? null;
  }
}
