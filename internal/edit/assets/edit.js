// The editor's form (issue 15): built from GET api/schema and api/page,
// checked and previewed with POST api/check while the editor types, saved
// with POST api/save. The page's shell says which page: data-file (an
// existing page), data-new (a new page of that kind, a term of
// data-taxonomy) and data-translate (the page in another language, the
// source beside it).

import { h, debounce, slug } from "./dom.js";
import { get, post, base } from "./api.js";
import { makeForm } from "./form.js";
import { partnerDialog } from "./partner.js";
import { sourcePane } from "./source.js";

const root = document.getElementById("skupaj-edit");
const want = root.dataset;

// The page being edited: file and version once it has a file.
const page = { kind: want.new, lang: want.lang, taxonomy: want.taxonomy, id: "", file: "", version: "" };

main().catch((err) => {
  root.replaceChildren(h("p", { class: "error", role: "alert" }, String(err.message || err)));
});

async function main() {
  let source = null;
  let current = null;
  if (want.file) {
    const src = await must(get("page", { file: want.file }));
    if (want.translate) {
      source = src;
      const target = src.file.replace(`content/${src.lang}/`, `content/${want.translate}/`);
      const there = await get("page", { file: target });
      current = there.status === 200 ? there.data : null;
      // A translation not yet written is saved at its file, as new.
      Object.assign(page, { kind: src.kind, lang: want.translate, id: src.id, file: target, version: "" });
    } else {
      current = src;
    }
  }
  if (current) Object.assign(page, { kind: current.kind, lang: current.lang, id: current.id, file: current.file, version: current.version });

  // The form speaks the editor's choice of language (?ui=), else the page's.
  const ui = new URLSearchParams(location.search).get("ui") || page.lang;
  const schema = await must(get("schema", { kind: page.kind, lang: ui, taxonomy: page.taxonomy || "" }));
  const t = (key, fallback) => schema.strings?.[key] ?? fallback ?? key;
  const isTerm = page.kind === "term";
  const pickers = () => [...form.controls.values()].filter((c) => c.add && fieldOf(schema, c.name)?.ref === "partner");
  // A new partner is offered in every partner picker, and chosen in the
  // one whose button opened the dialog.
  const newPartner = isTerm ? null : partnerDialog(page.lang, schema.lang, t, (choice, from) => {
    for (const c of pickers()) c.add(choice, c.name === from);
  });
  const form = makeForm(schema, { t, isNew: !page.file, body: !isTerm, slug, onNewPartner: newPartner });

  if (current) form.set(current.fields, current.body);
  else if (source) form.set(shared(schema, source.fields));

  page.taxonomyLabel = schema.taxonomyLabel;
  const title = h("h1", { id: "edit-title" }, heading(t));
  const status = h("div", { class: "status", role: "status", "aria-live": "polite" });
  const save = h("button", { type: "submit", class: "save" }, t("edit.save", "Save"));
  form.el.append(h("div", { class: "actions" }, save, status));
  const layout = h("div", { class: source ? "layout with-source" : "layout" },
    source ? sourcePane(source, schema, t) : null, form.el);
  root.replaceChildren(h("header", {}, title, h("div", { class: "menus" }, translateMenu(t, schema), uiMenu(t, schema))), layout);
  document.title = `${title.textContent} – skupaj`;
  root.lang = schema.lang;

  // One check runs once the editor pauses, on any field or the body: its
  // answer holds the errors and every preview. An answer to an older
  // request than the last one is dropped. The form's data-pending is "1"
  // from a change until its check is shown.
  let seq = 0;
  async function refresh(n) {
    const draft = draftOf(form);
    if (!page.file && !isID(draft.id)) {
      // The server checks only a page it can place: say what an id is.
      form.show(draft.id ? [{ field: "id", severity: "error", message: t("edit.id.help", ""), lang: schema.lang }] : []);
      return;
    }
    const res = await post("check", draft);
    if (n !== seq) return;
    if (res.status !== 200) {
      form.show([{ field: page.file ? "" : "id", severity: "error", message: res.data.error || String(res.status) }]);
      return;
    }
    form.show(res.data.diagnostics || []);
    // No html: the Markdown could not be rendered; the previews stay.
    if (typeof res.data.html !== "string") return;
    for (const c of form.controls.values()) {
      if (!c.preview) continue;
      c.preview.innerHTML = c.name === "body" ? res.data.html : res.data.fields?.[c.name] ?? "";
    }
  }
  const schedule = debounce(async () => {
    const n = ++seq;
    if (!isTerm) await refresh(n);
    if (n === seq) root.dataset.pending = "0";
  }, 400);
  const touched = () => {
    root.dataset.pending = "1";
    schedule();
  };
  form.el.addEventListener("input", touched);
  form.el.addEventListener("change", touched);
  form.el.addEventListener("submit", async (e) => {
    e.preventDefault();
    save.disabled = true;
    status.replaceChildren(t("edit.saving", "Saving…"));
    try {
      await store(form, t, status, title, schema);
    } finally {
      save.disabled = false;
    }
  });
  // At open, one check shows the page's errors and previews.
  root.dataset.pending = "1";
  schedule();
}

