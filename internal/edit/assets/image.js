// The image upload beside the page's text: the image goes into static/
// through POST api/upload, which requires alt text, and its Markdown is
// put into the text where the cursor stands.

import { h } from "./dom.js";
import { upload } from "./api.js";

/** imageUpload makes the upload controls that insert into area. */
export function imageUpload(area, t, prefix) {
  const id = `${prefix}image`;
  const file = h("input", { type: "file", id: `${id}-file`, accept: "image/png,image/jpeg,image/webp,image/gif" });
  const alt = h("input", { type: "text", id: `${id}-alt`, "aria-describedby": `${id}-msg`, autocomplete: "off" });
  const msg = h("p", { class: "msgs", id: `${id}-msg`, "aria-live": "polite" });
  const button = h("button", { type: "button", class: "secondary", onclick: send }, t("edit.image.insert", "Upload and insert"));

  async function send() {
    msg.textContent = "";
    alt.removeAttribute("aria-invalid");
    if (!alt.value.trim()) {
      alt.setAttribute("aria-invalid", "true");
      msg.append(h("span", { class: "error" }, t("edit.image.noalt", "Describe the image first.")));
      alt.focus();
      return;
    }
    if (!file.files.length) {
      file.focus();
      return;
    }
    const { status, data } = await upload(file.files[0], alt.value.trim());
    if (status !== 200) {
      msg.append(h("span", { class: "error" }, `${t("edit.failed", "The editor could not do this:")} ${data.error || status}`));
      return;
    }
    const at = area.selectionStart ?? area.value.length;
    const before = area.value.slice(0, at);
    const gap = before && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : "";
    area.value = `${before}${gap}${data.markdown}\n${area.value.slice(at)}`;
    area.dispatchEvent(new Event("input", { bubbles: true }));
    file.value = "";
    alt.value = "";
  }

  return h("fieldset", { class: "image" },
    h("legend", {}, t("edit.image", "Image")),
    h("label", { for: file.id }, t("edit.image.file", "Image file")), file,
    h("label", { for: alt.id }, t("edit.image.alt", "What the image shows (alt text)")), alt,
    button, msg);
}
