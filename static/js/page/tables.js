// skupaj: part of every page's script (js/skupaj.js); every page works without it.

// Sortable tables: each column header of a table.sortable becomes a button
// that sorts the rows by that column, in the page's language.
function sortable(table) {
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", dir);
      const body = table.tBodies[0];
      const rows = [...body.rows];
      rows.sort((a, b) => collator.compare(a.cells[col].textContent.trim(), b.cells[col].textContent.trim()) * (dir === "ascending" ? 1 : -1));
      body.append(...rows);
    });
  });
}

document.querySelectorAll("table.sortable").forEach(sortable);
