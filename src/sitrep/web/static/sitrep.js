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
