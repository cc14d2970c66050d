// search.js: the search page (layouts/search.html), searching the static
// index of docs/search-format.md as the reader types. It wires the modules
// together: analysis (words to keys), index (files), query and match (keys
// to terms), rank (terms to documents), facets and filters (filtering), results and
// excerpt (what is shown).
//
// #search[data-state] is "busy" while a search runs and "done" when its
// results, counts and status are shown; data-query then holds the text
// searched and data-seq the number of the search, which grows.
// data-shown is the text whose results the list shows (titles first);
// data-ahead the text last searched ahead (searchAhead) once the records
// of its first results are in.

import { Analyzer, words } from "./analysis.js";
import { Highlighter, inRecord, sectionsFor } from "./excerpt.js";
import { FilterPanel } from "./filters.js";
import { SearchIndex } from "./index.js";
import { likelyKey } from "./likely.js";
import { matchQuery } from "./query.js";
import { all, top } from "./rank.js";
import { PEEK, ResultList } from "./results.js";
import { Strings } from "./strings.js";

/** Results shown at first, and added by "More results". */
const PAGE = 10;
/**
 * Milliseconds of quiet typing before a search fetches the texts of the
 * results in view that need them (sections, one file per result, the
 * largest files a search reads) and all its postings (for the count and
 * the filters). Titles and summaries show at every keystroke; a result
 * whose title, summary and the headings its record names lack a query
 * word fetches its text when it comes into view, for a passage that has
 * it.
 */
const EXCERPT_PAUSE = 150;
/**
 * A word being typed that is shorter than this (in characters) is searched
 * only once typing pauses for SHORT_PAUSE: as a prefix it stands for a
 * large part of the dictionary (several chunk files) and matches most
 * pages, so searching it at every keystroke fetches what the next letter
 * makes useless.
 */
const SHORT = 4;
const SHORT_PAUSE = 300;
/** A query that ends in a space or punctuation has no word being typed. */
const ENDS_WORD = /[^\p{L}\p{N}\p{M}]$/u;
/** Windows at least this wide show the filters open. */
const WIDE = "(min-width: 48rem)";

