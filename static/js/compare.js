// The compare page (layouts/compare.html): the cases named in the address
// (?c=a,b,c, or ?c=a&c=b as the page's form sends them) side by side, one
// row per field that any of them gives, in the order of the page's
// template. Ticking a case in the list below changes the address and the
// table. Without script the page lists the cases, with a note. The page's
// own bundle (js/compare.min.js) runs this file; no other page loads it.

document.querySelectorAll("[data-compare]").forEach(compare);

function compare(root) {
  const data = root.querySelector("#compare-data").content;
  const strings = JSON.parse(root.querySelector("#compare-strings").textContent);
  const max = Number(root.dataset.max);
  const view = root.querySelector(".compare-view");
  const status = root.querySelector(".compare-status");
  const boxes = [...root.querySelectorAll(".compare-pick input[name=c]")];
  const known = new Set(boxes.map((b) => b.value));
  boxes.forEach((b) => (b.hidden = false));
  root.querySelector(".compare-pick button").hidden = false;

  const chosen = () => {
    const ids = new URLSearchParams(location.search).getAll("c").flatMap((v) => v.split(","));
    return [...new Set(ids.map((s) => s.trim()).filter((id) => known.has(id)))];
  };

  const show = () => {
    const all = chosen();
    const ids = all.slice(0, max);
    boxes.forEach((b) => (b.checked = ids.includes(b.value)));
    view.replaceChildren();
    status.textContent = ids.length === 0 ? strings["compare.empty"] : all.length > max ? strings["compare.too_many"] : "";
    if (ids.length === 0) return;
    const table = data.querySelector("table").cloneNode(true);
    const cases = ids.map((id) => data.querySelector(`[data-case="${CSS.escape(id)}"]`));
    const head = table.tHead.rows[0];
    cases.forEach((c) => {
      const th = document.createElement("th");
      th.scope = "col";
      if (c.lang) th.lang = c.lang;
      th.append(...[...c.children].filter((e) => !e.dataset.cell).map((e) => e.cloneNode(true)));
      head.append(th);
    });
    [...table.tBodies[0].rows].forEach((tr) => {
      const cells = cases.map((c) => c.querySelector(`[data-cell="${tr.dataset.row}"]`));
      if (cells.every((cell) => !cell)) {
        tr.remove();
        return;
      }
      cells.forEach((cell, i) => {
        const td = document.createElement("td");
        td.dataset.case = cases[i].querySelector("a").textContent;
        if (cases[i].lang) td.lang = cases[i].lang;
        if (cell) td.append(...[...cell.childNodes].map((n) => n.cloneNode(true)));
        else td.append(Object.assign(document.createElement("span"), { className: "compare-none", textContent: strings["compare.not_given"] }));
        td.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id")); // the case page's anchors, not this page's
        tr.append(td);
      });
    });
    table.classList.add(`compare-${ids.length}`);
    view.append(table);
  };

  const go = (ids) => {
    const url = new URL(location.href);
    url.search = ids.length ? `?c=${ids.join(",")}` : "";
    history.pushState(null, "", url);
    show();
  };

  boxes.forEach((b) => b.addEventListener("change", () => {
    let ids = chosen().filter((id) => id !== b.value);
    if (b.checked) ids.push(b.value);
    go(ids);
  }));
  root.querySelector(".compare-pick").addEventListener("submit", (e) => {
    e.preventDefault();
    go(boxes.filter((b) => b.checked).map((b) => b.value));
  });
  addEventListener("popstate", show);
  // The form sends ?c=a&c=b: the address says it as ?c=a,b.
  if (new URLSearchParams(location.search).getAll("c").length > 1) history.replaceState(null, "", `?c=${chosen().join(",")}`);
  show();
}
