// The visitor's shortlist: listing ids starred while searching, in the order they were starred.
// There is no account: the list lives in the page URL (`shortlist=ID,ID`, kept through every
// search, so a shared search carries it) and in localStorage, which gives it back to a visitor who
// returns without the parameter (a URL that has it wins). Every change fires `ipd-shortlist-change`
// ({ids}, or {full: true} when a star was refused) on the document, and every star button on the
// page follows it in place, so keyboard focus stays on the button that was pressed.
import { h } from "./dom.js";
import { t } from "./i18n.js";

/** Most listings on a shortlist; the API's GET /listings?ids= takes as many. */
export const MAX = 50;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const STORED = "ipd-shortlist";

let ids = [];

/** The ids of a parameter value: malformed ones dropped, each once, at most MAX. */
export function parseIds(text) {
  const out = [];
  for (const id of String(text || "").split(",").map((s) => s.trim())) {
    if (ID.test(id) && !out.includes(id) && out.length < MAX) out.push(id);
  }
  return out;
}

/** The list kept in this browser, [] when none (or storage is blocked). */
export function stored() {
  try {
    return parseIds(localStorage.getItem(STORED));
  } catch {
    return [];
  }
}

export const shortlisted = () => [...ids];
export const isShortlisted = (id) => ids.includes(id);

/**
 * Replaces the list (from the URL or storage) without telling anyone: the page is starting. The
 * stars already on the page (the server writes them unpressed) are pressed to match.
 */
export function setShortlist(list) {
  ids = parseIds(list.join(","));
  save();
  if (ids.length) pressAll();
}

export function toggleShortlisted(id) {
  if (ids.includes(id)) ids = ids.filter((x) => x !== id);
  else if (ids.length >= MAX) return changed({ full: true });
  else ids = [...ids, id];
  changed();
}

export function removeShortlisted(id) {
  ids = ids.filter((x) => x !== id);
  changed();
}

export function clearShortlist() {
  ids = [];
  changed();
}

function save() {
  try {
    localStorage.setItem(STORED, ids.join(","));
  } catch {
    // Storage blocked (private mode, policy): the URL still carries the list.
  }
}

function pressAll() {
  for (const button of document.querySelectorAll("button.star[data-id]")) pressed(button);
}

function changed(extra = {}) {
  save();
  pressAll();
  document.dispatchEvent(new CustomEvent("ipd-shortlist-change", { detail: { ids: shortlisted(), ...extra } }));
}

function pressed(button) {
  const on = ids.includes(button.dataset.id);
  button.setAttribute("aria-pressed", String(on));
  button.querySelector(".star-icon").textContent = on ? "★" : "☆";
}

/**
 * The toggle "加入候选 / Add to shortlist" of one listing: a button with aria-pressed whose
 * accessible name adds the listing's name to the visible text (so speech input finds it by what
 * it shows). Enter and Space are the button's own.
 */
export function starButton(id, name) {
  const button = h(
    "button",
    { type: "button", class: "star", dataset: { id }, "aria-label": t("shortlistAddLabel", { name }) },
    h("span", { class: "star-icon", "aria-hidden": "true" }),
    " ",
    t("shortlistAdd"),
  );
  pressed(button);
  return button;
}

// One listener for every star, wherever it is (the results, the related results, the detail) and
// whoever wrote it (the server writes the first results' stars): a click toggles its listing.
document.addEventListener("click", (e) => {
  const star = e.target.closest?.("button.star[data-id]");
  if (star) toggleShortlisted(star.dataset.id);
});
