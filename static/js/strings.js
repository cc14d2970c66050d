// strings.js: the interface strings of the search page, embedded in it as
// JSON by layouts/search.html (a string, or CLDR plural forms with {count}),
// and the labels of the taxonomies' terms in the page's language.

export class Strings {
  /**
   * @param {Object<string, string | Object<string, string>>} data
   * @param {string} lang the page's language
   */
  constructor(data, lang) {
    this.data = data;
    this.lang = lang;
    this.plural = new Intl.PluralRules(lang);
    this.number = new Intl.NumberFormat(lang);
    try {
      this.languages = new Intl.DisplayNames([lang], { type: "language" });
    } catch {
      this.languages = null;
    }
  }

  /** The string key, or the key itself when the page lacks it. */
  t(key) {
    const s = this.data[key];
    return typeof s === "string" ? s : key;
  }

  /** The plural string key for count, with {count} filled in. */
  n(key, count) {
    const forms = this.data[key];
    if (typeof forms === "string") return forms.replaceAll("{count}", this.number.format(count));
    const form = forms?.[this.plural.select(count)] ?? forms?.other ?? key;
    return form.replaceAll("{count}", this.number.format(count));
  }

  /** The name of a language in the page's language, or its code. */
  language(code) {
    try {
      return this.languages?.of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** The name of a kind of page. */
  kind(kind) {
    return this.data["kind." + kind] ?? kind;
  }

  /** The label of a taxonomy's term in the page's language, or its id. */
  term(taxonomy, id) {
    const s = this.data[`term.${taxonomy}.${id}`];
    return typeof s === "string" ? s : id;
  }
}
