// A new partner made from inside another page's form: a dialog with the
// fields a partner page must have, saved as a page of its own through
// POST api/save, then offered (and chosen) in the form's partner pickers.

import { h, slug } from "./dom.js";
import { get, post } from "./api.js";
import { makeForm } from "./form.js";

/**
 * partnerDialog returns a function that opens the dialog with a proposed
 * name for a partner page in lang and the name of the picker that asked
 * for it, the form speaking ui; onMade gets the new partner as a choice
 * {id, label} and that picker's name.
 */
export function partnerDialog(lang, ui, t, onMade) {
  let dialog = null;
  let form = null;
  let slugFrom = "";
  let from = "";
  const status = h("p", { class: "status", "aria-live": "polite" });

  async function build() {
    const { status: code, data } = await get("schema", { kind: "partner", lang: ui });
    if (code !== 200) throw new Error(data.error || String(code));
    slugFrom = data.slugFrom;
    const fields = data.fields.filter((f) => f.required);
    form = makeForm({ ...data, fields }, { t, prefix: "np-", isNew: true, body: false, slug });
    form.el.append(h("div", { class: "actions" },
      h("button", { type: "submit" }, t("edit.partner.create", "Add as a new partner")),
      h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, t("edit.cancel", "Cancel"))),
      status);
    form.el.addEventListener("submit", save);
    dialog = h("dialog", { class: "partner-dialog", "aria-labelledby": "np-title" },
      h("h2", { id: "np-title" }, t("edit.new.partner", "New partner")), form.el);
    document.body.append(dialog);
  }

  async function save(e) {
    e.preventDefault();
    status.textContent = t("edit.saving", "Saving…");
    const fields = form.fields();
    const { status: code, data } = await post("save", { kind: "partner", lang, id: form.id(), version: "", fields, body: "" });
    status.textContent = "";
    if (code === 200) {
      onMade({ id: form.id(), label: fields[slugFrom] || form.id() }, from);
      dialog.close();
      return;
    }
    if (code === 422) form.show(data.diagnostics || []);
    else if (code === 409) form.show([{ field: "id", severity: "error", message: t("edit.conflict", ""), lang: ui }]);
    else form.show([{ field: "id", severity: "error", message: data.error || String(code) }]);
  }

  return async (name, picker) => {
    if (!dialog) await build();
    from = picker;
    form.set({ [slugFrom]: name });
    form.setID(slug(name), false);
    form.show([]);
    dialog.showModal();
    form.controls.get(slugFrom).inputs[0].focus();
  };
}
