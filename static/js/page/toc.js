// skupaj: part of every page's script (js/skupaj.js); every page works without it.

// The on-page contents marks the section being read: the last one whose
// heading has scrolled past the top third of the window.
const tocLinks = [...document.querySelectorAll(".toc a[href^='#']")];
const tocTargets = tocLinks.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
if (tocLinks.length && !tocTargets.includes(null)) {
  let queued = false;
  const mark = () => {
    queued = false;
    const line = window.innerHeight / 3;
    let current = -1;
    tocTargets.forEach((h, i) => { if (h.getBoundingClientRect().top < line) current = i; });
    tocLinks.forEach((a, i) => (i === current ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
  };
  addEventListener("scroll", () => { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
  mark();
}
