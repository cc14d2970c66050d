// Small helpers that build the form's elements.

/**
 * h makes an element: attrs are attributes (a value of false or null
 * leaves the attribute out; "on…" functions become listeners), children
 * are nodes or texts.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** debounce calls fn once no call came for ms milliseconds. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// Letters that lose no accent but change form in an id.
const letters = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j",
  к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t",
  ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s", ѓ: "gj", ќ: "kj", ѕ: "dz",
  й: "y", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya", đ: "dj", ł: "l", ø: "o", æ: "ae", ß: "ss",
};

/** slug proposes an id for a title: lowercase a–z, digits and hyphens. */
export function slug(title) {
  let out = "";
  for (const c of title.toLowerCase()) out += letters[c] ?? c;
  return out
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** fold makes text comparable for a search: lowercase, without accents. */
export function fold(text) {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
