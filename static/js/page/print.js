// skupaj: part of every page's script (js/skupaj.js); every page works without it.

// The print edition's button prints the page; without script it stays
// hidden and the browser's own Print does the same. A case page's button
// (data-print="sheet") prints the case's one-page sheet: the class
// print-sheet, which print.css reads, is on the root until the printing
// is over, so that the browser's own Print prints the whole case.
document.querySelectorAll("[data-print]").forEach((b) => {
  b.hidden = false;
  b.addEventListener("click", () => {
    if (b.dataset.print === "sheet") {
      const root = document.documentElement;
      root.classList.add("print-sheet");
      addEventListener("afterprint", () => root.classList.remove("print-sheet"), { once: true });
    }
    window.print();
  });
});
