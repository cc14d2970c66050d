// The editor's requests to its server (the API below __skupaj/edit/api/).
// Requests that write carry the per-process token of the form's page; the
// browser adds the Origin header that the server also checks.

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? "";

/** The editor's base path, e.g. "/__skupaj/edit/". */
export const base = meta("skupaj-edit-base");
const token = meta("skupaj-edit-token");

/** answer reads a response as {status, data}; data is {error} when not JSON. */
async function answer(res) {
  let data;
  try {
    data = await res.json();
  } catch {
    data = { error: `${res.status} ${res.statusText}` };
  }
  return { status: res.status, data };
}

/** get asks GET api/<name>?params. */
export async function get(name, params) {
  const res = await fetch(`${base}api/${name}?${new URLSearchParams(params)}`, {
    headers: { Accept: "application/json" },
  });
  return answer(res);
}

/** post sends body as JSON to POST api/<name>. */
export async function post(name, body) {
  const res = await fetch(`${base}api/${name}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Skupaj-Token": token },
    body: JSON.stringify(body),
  });
  return answer(res);
}

/** upload sends an image and its alt text to POST api/upload. */
export async function upload(file, alt) {
  const form = new FormData();
  form.append("file", file);
  form.append("alt", alt);
  const res = await fetch(`${base}api/upload`, {
    method: "POST",
    headers: { "X-Skupaj-Token": token },
    body: form,
  });
  return answer(res);
}