/** The search page's controller: state, URL, keyboard and rendering. */
class SearchPage {
  /** @param {HTMLElement} root #search */
  constructor(root) {
    this.root = root;
    this.lang = root.dataset.lang ?? document.documentElement.lang;
    const data = JSON.parse(document.getElementById("search-strings")?.textContent ?? "{}");
    this.strings = new Strings(data, this.lang);
    this.input = /** @type {HTMLInputElement} */ (root.querySelector("#search-q"));
    this.form = root.querySelector("form");
    this.status = root.querySelector(".search-status");
    this.panel = /** @type {HTMLDetailsElement} */ (root.querySelector(".search-filters"));
    const label = root.querySelector(`label[for="${this.input.id}"]`)?.textContent ?? "";
    this.results = new ResultList(root.querySelector(".search-results"), this.strings, label);
    this.seq = 0; // the number of the latest search; older ones stop
    /** @type {{doc: number, score: number}[]} the results of the latest search, filtered */
    this.hits = [];
    this.shown = 0;
    this.typed = undefined; // when the last keystroke was typed (performance.now)
    this.highlighter = null;
    /** @type {{doc: number, record: object}[]} the results shown, in order */
    this.items = [];
    // Loads the text of a result that scrolls into view, once more than
    // its title's line shows: one that only peeks in at the bottom edge
    // loads when the reader scrolls on.
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) this.loadText(/** @type {HTMLElement} */ (e.target));
    }, { rootMargin: `0px 0px -${PEEK}px 0px` });
    this.readURL();
    this.wire();
    this.ready = this.load();
    this.ready.catch((err) => console.error(err));
    this.run();
  }

  /**
   * Opens the index and reads the analysis tables and the filters: from
   * the manifest the page carries (#search-manifest, its view's), unless
   * fresh or the page carries none, else from the manifest fetched.
   * @param {boolean} [fresh]
   */
  async load(fresh = false) {
    const index = await SearchIndex.open(this.root.dataset.manifest, undefined, !fresh && document.getElementById("search-manifest")?.textContent);
    const [tables, facets] = await Promise.all([index.analysis(), index.facets()]);
    this.index = index;
    this.analyzer = new Analyzer(tables);
    this.facets = facets;
    const lang = facets.data.facets.lang;
    if (lang) index.makeViews(lang); // once, before the first search, which reads records
    const langs = this.facets.names.includes("lang") ? this.facets.values("lang") : [];
    this.defaultLang = langs.includes(this.lang) ? this.lang : null;
    if (!fresh && this.langFromDefault && this.defaultLang) this.selection.set("lang", new Set([this.defaultLang]));
    this.filterPanel = new FilterPanel(this.panel, this.facets, this.strings,
      (f, v, on) => this.toggle(f, v, on), () => this.clearFilters());
    this.panel.open = window.matchMedia(WIDE).matches;
  }

  /**
   * Takes the query and the filters from the address (?q=...&kind=case).
   * Every other parameter is a filter; those the index has no facet for
   * filter nothing (Facets.indexes).
   */
  readURL() {
    const p = new URLSearchParams(location.search);
    this.input.value = p.get("q") ?? "";
    /** @type {import("./facets.js").Selection} */
    this.selection = new Map();
    for (const f of new Set(p.keys())) {
      if (f !== "q") this.selection.set(f, new Set(p.getAll(f).filter(Boolean)));
    }
    // Without lang in the address the page's language is pre-selected;
    // "lang=" (empty) records that the reader cleared it.
    this.langFromDefault = !p.has("lang");
  }

  /** Writes the query and the filters to the address, for sharing. */
  writeURL() {
    const p = new URLSearchParams();
    if (this.input.value.trim()) p.set("q", this.input.value);
    for (const f of this.facets?.names ?? this.selection.keys()) {
      const sel = [...(this.selection.get(f) ?? [])];
      if (f === "lang" && this.defaultLang) {
        if (sel.length === 1 && sel[0] === this.defaultLang) continue;
        if (sel.length === 0) p.append("lang", "");
      }
      for (const v of sel) p.append(f, v);
    }
    const query = p.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  /** Wires the events of the search box, the form and the results. */
  wire() {
    const { input } = this;
    input.addEventListener("input", () => {
      // Every keystroke searches; a newer search makes the older one stop
      // at its next step. Until typing pauses a search fetches only what
      // the first results need (dictionary, their postings, their records).
      this.typed = performance.now();
      this.run();
    });
    input.addEventListener("keydown", (e) => this.key(e));
    this.results.list.addEventListener("keydown", (e) => this.linkKey(e));
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.runNow();
    });
    this.results.more.addEventListener("click", () => this.showMore());
  }

  /** In the search box: Down goes to the first result, Escape clears. */
  key(e) {
    if (e.key === "ArrowDown" && this.results.focus(0)) {
      e.preventDefault();
    } else if (e.key === "Escape" && this.input.value !== "") {
      e.preventDefault();
      this.input.value = "";
      this.runNow();
    }
  }

  /**
   * On a result's link: Down and Up go to the next and previous link (Up
   * from the first back to the search box), Escape back to the search
   * box. Enter follows the link, as on any link.
   */
  linkKey(e) {
    const move = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    const at = this.results.focused;
    if (at < 0 || (!move && e.key !== "Escape")) return;
    e.preventDefault();
    if (e.key === "Escape" || at + move < 0) this.input.focus();
    else this.results.focus(at + move);
  }

  runNow() {
    this.typed = undefined;
    this.run();
  }

  /** Checks or unchecks a filter value and searches again. */
  toggle(facet, value, on) {
    const sel = this.selection.get(facet) ?? new Set();
    if (on) sel.add(value);
    else sel.delete(value);
    this.selection.set(facet, sel);
    this.runNow();
  }

  /** Clears every filter, the language too, and searches again. */
  clearFilters() {
    for (const f of this.facets.names) this.selection.set(f, new Set());
    this.input.focus();
    this.runNow();
  }

  /** Searches for the input's text; a newer search makes this one stop. */
  async run() {
    const seq = ++this.seq;
    try {
      await this.search(seq);
    } catch (err) {
      console.error(err);
      if (seq === this.seq) this.index?.carried ? this.reopen() : this.failed();
    }
  }

  /**
   * Opens the index again from its manifest fetched fresh and searches
   * again, once: a search through the manifest the page carries failed,
   * as when the page came from a cache and the site was deployed again
   * since (its files are gone; the fresh manifest names the new ones).
   * The filters selected stay.
   */
  reopen() {
    this.index = null;
    this.ready = this.load(true);
    this.ready.catch((err) => console.error(err));
    this.run();
  }

  /** failed says so where the count of results would be: the index
   * could not be read (offline before it was kept, or a redeployed site's
   * index that does not match the page's). */
  failed() {
    [this.status.textContent, this.root.dataset.state] = [this.strings.t("search.error"), "error"];
  }

  /** The work of run: search number seq. */
  async search(seq) {
    const stale = () => seq !== this.seq;
    const text = this.input.value;
    this.root.dataset.state = "busy";
    const list = words(text);
    if (list.length === 0) return this.finish(seq, text, null);
    if (!this.index) this.status.textContent = this.strings.t("search.loading");
    try {
      await this.ready;
    } catch {
      // The index could not be read; load has logged why.
      if (!stale()) {
        this.failed();
        this.writeURL();
      }
      return;
    }
    if (stale()) return;
    this.index.prefetchRecords(this.lang);
    // The page's view while its language alone is selected, else the
    // whole index.
    const dict = await this.index.dictionaryFor(this.selection.get("lang") ?? new Set());
    // Its filters and records: a view's hold its documents only.
    const facets = await dict.facets();
    if (stale()) return;
    [this.dict, this.facets] = [dict, facets];
    const typing = !ENDS_WORD.test(text);
    const last = list[list.length - 1];
    if (typing && [...last].length < SHORT) {
      this.prefetch(text, last, stale);
      if (!(await this.pause(stale, SHORT_PAUSE))) return;
    }
    const { counted, ranked: query } = await matchQuery(dict, this.analyzer, text, typing, this.lang, stale);
    if (stale()) return;
    this.highlighter = new Highlighter(this.analyzer, counted);
    if (!query) return this.finish(seq, text, []);
    const first = await this.first(query, stale);
    if (!first) return;
    const records = await this.titles(first, stale, text);
    if (!records) return;
    // Once typing pauses: all the matches (for the count and the filters)
    // while the excerpts arrive.
    if (!(await this.pause(stale))) return;
    const every = all(query, (doc) => this.langOf(doc));
    every.catch(() => {}); // awaited below, unless this search goes stale first
    if (!(await this.excerpts(first, records, stale))) return;
    const hits = (await every).sort((a, b) => this.ownFirst(a, b));
    if (stale()) return;
    const accept = this.facets.accept(this.selection);
    const kept = hits.filter((h) => accept(h.doc));
    const head = kept.slice(0, PAGE);
    if (head.some((h, i) => h.doc !== first[i]?.doc) && !(await this.render(head, stale, text))) return;
    this.finish(seq, text, hits, kept);
  }

  /** The language of document doc (its lang list's first). @param {number} doc */
  langOf(doc) {
    return this.facets.value("lang", doc);
  }

  /** Best first; of equal scores the reader's language first, then by number. */
  ownFirst(a, b) {
    return b.score - a.score || (this.langOf(b.doc) === this.lang) - (this.langOf(a.doc) === this.lang);
  }

  /**
   * The first results (PAGE) of a query the filters keep, in order.
   * @param {import("./rank.js").Word[]} query @param {() => boolean} stale
   * @returns {Promise<{doc: number, score: number}[]|null>} null when stale
   */
  async first(query, stale) {
    const hits = await top(query, (doc) => this.langOf(doc), this.facets.accept(this.selection), PAGE, stale);
    return hits && hits.sort((a, b) => this.ownFirst(a, b));
  }

  /**
   * While a short word is typed (not searched yet), fetches what the
   * search of any longer word starting with it reads: the prefix file of
   * its first letter and, when the keys starting with the word are all in
   * one chunk file, that file; on a large site (its manifest names prefix
   * files by letter) in up to two, as its whole index's chunks hold every
   * language's keys (the English "pag" of the 10,000-page site: two). The
   * search then starts on files that are already here; and, with those
   * chunks, searches ahead the word most likely meant (searchAhead).
   * @param {string} text the query, ending in word @param {string} word
   * @param {() => boolean} stale
   */
  prefetch(text, word, stale) {
    const dict = this.dict;
    const most = Object.keys(dict.manifest.letters ?? {}).length > 0 ? 2 : 1;
    for (const key of this.analyzer.keys(word, dict.manifest.schemes)) {
      dict.loadPrefixes(key).then(() => {
        const prefixes = dict.prefixesFor(key);
        const first = new Map(); // file → the first prefix it holds
        for (const p of prefixes) if (!first.has(dict.known.get(p))) first.set(dict.known.get(p), p);
        if (first.size > most) return;
        return Promise.all([...first.values()].map((p) => dict.chunk(p)))
          .then((chunks) => this.searchAhead(text, word, likelyKey(chunks, key, this.lang), stale));
      }).catch(() => {}); // the search proper fetches again, and says why it fails
    }
  }

  /**
   * Searches text with its last word, still typed, completed as key (the
   * most frequent word it starts, likelyKey), without showing anything,
   * for the records of its first results: when the reader has typed that
   * word, its results show with no records file to wait for (a frequent
   * word is short: "page" on the 10,000-page site, whose first ten
   * results are in 8 records files). A guess that the next keys belie
   * costs those files (0.3–0.5 KB gzipped each) and nothing else. Only
   * where the reader's records are in several files (a large site): a
   * small site's one file is asked for as every search starts.
   * @param {string} text @param {string} word @param {string|null} key
   * @param {() => boolean} stale
   */
  async searchAhead(text, word, key, stale) {
    const files = this.dict.manifest.records[this.dict.manifest.view || this.lang] ?? [];
    if (!key || files.length <= 1 || stale() || !text.endsWith(word)) return;
    const ahead = text.slice(0, text.length - word.length) + key;
    const { ranked } = await matchQuery(this.dict, this.analyzer, ahead, true, this.lang, stale);
    const first = ranked && !stale() ? await this.first(ranked, stale) : null;
    if (!first) return;
    await this.dict.records(first.map((h) => h.doc), this.lang);
    if (!stale()) this.root.dataset.ahead = ahead;
  }

  /**
   * Replaces the results with the pages of hits: their titles and
   * summaries (one round of record files), so that results show as soon as
   * possible, then, with render's excerpts, the passages and matching
   * sections of those whose title, summary and the headings their records
   * name lack a query word (brief).
   * @returns {Promise<Map<number, object>|null>} the records; null when the search went stale meanwhile
   */
  async titles(hits, stale, text) {
    // On a large site the results' records may come from as many files as
    // results: the first results show, in rank order, as soon as their
    // records are in, and the list grows as the rest arrive. On a small
    // site the records of the reader's fallback pages (another language's)
    // are fetched once typing pauses: those of her own language show first.
    // Each result is made once, however often the list grows.
    const briefs = new Map();
    const brief = (record) => {
      let b = briefs.get(record);
      if (!b) briefs.set(record, (b = this.brief(record)));
      return b;
    };
    let shown = 0;
    const some = (records) => {
      if (stale()) return;
      const ready = [];
      for (const h of hits) {
        const record = records.get(h.doc);
        if (!record) break;
        ready.push({ doc: h.doc, record });
      }
      // A file that holds none of the next results in order changes
      // nothing shown: the list is not made again.
      if (ready.length <= shown) return;
      shown = ready.length;
      this.items = ready;
      this.show(ready.map(({ record }) => brief(record)));
      this.root.dataset.shown = text;
    };
    const records = await this.dict.records(hits.map((h) => h.doc), this.lang, some, () => this.pause(stale));
    if (stale()) return null;
    this.items = hits.map((h) => ({ doc: h.doc, record: records.get(h.doc) }));
    this.show(this.items.map(({ record }) => brief(record)));
    this.root.dataset.shown = text;
    return records;
  }

  /**
   * Waits until typing has paused for ms (EXCERPT_PAUSE unless given).
   * @param {() => boolean} stale @param {number} [ms]
   * @returns {Promise<boolean>} false when the search went stale meanwhile
   */
  async pause(stale, ms = EXCERPT_PAUSE) {
    const wait = (this.typed ?? -Infinity) + ms - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return !stale();
  }

  /**
   * Shows the results in view again with their excerpts and matching
   * sections, once their texts arrived; the others get theirs when they
   * come into view (loadText).
   * @returns {Promise<boolean>} false when the search went stale meanwhile
   */
  async excerpts(hits, records, stale) {
    const view = new Set(this.results.inView());
    const items = await Promise.all(hits.map((h, i) => {
      const brief = this.brief(records.get(h.doc));
      return view.has(i) && brief.pending ? this.item(h.doc, brief.record) : brief;
    }));
    if (stale()) return false;
    this.show(items, true);
    return true;
  }

  /**
   * A result from its record alone: complete when its title, summary or
   * the headings its record names have every query word that its language
   * does not drop (listing those headings' sections), else pending its
   * text (a passage of its sections that has them).
   * @param {import("./results.js").Record} record
   * @returns {import("./results.js").Item}
   */
  brief(record) {
    const hl = this.highlighter;
    const found = inRecord(hl, record);
    // The headings the record names (a case's teaching fields) are
    // sections with no text: a word in one lists that section.
    const sections = (record.h ?? []).filter(([, heading]) => hl.marks(heading, record.l).length > 0).map(([id, heading]) => [id, heading, ""]);
    const pending = hl.words.some((w, i) => !found.has(i) && !w.stop.has(record.l));
    return { record, sections: pending ? [] : sections, pending };
  }

  /**
   * A result with its text: its summary and sections. On a small site
   * only the sections that hold best the words its record lacks
   * (sectionsFor), with the headings its record names; else, or when the
   * chunks do not tell them, its whole text.
   * @param {number} doc @param {import("./results.js").Record} record
   */
  async item(doc, record) {
    const wanted = sectionsFor(this.highlighter, record, doc);
    if (!wanted) return { record, sections: (await this.index.text(doc)).x };
    const sections = await Promise.all(wanted.map((i) => this.index.text(doc, i)));
    const have = new Set(sections.map(([id]) => id));
    for (const [id, heading] of record.h ?? []) if (!have.has(id)) sections.push([id, heading, ""]);
    return { record, sections };
  }

  /**
   * Loads the text of result li, which came into view, and shows it.
   * @param {HTMLElement} li
   */
  async loadText(li) {
    this.observer.unobserve(li);
    const i = this.results.hits.indexOf(li);
    const shown = this.items[i];
    if (!shown || !li.isConnected) return;
    const item = await this.item(shown.doc, shown.record);
    // The results may have changed meanwhile: only the same result, still pending, takes it.
    if (this.items[i] === shown && this.results.hits[i]?.dataset.pending !== undefined) this.results.replace(i, item, this.highlighter);
  }

  /** Replaces the results with hits, records fetched: titles first, then excerpts. */
  async render(hits, stale, text) {
    const records = await this.titles(hits, stale, text);
    return records !== null && this.excerpts(hits, records, stale);
  }

  /**
   * Replaces the results shown with items. A link of the results that had
   * the focus hands it to the link at its place, or to the search box.
   * @param {import("./results.js").Item[]} items
   * @param {boolean} [watch] load the texts of pending items as they come into view (once typing paused)
   */
  show(items, watch = false) {
    const at = this.results.focused;
    this.observer.disconnect();
    this.results.clear();
    const lis = this.results.append(items, this.highlighter);
    if (watch) this.watch(lis);
    this.shown = items.length;
    if (at >= 0 && !this.results.focus(at)) this.input.focus();
  }

  /** Watches the results of lis whose text is not loaded yet, to load it in view. */
  watch(lis) {
    for (const li of lis) if (li.dataset.pending !== undefined) this.observer.observe(li);
  }

  /**
   * Shows the status and the filter counts of a finished search.
   * @param {number} seq @param {string} text
   * @param {{doc: number}[]|null} hits every match before filtering; null for no query
   * @param {{doc: number, score: number}[]} [kept] the matches the filters keep
   */
  finish(seq, text, hits, kept = []) {
    if (seq !== this.seq) return;
    this.writeURL(); // once a search is done, not at every keystroke (browsers throttle history updates)
    this.hits = kept;
    if (hits === null || kept.length === 0) {
      this.root.dataset.shown = text;
      this.show([]);
    }
    this.results.more.hidden = this.shown >= kept.length;
    if (hits === null) {
      this.status.textContent = "";
      this.panel.hidden = true;
    } else {
      this.status.textContent = kept.length > 0 ? this.strings.n("search.results", kept.length) : this.strings.t("search.none");
      if (this.facets) {
        const counts = this.facets.counts(hits.map((h) => h.doc), this.selection);
        // A view finds none of the other languages' pages: their counts
        // are not known, and their filters stay offered.
        const view = this.dict?.manifest.view;
        if (view && counts.has("lang")) {
          const n = counts.get("lang");
          this.facets.values("lang").forEach((v, i) => { if (v !== view) n[i] = null; });
        }
        this.filterPanel.update(this.selection, counts);
        this.panel.hidden = false;
      }
    }
    this.root.dataset.query = text;
    this.root.dataset.seq = String(seq);
    this.root.dataset.state = "done";
  }

  /** Shows the next page of results and moves focus to the first of them. */
  async showMore() {
    const seq = this.seq;
    const next = this.hits.slice(this.shown, this.shown + PAGE);
    const records = await this.dict.records(next.map((h) => h.doc), this.lang);
    if (seq !== this.seq) return;
    const more = next.map((h) => ({ doc: h.doc, record: records.get(h.doc) }));
    this.items.push(...more);
    const added = this.results.append(more.map(({ record }) => this.brief(record)), this.highlighter);
    this.watch(added);
    this.shown += added.length;
    this.results.more.hidden = this.shown >= this.hits.length;
    // The focus goes to the first new result.
    added[0]?.querySelector("a")?.focus();
  }
}

const root = document.getElementById("search");
if (root?.dataset.manifest) new SearchPage(root);
