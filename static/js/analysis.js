// analysis.js: from a word to a search key, exactly as the Go side does it
// (docs/search-format.md, "Analysis"; the rules are spelled out in
// internal/translit/doc.go). A key is the word lower-cased, written in Latin
// letters by a transliteration scheme and folded to ASCII. The tables come
// from search/analysis.<hash>.json, which is translit.Tables().

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Text of ASCII characters only, which lower-case as toLowerCase does. */
const ASCII = /^[\x00-\x7f]*$/;
/**
 * A word: letters, digits and combining marks, in which an apostrophe or a
 * period between two of them stays (l'école, www.example.org, 3.5), as the
 * index's tokenizer (skupaj_words) splits text.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Characters that show nothing and may be pasted inside a word: zero-width
 * space, non-joiner and joiner, word joiner, byte order mark and soft
 * hyphen. The index's tokenizer leaves out the same (invisible in
 * internal/search/analysis/tokenizer.go).
 */
export const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * Splits text into words. Invisible characters are removed first, so that
 * "li\u200Bbrary" is "library"; then the text is put in NFC, as the pages
 * are, so that a Cyrillic letter typed as a base and an accent (и + ̆) is
 * transliterated as the letter (й).
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
  return text.replace(INVISIBLE, "").normalize("NFC").match(WORD) ?? [];
}

/** @param {string} c one code point */
const isWordRune = (c) => LETTER_OR_MARK.test(c);
/** @param {string} c */
const isUpper = (c) => UPPER.test(c);
/** @param {string} c */
const isLower = (c) => LOWER.test(c);

/**
 * Lower-cases one code point by its simple mapping, as Go's unicode.ToLower
 * does ("İ" gives "i", where toLowerCase gives "i" + U+0307).
 * @param {string} c
 */
function lowerRune(c) {
  const l = c.toLowerCase();
  return l.length === c.length ? l : String.fromCodePoint(l.codePointAt(0));
}

/** @param {string} c Upper-cases one code point by its simple mapping. */
function upperRune(c) {
  const u = c.toUpperCase();
  return [...u].length === 1 ? u : c;
}

/**
 * Lower-cases text code point by code point, as Go's strings.ToLower (no
 * final sigma, no special casing).
 * @param {string} text
 */
export function lower(text) {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = "";
  for (const c of text) out += c < "\u0080" ? c.toLowerCase() : lowerRune(c);
  return out;
}

/** @param {string} c reports whether c is in the Cyrillic script. */
function isCyrillic(c) {
  const r = c.codePointAt(0);
  if (r < 0x530) return r >= 0x400 && r !== 0x485 && r !== 0x486;
  return r >= 0x1c80 && CYRILLIC.test(c);
}

/** Moves i back over runes for which isWordRune is word. */
function skipBack(cps, i, word) {
  while (i > 0 && isWordRune(cps[i - 1]) === word) i--;
  return i;
}

/** Moves i forward over runes for which isWordRune is word. */
function skipForward(cps, i, word) {
  while (i < cps.length && isWordRune(cps[i]) === word) i++;
  return i;
}

const CASE_NONE = 0, CASE_LOWER = 1, CASE_UPPER = 2;

/** The case of a whole word: lower, all caps (two capitals or more), or none. */
function classify(cps) {
  let upper = 0;
  for (const c of cps) {
    if (isLower(c)) return CASE_LOWER;
    if (isUpper(c)) upper++;
  }
  return upper >= 2 ? CASE_UPPER : CASE_NONE;
}

/**
 * Reports whether the capital cps[start] whose Latin form has several
 * letters is written all in capitals: the nearest cased letter of its word
 * decides, else the neighbouring words (internal/translit/casing.go).
 */
function allCaps(cps, start, end) {
  for (let i = end; i < cps.length && isWordRune(cps[i]); i++) {
    if (isUpper(cps[i]) || isLower(cps[i])) return isUpper(cps[i]);
  }
  for (let i = start - 1; i >= 0 && isWordRune(cps[i]); i--) {
    if (isUpper(cps[i]) || isLower(cps[i])) return isUpper(cps[i]);
  }
  const b = skipBack(cps, skipBack(cps, start, true), false);
  const prev = classify(cps.slice(skipBack(cps, b, true), b));
  const a = skipForward(cps, skipForward(cps, end, true), false);
  const next = classify(cps.slice(a, skipForward(cps, a, true)));
  if (prev === CASE_LOWER || next === CASE_LOWER) return false;
  return prev === CASE_UPPER || next === CASE_UPPER;
}

/**
 * @typedef {{lower: string, title: string, upper: string}} Letter
 * The Latin form of one source letter in each case.
 */

/** @param {string} lat @returns {Letter} */
function newLetter(lat) {
  if (lat === "") return { lower: "", title: "", upper: "" };
  const first = String.fromCodePoint(lat.codePointAt(0));
  return { lower: lat, title: upperRune(first) + lat.slice(first.length), upper: lat.toUpperCase() };
}

