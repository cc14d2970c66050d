// The control of one field of the schema (GET api/schema): an input, a
// select, a group of checkboxes, a searchable picker or a Markdown
// textarea with its preview, each named after the front matter field it
// edits and tied to its help text and messages with aria-describedby.

import { h } from "./dom.js";
import { picker } from "./picker.js";

/**
 * control makes the control of field f. ctx: t (the interface strings),
 * prefix (of element ids), onNewPartner(name, field) (opens the form of a
 * new partner, to be chosen in the picker of field;
 * none: no such button).
 * It returns {name, label, required, el, get, set, inputs, msgs, preview}: get and set read
 * and write the field's value as the API carries it (a text or a list of
 * texts), inputs are the elements marked invalid, msgs holds the field's
 * errors and warnings, preview (Markdown fields) its rendered text.
 */
export function control(f, ctx) {
  const id = `${ctx.prefix}${f.name}`;
  const label = f.label || ctx.t(`field.${f.name}`, f.name);
  const help = f.help ? h("p", { class: "help", id: `${id}-help` }, f.help) : null;
  const msgs = h("div", { class: "msgs", id: `${id}-msgs`, "aria-live": "polite" });
  const described = [help && `${id}-help`, `${id}-msgs`].filter(Boolean).join(" ");
  const req = f.required ? h("span", { class: "req" }, ` (${ctx.t("edit.required", "required")})`) : null;
  const parts = { f, id, label, help, msgs, described, req, ctx };
  const make = kinds[kindOf(f)];
  const c = make(parts);
  c.name = f.name;
  c.label = label;
  c.required = Boolean(f.required);
  c.msgs = msgs;
  c.el.classList.add("field");
  c.el.dataset.field = f.name;
  return c;
}

// kindOf names the control a field gets.
function kindOf(f) {
  const ref = f.ref || "";
  if (ref.startsWith("taxonomy")) return f.multiple ? "checkboxes" : "select";
  if (ref) return "picker";
  if (f.type === "choice") return "select";
  if (f.type === "markdown") return "markdown";
  if (f.type === "coordinates") return "coordinates";
  if (f.type === "list" && f.choices?.length) return "checkboxes";
  if (f.type === "list") return "picker";
  return "input";
}

const kinds = {
  input({ f, id, label, help, msgs, described, req }) {
    const type = f.type === "url" ? "url" : "text";
    const mode = f.type === "int" ? "numeric" : null;
    const placeholder = f.type === "date" ? "YYYY-MM-DD" : f.type === "url" ? "https://" : null;
    const input = h("input", {
      id, name: f.name, type, inputmode: mode, placeholder, "aria-describedby": described,
      "aria-required": f.required ? "true" : null, autocomplete: "off",
    });
    const el = h("div", {}, h("label", { for: id }, label, req), help, input, msgs);
    return { el, inputs: [input], get: () => input.value.trim(), set: (v) => (input.value = v ?? "") };
  },

  markdown({ f, id, label, help, msgs, described, req, ctx }) {
    const area = h("textarea", {
      id, name: f.name, rows: f.name === "body" ? 16 : 6, "aria-describedby": described,
      "aria-required": f.required ? "true" : null, spellcheck: "true",
    });
    const preview = h("div", { class: "preview", id: `${id}-preview`, "aria-live": "off" });
    const el = h("div", { class: "markdown" },
      h("label", { for: id }, label, req), help,
      h("div", { class: "pair" },
        area,
        h("section", { class: "preview-box", "aria-label": `${ctx.t("edit.preview", "Preview")}: ${label}` },
          h("p", { class: "preview-title", "aria-hidden": "true" }, ctx.t("edit.preview", "Preview")), preview)),
      msgs);
    return { el, inputs: [area], preview, get: () => area.value, set: (v) => (area.value = v ?? "") };
  },

  select({ f, id, label, help, msgs, described, req, ctx }) {
    const select = h("select", { id, name: f.name, "aria-describedby": described, "aria-required": f.required ? "true" : null },
      h("option", { value: "" }, ctx.t("edit.none", "(none)")),
      (f.choices || []).map((c) => h("option", { value: c.id, title: c.description || null }, c.label || c.id)));
    const el = h("div", {}, h("label", { for: id }, label, req), help, select, msgs);
    const set = (v) => {
      v = Array.isArray(v) ? v[0] ?? "" : v ?? "";
      if (v && ![...select.options].some((o) => o.value === v)) select.append(h("option", { value: v }, v));
      select.value = v;
    };
    return { el, inputs: [select], get: () => select.value, set };
  },

  checkboxes({ f, id, label, help, msgs, described, req }) {
    const boxes = [];
    const list = h("ul", { class: "terms" }, (f.choices || []).map((c, i) => {
      const box = h("input", { type: "checkbox", id: `${id}-${i}`, name: f.name, value: c.id });
      boxes.push(box);
      return h("li", {}, box, " ",
        h("label", { for: `${id}-${i}` }, h("span", { class: "term" }, c.label || c.id),
          c.description ? h("span", { class: "desc" }, c.description) : null));
    }));
    const el = h("fieldset", { id, "aria-describedby": described }, h("legend", {}, label, req), help, list, msgs);
    const chosen = keptOrder(boxes);
    const set = (v) => {
      const want = Array.isArray(v) ? v : v ? [v] : [];
      for (const b of boxes) b.checked = want.includes(b.value);
      chosen.reset(want);
    };
    return { el, inputs: boxes, get: chosen.get, set };
  },

  picker(parts) {
    return picker(parts);
  },

  coordinates({ f, id, label, help, msgs, described, req, ctx }) {
    const lat = h("input", { id: `${id}-lat`, name: f.name, type: "text", inputmode: "decimal", "aria-describedby": described });
    const lon = h("input", { id: `${id}-lon`, name: f.name, type: "text", inputmode: "decimal", "aria-describedby": described });
    const el = h("fieldset", { id, class: "coords" }, h("legend", {}, label, req), help,
      h("div", { class: "row" },
        h("span", {}, h("label", { for: `${id}-lat` }, ctx.t("edit.latitude", "Latitude")), lat),
        h("span", {}, h("label", { for: `${id}-lon` }, ctx.t("edit.longitude", "Longitude")), lon)),
      msgs);
    const num = (s) => s.trim().replace(",", ".");
    const get = () => (lat.value.trim() || lon.value.trim() ? [num(lat.value), num(lon.value)] : []);
    const set = (v) => {
      const [a = "", b = ""] = Array.isArray(v) ? v : [];
      lat.value = a;
      lon.value = b;
    };
    return { el, inputs: [lat, lon], get, set };
  },
};

/**
 * keptOrder keeps the order in which a list's ids were chosen: the ids a
 * page has stay in their order, a newly ticked one goes last, so that a
 * saved list changes only where the editor changed it.
 */
export function keptOrder(inputs) {
  let order = [];
  const watch = (input) =>
    input.addEventListener("change", () => {
      order = order.filter((v) => v !== input.value);
      if (input.checked) order.push(input.value);
    });
  inputs.forEach(watch);
  return {
    watch,
    reset: (ids) => (order = [...ids]),
    get: () => order.filter((v) => inputs.some((i) => i.value === v && i.checked)),
  };
}
