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

// The live briefing: when the server says the store changed, fetch the body for the same
// period and swap it in, keeping the reader's place; a notice says when it was updated.
// EventSource reconnects by itself and sends the last stamp it saw (Last-Event-ID).
function followBriefing(body) {
  const notice = document.getElementById("live-notice");
  const events = new EventSource("/api/stream?stamp=" + encodeURIComponent(body.dataset.stamp));
  events.addEventListener("briefing", async (event) => {
    const { stamp } = JSON.parse(event.data);
    if (stamp === body.dataset.stamp) return;
    const response = await fetch("/fragments/briefing" + location.search);
    if (!response.ok) return;
    body.innerHTML = await response.text();
    body.dataset.stamp = response.headers.get("X-Sitrep-Stamp") || stamp;
    notice.textContent = "Updated " + new Date().toLocaleTimeString() + ": new reports arrived.";
    notice.hidden = false;
  });
}
const liveBody = document.querySelector("#briefing-body[data-stamp]");
if (liveBody) followBriefing(liveBody);
