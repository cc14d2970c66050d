// results.js: the list of results, a plain list of links. Each result's
// title is a link to its page and its matching sections are links to
// their headings, so that a reader can open any of them in a new tab,
// copy it or middle-click it. The arrow keys move the focus from the search
// box through these links and back (search.js); Enter follows the focused
// link as any link does.

import { excerpt, marked, matchingSections } from "./excerpt.js";

/**
 * Pixels at the bottom of the window where a result counts as not yet in
 * view: one whose title line alone peeks in loads its passage when the
 * reader scrolls on, not with the first search (a request fewer).
 */
export const PEEK = 48;

/**
 * @typedef {import("./excerpt.js").Highlighter} Highlighter
 * @typedef {{u: string, t: string, k: string, l: string, s: string, h?: string[][]}} Record
 *   h: the id and heading of the sections a record names (a case's teaching fields)
 * @typedef {{record: Record, sections: string[][], pending?: boolean}} Item
 *   pending: its sections are needed (its title, summary and the headings
 *   of its record lack a query word) and not loaded yet (the result keeps the room they take, so
 *   that results below it stay out of view)
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

/** A link with a class, an address and children. */
function link(className, href, ...children) {
  const a = el("a", className, ...children);
  a.href = href;
  return a;
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
    this.list.id = "search-list";
    this.list.setAttribute("aria-label", label);
    this.more = el("button", "search-more", strings.t("search.more"));
    this.more.type = "button";
    this.more.hidden = true;
    container.append(this.list, this.more);
  }

  /** The links shown, in order: each result's title, then its sections. */
  get links() {
    return [...this.list.querySelectorAll("a[href]")];
  }

  /** The results shown. */
  get hits() {
    return [...this.list.children];
  }

  /** The index among links of the focused link, or -1. */
  get focused() {
    return this.links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
  }

  /**
   * The indexes of the results that the window shows, wholly or in part,
   * but for one that only peeks in at its bottom edge (PEEK).
   */
  inView() {
    const out = [];
    this.hits.forEach((li, i) => {
      const r = li.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight - PEEK && r.height > 0) out.push(i);
    });
    return out;
  }

  /**
   * Puts item in the place of result i. A link of it that had the focus
   * hands it to the link at its place.
   * @param {number} i @param {Item} item @param {Highlighter} hl
   */
  replace(i, item, hl) {
    const old = this.hits[i];
    if (!old) return;
    const at = this.focused;
    const had = old.contains(document.activeElement);
    old.replaceWith(this.item(item, hl));
    if (had) this.focus(at);
  }

  /** Removes every result. */
  clear() {
    this.list.replaceChildren();
  }

  /**
   * Adds results at the end of the list.
   * @param {Item[]} items @param {Highlighter} hl
   * @returns {HTMLElement[]} the new results
   */
  append(items, hl) {
    const added = items.map((item) => this.item(item, hl));
    this.list.append(...added);
    return added;
  }

  /**
   * One result: its title linked to the page, its kind and language, the
   * excerpt and up to three matching sections, linked to their headings.
   * @param {Item} item @param {Highlighter} hl
   */
  item(item, hl) {
    const { record, sections } = item;
    const li = el("li", "search-hit");
    if (item.pending) li.dataset.pending = "";
    const href = safeHref(record.u);
    const title = link("search-hit-title", href, marked(record.t, hl.marks(record.t, record.l)));
    title.lang = record.l;
    const badges = el("span", "search-badges", el("span", "search-badge search-badge-kind", this.strings.kind(record.k)));
    if (record.l !== this.strings.lang) {
      // A page of another language (one not translated into the reader's
      // yet, or found with the language filter cleared).
      const lang = el("span", "search-badge lang-badge", record.l.toUpperCase());
      lang.lang = record.l;
      lang.title = this.strings.language(record.l);
      badges.append(" ", lang);
    }
    const text = el("p", "search-hit-text", excerpt(hl, record, sections));
    text.lang = record.l;
    li.append(el("div", "search-hit-head", title, " ", badges));
    // A term page's record has no summary (its title says what it is): no
    // empty paragraph under it, unless its text is on its way.
    if (item.pending || text.textContent) li.append(text);
    const subs = matchingSections(hl, record, sections).map((s) => {
      const a = link("search-hit-section", `${href}#${encodeURIComponent(s.id)}`, s.heading);
      a.lang = record.l;
      return el("li", "", a);
    });
    if (subs.length > 0) li.append(el("ul", "search-sections", ...subs));
    return li;
  }

  /**
   * Focuses link i (clamped to the links shown) and returns whether a
   * link took the focus.
   * @param {number} i
   */
  focus(i) {
    const links = this.links;
    const a = links[Math.max(0, Math.min(i, links.length - 1))];
    a?.focus();
    return a !== undefined;
  }
}
