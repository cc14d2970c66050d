// skupaj: part of every page's script (js/skupaj.js); every page works without it.

// The print edition's button prints the page; without script it stays
// hidden and the browser's own Print does the same.
document.querySelectorAll("[data-print]").forEach((b) => {
  b.hidden = false;
  b.addEventListener("click", () => window.print());
});
