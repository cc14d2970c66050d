// skupaj: part of every page's script (js/skupaj.js); every page works without it.

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
