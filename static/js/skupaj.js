// skupaj: small progressive enhancements. Every page works without this file.

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

// The print edition's button prints the page.
document.querySelectorAll("[data-print]").forEach((b) => b.addEventListener("click", () => window.print()));

// The one 404 page speaks every language: show the one whose prefix the
// missing address starts with (the default language shows without script).
const notFound = [...document.querySelectorAll(".not-found-lang")];
if (notFound.length) {
  const match = notFound
    .filter((s) => location.pathname.startsWith(s.dataset.langPrefix))
    .sort((a, b) => b.dataset.langPrefix.length - a.dataset.langPrefix.length)[0];
  if (match) {
    notFound.forEach((s) => (s.hidden = s !== match));
    document.documentElement.lang = match.lang;
  }
}