/** The form of letter l for the source letter cps[i], a capital or not. */
function pick(l, capital, cps, i) {
  if (!capital) return l.lower;
  return l.title === l.upper || allCaps(cps, i, i + 1) ? l.upper : l.title;
}

/** UTF-8 length, to order rules as Go does. */
const utf8Length = (s) => new TextEncoder().encode(s).length;

/** Turns a rule map into a list, longest source (in bytes) first. */
function rules(map) {
  return Object.entries(map ?? {})
    .map(([from, to]) => ({ from: [...from], to: [...to], bytes: utf8Length(from), key: from }))
    .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Reports where the lower-case group from matches cps at i, or -1. */
function matchFold(cps, i, from) {
  for (const want of from) {
    if (i >= cps.length || lowerRune(cps[i]) !== want) return -1;
    i++;
  }
  return i;
}

/** Writes to, each letter in the case of the source letter in its place. */
function writeRule(src, to) {
  return to.map((t, k) => (isUpper(src[k]) ? upperRune(t) : t)).join("");
}

/** One transliteration scheme, compiled from its tables. */
class Scheme {
  /** @param {{letters: Object<string,string>, final?: Object<string,string>, words?: Object<string,string>, decompose?: boolean}} s */
  constructor(s) {
    /** @type {Map<string, Letter & {capital: boolean}>} */
    this.letters = new Map();
    for (const [c, lat] of Object.entries(s.letters)) {
      const l = newLetter(lat);
      this.letters.set(c, { ...l, capital: false });
      const u = upperRune(c);
      if (u !== c) this.letters.set(u, { ...l, capital: true });
    }
    this.finalRules = rules(s.final);
    this.wordRules = rules(s.words);
    this.decompose = Boolean(s.decompose);
  }

  /**
   * Writes the Cyrillic of text in Latin letters; everything else is kept.
   * @param {string} text
   */
  apply(text) {
    const cps = [...text];
    if (!cps.some(isCyrillic)) return text;
    let out = "";
    for (let i = 0; i < cps.length; ) {
      const c = cps[i];
      if (!isCyrillic(c)) {
        out += c;
        i++;
        continue;
      }
      const ruled = this.applyRules(cps, i);
      if (ruled) {
        out += ruled.text;
        i = ruled.end;
        continue;
      }
      const e = this.letters.get(c);
      if (e) out += pick(e, e.capital, cps, i);
      else if (this.decompose) out += this.fallback(cps, i);
      else out += c;
      i++;
    }
    return out;
  }

  /** The whole-word or word-final rule that matches at cps[i], if any. */
  applyRules(cps, i) {
    const endsWord = (end) => end >= 0 && skipForward(cps, end, true) === end;
    if (this.wordRules.length > 0 && skipBack(cps, i, true) === i) {
      for (const w of this.wordRules) {
        const end = matchFold(cps, i, w.from);
        if (endsWord(end)) return { text: writeRule(cps.slice(i, end), w.to), end };
      }
    }
    for (const f of this.finalRules) {
      const end = matchFold(cps, i, f.from);
      if (endsWord(end)) return { text: writeRule(cps.slice(i, end), f.to), end };
    }
    return null;
  }

  /** An unknown Cyrillic letter by its NFD base letter and non-Cyrillic marks, or "". */
  fallback(cps, i) {
    const d = [...cps[i].normalize("NFD")];
    const e = d[0] === cps[i] ? undefined : this.letters.get(d[0]);
    if (!e) return "";
    return pick(e, e.capital, cps, i) + d.slice(1).filter((m) => !isCyrillic(m)).join("");
  }
}

/** Keys that an Analyzer remembers at most (key). */
const MAX_KEYED = 50000;

/** Applies the analysis of docs/search-format.md with one set of tables. */
export class Analyzer {
  /**
   * @param {{schemes: Object<string, object>, fold: Object<string,string>, foldMarks: number[][]}} tables
   *   the manifest's analysis, translit.Tables()
   */
  constructor(tables) {
    /** @type {Map<string, Scheme>} */
    this.schemes = new Map(Object.entries(tables.schemes).map(([name, s]) => [name, new Scheme(s)]));
    /** @type {Map<string, Letter>} */
    this.foldLetters = new Map(Object.entries(tables.fold).map(([c, s]) => [c, newLetter(s)]));
    this.foldMarks = tables.foldMarks;
    this.tables = tables;
    /** @type {Map<string, string>} scheme and text → key, a memo of key */
    this.keyed = new Map();
  }

  /** @param {number} r reports whether r is a combining mark that fold drops. */
  isFoldMark(r) {
    return this.foldMarks.some(([first, last]) => r >= first && r <= last);
  }

  /**
   * Transliterates the Cyrillic of text with scheme ("sr", "mk", "bg", "generic").
   * @param {string} text @param {string} scheme
   */
  toLatin(text, scheme) {
    const s = this.schemes.get(scheme);
    if (!s) throw new Error(`analysis: unknown scheme ${scheme}`);
    return s.apply(text);
  }

  /**
   * Folds text to ASCII where it can, keeping case (translit.Fold).
   * @param {string} text
   */
  fold(text) {
    const cps = [...text];
    let out = "";
    let afterASCII = false; // the previous rune was ASCII, folded or dropped
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c < "\u0080") {
        out += c;
        afterASCII = true;
        continue;
      }
      const f = this.foldRune(cps, i, afterASCII);
      afterASCII = f !== null;
      out += f ?? c;
    }
    return out;
  }

  /** The ASCII form of the non-ASCII rune cps[i], or null. */
  foldRune(cps, i, afterASCII) {
    const c = cps[i];
    if (afterASCII && this.isFoldMark(c.codePointAt(0))) return "";
    const l = this.foldLetters.get(lowerRune(c));
    if (l) return pick(l, isUpper(c), cps, i);
    const d = [...c.normalize("NFD")];
    if (d.length === 1 && d[0] === c) return null;
    if (!d.slice(1).every((m) => this.isFoldMark(m.codePointAt(0)))) return null;
    const base = d[0];
    if (base < "\u0080") return base;
    const bl = this.foldLetters.get(lowerRune(base));
    return bl ? pick(bl, isUpper(base), cps, i) : null;
  }

  /**
   * The key of text with one scheme: lower-case (’ counting as '),
   * transliterate, fold (search.Key on the Go side).
   * @param {string} text @param {string} scheme
   */
  key(text, scheme) {
    // The words of the results' titles and summaries are keyed at every
    // keystroke, mostly the same ones: each is keyed once.
    const id = scheme + "\u0000" + text;
    let k = this.keyed.get(id);
    if (k === undefined) {
      k = lower(this.fold(this.toLatin(lower(text).replaceAll("’", "'"), scheme)));
      if (this.keyed.size >= MAX_KEYED) this.keyed.clear();
      this.keyed.set(id, k);
    }
    return k;
  }

  /**
   * The letters of a word as the reader typed them, each in the Latin form
   * it takes in the word's key with scheme: "чете" gives ch, e, t, e. Typo
   * distances count these (typo.js), so that a dropped "ч" is one edit, not
   * two. Letters are keyed one by one as long as they spell the start of
   * the word's key; the rest of the key (where a word-final rule, which
   * keeps the number of letters, applies: "-ия" is "-ia" in Bulgarian) is
   * one unit per character, or one for a single letter left.
   * @param {string} word @param {string} scheme
   * @returns {string[]}
   */
  units(word, scheme) {
    const letters = [...lower(word).replaceAll("’", "'")];
    const whole = this.key(word, scheme);
    const out = [];
    let at = 0, i = 0;
    for (; i < letters.length; i++) {
      const u = this.key(letters[i], scheme);
      if (!whole.startsWith(u, at)) break;
      if (u !== "") out.push(u);
      at += u.length;
    }
    const rest = [...whole.slice(at)];
    if (letters.length - i === 1 && rest.length > 0) out.push(rest.join(""));
    else out.push(...rest);
    return out;
  }

  /**
   * The Latin forms of several letters that one letter folds to (đ → dj,
   * æ → ae, ß → ss), sorted: a word typed without its "đ" is one edit from
   * the key with "dj". Made once (every keystroke asks): not to be changed.
   * @returns {string[]}
   */
  foldMulti() {
    if (!this.foldMultis) {
      const out = new Set();
      for (const f of Object.values(this.tables.fold)) {
        const k = lower(f);
        if ([...k].length > 1) out.add(k);
      }
      this.foldMultis = [...out].sort();
    }
    return this.foldMultis;
  }

  /**
   * The Latin forms of several letters that one Cyrillic letter of scheme
   * takes (ch, sh, sht, ...): inserting or replacing one of them in a key
   * is one edit when the word typed is Cyrillic. Made once per scheme: not
   * to be changed.
   * @param {string} scheme
   * @returns {string[]}
   */
  multiUnits(scheme) {
    this.unitsOf ??= new Map();
    let units = this.unitsOf.get(scheme);
    if (!units) {
      const s = this.tables.schemes[scheme];
      const out = new Set();
      for (const lat of Object.values(s?.letters ?? {})) {
        const k = lower(this.fold(lat));
        if ([...k].length > 1) out.add(k);
      }
      this.unitsOf.set(scheme, (units = [...out].sort()));
    }
    return units;
  }

  /**
   * The distinct keys of a word, one per scheme.
   * @param {string} word @param {string[]} schemes
   * @returns {string[]}
   */
  keys(word, schemes) {
    return [...new Set(schemes.map((s) => this.key(word, s)))].filter(Boolean);
  }
}

/**
 * The transliteration scheme of a language tag, as translit.ToLatin picks
 * it: Serbian, Macedonian and Bulgarian have their own, any other language
 * the generic one.
 * @param {string} lang a BCP 47 tag ("sr", "sr-Latn", "en")
 */
export function schemeFor(lang) {
  const primary = lang.split(/[-_]/)[0].toLowerCase();
  return { sr: "sr", srp: "sr", mk: "mk", mkd: "mk", bg: "bg", bul: "bg" }[primary] ?? "generic";
}
