// The searchable picker of pages and sources (partners, the library,
// chapters, cases, worksheets, sources): the options by name in the
// form's language, filtered as the editor types, checkboxes when the
// field takes several ids and radio buttons when it takes one.

import { h, fold } from "./dom.js";
import { keptOrder } from "./fields.js";

/** picker makes the control of a field that names pages or sources. */
export function picker({ f, id, label, help, msgs, described, req, ctx }) {
  const many = f.multiple ?? f.type === "list";
  const type = many ? "checkbox" : "radio";
  const inputs = [];
  const chosenOrder = keptOrder(inputs);
  const list = h("ul", { class: "options", id: `${id}-options` });
  const nothing = h("p", { class: "nothing", hidden: true }, ctx.t("edit.nothing", "Nothing found."));
  const search = h("input", {
    type: "search", id: `${id}-search`, "aria-controls": `${id}-options`, autocomplete: "off",
    placeholder: ctx.t("edit.search", "Search"), "aria-label": `${ctx.t("edit.search", "Search")}: ${label}`,
  });
  const chosen = h("p", { class: "chosen", id: `${id}-chosen`, "aria-live": "polite" });

  const option = (c) => {
    const n = inputs.length;
    const input = h("input", { type, id: `${id}-${n}`, name: f.name, value: c.id, onchange: show });
    input.dataset.label = c.label || c.id;
    input.dataset.search = fold(`${c.label || ""} ${c.id}`);
    inputs.push(input);
    if (many) chosenOrder.watch(input);
    const li = h("li", {}, input, " ",
      h("label", { for: input.id }, h("span", { class: "term" }, c.label || c.id),
        c.description ? h("span", { class: "desc" }, c.description) : null));
    list.append(li);
    return input;
  };
  if (!many) option({ id: "", label: ctx.t("edit.none", "(none)") });
  for (const c of f.choices || []) option(c);

  // filter shows the options that match the search, and those chosen.
  function filter() {
    const q = fold(search.value.trim());
    let shown = 0;
    for (const input of inputs) {
      const visible = input.checked || !q || input.dataset.search.includes(q);
      input.parentElement.hidden = !visible;
      if (visible) shown++;
    }
    nothing.hidden = shown > 0;
  }
  // show names the chosen options above the list.
  function show() {
    chosen.textContent = inputs.filter((i) => i.checked && i.value).map((i) => i.dataset.label).join(", ");
  }
  search.addEventListener("input", filter);
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") e.preventDefault(); // Enter in the search does not save the form
  });

  const newPartner = f.ref === "partner" && ctx.onNewPartner
    ? h("button", { type: "button", class: "secondary", onclick: () => ctx.onNewPartner(search.value.trim(), f.name) },
      ctx.t("edit.new.partner", "New partner"))
    : null;
  const el = h("fieldset", { id, class: "picker", "aria-describedby": described },
    h("legend", {}, label, req), help, chosen,
    h("div", { class: "row" }, search, newPartner), list, nothing, msgs);

  const get = () => (many ? chosenOrder.get() : inputs.find((i) => i.checked)?.value ?? "");
  const set = (v) => {
    const want = (Array.isArray(v) ? v : [v]).filter(Boolean);
    for (const w of want) if (!inputs.some((i) => i.value === w)) option({ id: w, label: w });
    for (const i of inputs) i.checked = want.includes(i.value) || (!many && !want.length && i.value === "");
    chosenOrder.reset(want);
    show();
    filter();
  };
  // add offers a new choice (a partner made inline), chosen when choose.
  const add = (c, choose) => {
    const input = inputs.find((i) => i.value === c.id) || option(c);
    if (choose) {
      input.checked = true;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    filter();
  };
  return { el, inputs, get, set, add };
}
