// Light up the whole span the address points at (#span-S-E). A span that crosses another
// is split into pieces; only the first holds the id, so :target alone would miss the rest.
function showTarget() {
  document.querySelectorAll(".target").forEach((el) => el.classList.remove("target"));
  const match = location.hash.match(/^#span-(\d+-\d+)$/);
  if (!match) return;
  const pieces = document.querySelectorAll(`[data-span="${match[1]}"]`);
  pieces.forEach((el) => el.classList.add("target"));
  if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
}
window.addEventListener("hashchange", showTarget);
showTarget();

// The live briefing and article list: when the server says the store changed, fetch the body
// (the page's data-fragment) for the same period and swap it in, keeping the reader's place; a notice says when it was updated.
// EventSource reconnects by itself and sends the last stamp it saw (Last-Event-ID). A burst
// of changes (a watcher ingesting a folder) is one fetch a moment after its first, never two at once;
// a body that comes back the same (nothing changed in this page's period) is left alone.
const SETTLE_MS = 1500;
function withoutBuildTime(root) {  // what a body shows, the time it was generated and the folded lists the reader opened aside
  const copy = root.cloneNode(true);
  copy.querySelectorAll("p.summary time").forEach((el) => el.remove());
  copy.querySelectorAll("details[open]").forEach((el) => el.removeAttribute("open"));
  return copy.innerHTML.replace(/\s+/g, " ").trim();
}
function foldedLists(root) {  // each <details> by its class and its place among those of that class
  const seen = {};
  return [...root.querySelectorAll("details")].map((el) => {
    seen[el.className] = (seen[el.className] || 0) + 1;
    return { el, key: el.className + "#" + seen[el.className] };
  });
}
function followStore(body) {
  const notice = document.getElementById("live-notice");
  const events = new EventSource("/api/stream?stamp=" + encodeURIComponent(body.dataset.stamp));
  let timer = null;
  let fetching = false;
  let again = false;
  async function refresh() {
    timer = null;
    if (fetching) { again = true; return; }
    fetching = true;
    try {
      const response = await fetch(body.dataset.fragment + location.search);
      if (!response.ok) return;
      const fresh = document.createElement("div");
      fresh.innerHTML = await response.text();
      body.dataset.stamp = response.headers.get("X-Sitrep-Stamp") || body.dataset.stamp;
      if (withoutBuildTime(fresh) === withoutBuildTime(body)) return;
      const opened = new Set(foldedLists(body).filter(({ el }) => el.open).map(({ key }) => key));
      body.innerHTML = fresh.innerHTML;
      foldedLists(body).forEach(({ el, key }) => { if (opened.has(key)) el.open = true; });  // a list the reader opened stays open
      notice.textContent = "Updated " + new Date().toLocaleTimeString() + ": new reports arrived.";
      notice.hidden = false;
    } finally {
      fetching = false;
      if (again) { again = false; refresh(); }
    }
  }
  events.addEventListener("briefing", (event) => {
    const { stamp } = JSON.parse(event.data);
    if (stamp === body.dataset.stamp) return;
    if (timer === null) timer = setTimeout(refresh, SETTLE_MS);  // later changes join this fetch
  });
}
const liveBody = document.querySelector("[data-stamp][data-fragment]");
if (liveBody) followStore(liveBody);
