// The source page beside the form of its translation: its fields and its
// text as they stand in the source language.

import { h } from "./dom.js";

/** sourcePane shows the source page src, its fields labelled as in schema. */
export function sourcePane(src, schema, t) {
  const rows = [];
  for (const f of schema.fields) {
    const v = src.fields[f.name];
    if (v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
    const label = f.label || t(`field.${f.name}`, f.name);
    rows.push(h("dt", {}, label), h("dd", {}, Array.isArray(v) ? v.join(", ") : v));
  }
  return h("aside", { class: "source", lang: src.lang, "aria-labelledby": "source-title" },
    h("h2", { id: "source-title" }, `${t("edit.source", "Original")} (${src.lang})`),
    h("dl", {}, rows),
    src.body ? h("pre", { class: "source-body" }, src.body) : null);
}