// must is the data of a 200 answer, or throws its error.
async function must(promise) {
  const { status, data } = await promise;
  if (status !== 200) throw new Error(data.error || String(status));
  return data;
}

// isID reports whether id is an id as the site writes them.
const isID = (id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

function fieldOf(schema, name) {
  return schema.fields.find((f) => f.name === name);
}

// draftOf is the page as the API takes it.
function draftOf(form) {
  if (page.kind === "term") return { kind: "term", taxonomy: page.taxonomy, id: form.id(), fields: form.fields() };
  const d = { fields: form.fields(), body: form.body(), version: page.version };
  if (page.file) return { ...d, file: page.file };
  return { ...d, kind: page.kind, lang: page.lang, id: form.id() };
}

// store saves the page, and says what came of it in status.
async function store(form, t, status, title, schema) {
  const { status: code, data } = await post("save", draftOf(form));
  if (code === 200) {
    form.show([]);
    const first = !page.file;
    Object.assign(page, { file: data.file, version: data.version || page.version });
    status.replaceChildren(h("span", { class: "ok" }, t("edit.saved", "Saved.")), " ",
      data.url ? h("a", { href: data.url, class: "open" }, t("edit.open", "Open the page in the preview")) : null);
    if (first && page.kind !== "term") {
      history.replaceState(null, "", `${base}?${new URLSearchParams({ file: page.file })}`);
      form.controls.get("id").inputs[0].readOnly = true;
      title.textContent = heading(t);
    }
    return;
  }
  if (code === 409) {
    const reload = page.file ? `${base}?${new URLSearchParams({ file: page.file })}` : location.href;
    status.replaceChildren(h("div", { class: "conflict", role: "alert" },
      h("p", {}, t("edit.conflict", "The file changed on disk; nothing was saved.")),
      h("textarea", { readonly: true, rows: 12, "aria-label": page.file || "" }, data.text || ""),
      h("p", {}, h("a", { href: reload }, t("edit.reload", "Reload the form")))));
    return;
  }
  if (code === 422) {
    form.show(data.diagnostics || []);
    status.replaceChildren(h("p", { class: "error", role: "alert" }, t("edit.has_errors", "The page has errors and was not saved.")));
    form.el.querySelector("[aria-invalid=true]")?.focus();
    return;
  }
  status.replaceChildren(h("p", { class: "error", role: "alert" }, `${t("edit.failed", "The editor could not do this:")} ${data.error || code}`));
}

// heading names what the form edits.
function heading(t) {
  if (page.kind === "term") return `${t("edit.new.term", "New vocabulary term")}: ${page.taxonomyLabel || page.taxonomy}`;
  if (!page.file) return t(`edit.new.${page.kind}`, "New");
  if (want.translate) return `${t("edit.translate", "Translate")}: ${page.file}`;
  return `${t("edit.edit", "Edit")}: ${page.file}`;
}

// shared are the fields of a source page that a translation keeps: those
// the schema says to copy.
function shared(schema, fields) {
  const out = {};
  for (const f of schema.fields) {
    if (f.translate === "copy" && fields[f.name] !== undefined) out[f.name] = fields[f.name];
  }
  return out;
}

// translateMenu offers the page in the site's other languages.
function translateMenu(t, schema) {
  const langs = (schema.languages || []).filter((l) => l.code !== page.lang);
  if (!want.file || want.translate || !langs.length) return null;
  const select = h("select", { id: "translate-lang", name: "translate" },
    langs.map((l) => h("option", { value: l.code }, l.name || l.code)));
  return h("form", { class: "translate", method: "get", action: base },
    h("input", { type: "hidden", name: "file", value: want.file }),
    h("label", { for: "translate-lang" }, t("edit.translate.into", "Translate into")), " ", select, " ",
    h("button", { type: "submit", class: "secondary" }, t("edit.translate", "Translate")));
}

// uiMenu lets the editor choose the language the form speaks.
function uiMenu(t, schema) {
  const langs = schema.languages || [];
  if (langs.length < 2) return null;
  const keep = [...new URLSearchParams(location.search)].filter(([k]) => k !== "ui");
  return h("form", { class: "ui", method: "get", action: base },
    keep.map(([k, v]) => h("input", { type: "hidden", name: k, value: v })),
    h("label", { for: "ui-lang" }, t("edit.ui", "Language of the form")), " ",
    h("select", { id: "ui-lang", name: "ui" },
      langs.map((l) => h("option", { value: l.code, selected: l.code === schema.lang }, l.name || l.code))),
    " ", h("button", { type: "submit", class: "secondary" }, t("edit.ui.show", "Show")));
}
