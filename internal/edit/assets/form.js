// The form of one page: its id (a new page), a control for each field of
// the schema, the body beside its preview, and the errors and warnings of
// the site's checks next to the fields they are about.

import { h } from "./dom.js";
import { control } from "./fields.js";
import { imageUpload } from "./image.js";

/**
 * makeForm builds the form of schema for a page. opts: t (the interface
 * strings), prefix (of element ids), isNew (the form asks for the id),
 * body (the page has a Markdown body), onNewPartner.
 */
export function makeForm(schema, opts) {
  const { t, prefix = "f-" } = opts;
  const el = h("form", { class: "page-form", novalidate: true });
  const controls = new Map();
  const general = h("div", { class: "msgs general", id: `${prefix}general`, "aria-live": "polite" });
  el.append(general);

  for (const f of schema.fields) {
    const c = control(f, { t, prefix, onNewPartner: opts.onNewPartner });
    controls.set(f.name, c);
    el.append(c.el);
  }
  // A new page's id: after its title, which proposes it.
  let idInput = null;
  if (opts.isNew) {
    const c = control({ name: "id", type: "text", required: true, label: t("edit.id", "Address (id)"), help: t("edit.id.help", "") },
      { t, prefix });
    idInput = c.inputs[0];
    idInput.pattern = "[a-z0-9]+(-[a-z0-9]+)*";
    controls.set("id", c);
    const from = controls.get(schema.slugFrom)?.el;
    if (from) from.after(c.el);
    else general.after(c.el);
  }
  if (opts.body) {
    const c = control({ name: "body", type: "markdown", label: t("edit.body", "Text"), help: t("edit.body.help", "") }, { t, prefix });
    controls.set("body", c);
    el.append(c.el, imageUpload(c.inputs[0], t, prefix));
  }

  // An id follows the title until the editor writes one.
  let idTouched = false;
  idInput?.addEventListener("input", () => (idTouched = true));
  controls.get(schema.slugFrom)?.inputs[0].addEventListener("input", () => {
    if (idInput && !idTouched) idInput.value = opts.slug(controls.get(schema.slugFrom).get());
  });

  return {
    el,
    controls,
    /** fields are the values of the schema's fields, by name. */
    fields() {
      const out = {};
      for (const f of schema.fields) out[f.name] = controls.get(f.name).get();
      return out;
    },
    id: () => idInput?.value.trim() ?? "",
    body: () => controls.get("body")?.get() ?? "",
    /** set fills the controls from a page's fields and body. */
    set(fields = {}, body) {
      for (const [name, v] of Object.entries(fields)) controls.get(name)?.set(v);
      if (body !== undefined) controls.get("body")?.set(body);
    },
    /** setID writes the id; touched: it stops following the title. */
    setID(id, touched = true) {
      if (idInput) {
        idInput.value = id;
        idTouched = touched;
      }
    },
    /**
     * show puts each diagnostic next to its field (the page's own above the
     * form). The messages of skupaj check are in English (d.lang: the
     * language of one made by the form): each starts with a lead in the
     * form's language, the severity and the field's label, and "required"
     * when the field is required and empty.
     */
    show(diagnostics) {
      for (const c of controls.values()) {
        c.msgs.replaceChildren();
        for (const i of c.inputs) i.removeAttribute("aria-invalid");
      }
      general.replaceChildren();
      for (const d of diagnostics) {
        const c = controls.get(d.field);
        const box = c ? c.msgs : general;
        const error = d.severity === "error";
        let lead = error ? t("edit.error", "Error") : t("edit.warning", "Warning");
        if (c) lead += ` – ${c.label}`;
        const missing = c && error && c.required && isEmpty(c.get());
        lead = missing ? `${lead}: ${t("edit.required", "required")}.` : `${lead}:`;
        box.append(h("p", { class: error ? "error" : "warning" }, h("strong", { class: "lead" }, lead), " ",
          h("span", { lang: d.lang || "en" }, d.message)));
        if (c && error) for (const i of c.inputs) i.setAttribute("aria-invalid", "true");
      }
    },
  };
}

// isEmpty reports whether a control's value (a text or a list) is empty.
const isEmpty = (v) => (Array.isArray(v) ? v.length === 0 : !v);
