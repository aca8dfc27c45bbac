// The workplace (/admin): who is signed in, signing out, the navigation between screens, and the
// screens. The screen is chosen by the URL: /admin?q=…&status=… is the listings search,
// /admin?listing=ID&view=edit|review|history one listing, /admin?new=listing a new listing,
// /admin?screen=NAME one of the other screens in SCREENS. Every change of screen or search is a history entry, so links can be shared
// and Back works. Without a session the server has already sent the browser to the sign-in page; a
// session that ends meanwhile does the same.

import { t } from "../i18n.js";
import { call, localise } from "./session.js";
import { showListings } from "./listings.js";
import { showListing } from "./listing.js";
import { showPartners } from "./partners.js";
import { showNewListing } from "./new-listing.js";
import { showStaff } from "./staff.js";
import { showCorrections } from "./corrections.js";
import { showSearchLog } from "./search-log.js";
import { showExports } from "./exports.js";
import { showUploads } from "./uploads.js";
import { showDuplicates } from "./duplicates.js";
import { showVerification } from "./verification.js";

const status = document.getElementById("status");
const view = document.getElementById("view");
const nav = document.getElementById("screens");
let session = null;
let screen = null;

/**
 * The screens besides the listings, in the order of the navigation: the URL's `screen` value, the
 * string key of its label, the permission it needs (links are shown only to roles that may use
 * them; the API refuses the rest anyway) and the function that shows it.
 */
const SCREENS = [
  { name: "corrections", label: "staffNavCorrections", permission: "read", show: showCorrections },
  { name: "uploads", label: "staffNavUploads", permission: "read", show: showUploads },
  { name: "duplicates", label: "staffNavDuplicates", permission: "read", show: showDuplicates },
  { name: "verification", label: "staffNavVerification", permission: "read", show: showVerification },
  { name: "search-log", label: "staffNavSearchLog", permission: "insights", show: showSearchLog },
  { name: "exports", label: "staffNavExports", permission: "read", show: showExports },
  { name: "partners", label: "staffNavPartners", permission: "admin", show: showPartners },
  { name: "staff", label: "staffNavStaff", permission: "admin", show: showStaff },
];

/** What a role may do, as the API's StaffAccess grants it (the API refuses the rest anyway). */
function can(permission) {
  const role = session?.role;
  if (permission === "edit") return role === "EDITOR" || role === "ADMIN";
  if (permission === "review") return role === "REVIEWER" || role === "ADMIN";
  if (permission === "admin") return role === "ADMIN";
  if (permission === "insights") return role === "REVIEWER" || role === "ADMIN";
  return !!role;
}

function renderWho() {
  if (!session) return;
  document.getElementById("who-name").textContent = session.name;
  document.getElementById("who-role").textContent = t("staffRole" + session.role);
  const scope = Object.entries(session.scope).map(([facet, codes]) => `${facet}: ${codes.join(", ")}`);
  document.getElementById("who-scope").textContent = scope.length ? scope.join("; ") : t("staffScopeAll");
  document.getElementById("who").hidden = false;
  document.getElementById("sign-out").hidden = false;
  renderNav();
}

/** The links between screens; the current one is marked for assistive technology. */
function renderNav() {
  const current = new URLSearchParams(location.search).get("screen") || "";
  const links = [{ name: "", label: "staffNavListings", permission: "read" }, ...SCREENS]
    .filter((s) => can(s.permission))
    .map((s) => {
      const a = document.createElement("a");
      a.href = "/admin" + (s.name ? "?screen=" + s.name : "");
      a.textContent = t(s.label);
      a.dataset.screen = s.name;
      if (s.name === current) a.setAttribute("aria-current", "page");
      a.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(new URLSearchParams(s.name ? { screen: s.name } : {}));
      });
      return a;
    });
  nav.replaceChildren(...links);
  // One screen only (an editor without other screens): no navigation to show.
  nav.hidden = links.length < 2;
}

/** Goes to another screen or search: a new history entry, then the screen for it. */
function navigate(params, { replace = false, focus = true } = {}) {
  const query = params.toString();
  const url = "/admin" + (query ? "?" + query : "");
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  route(focus);
}

function route(focus) {
  screen?.close?.();
  const params = new URLSearchParams(location.search);
  const context = { session, can, navigate, announce, view };
  const other = SCREENS.find((s) => s.name === params.get("screen") && can(s.permission));
  if (params.has("listing")) screen = showListing(context, params);
  else if (params.get("new") === "listing" && can("edit")) screen = showNewListing(context);
  else if (other) screen = other.show(context, params);
  else screen = showListings(context, params);
  renderNav();
  if (focus) view.focus({ preventScroll: false });
}

/** A polite message in the page's status region (saved, published, …). */
function announce(text) {
  status.textContent = "";
  // A fresh text node, so the same message twice is read out twice.
  setTimeout(() => (status.textContent = text), 30);
}

localise(() => {
  renderWho();
  screen?.relabel?.();
});

const response = await call("GET", "/api/v1/admin/session");
if (response.status === 401) {
  location.replace("/admin/sign-in");
} else if (response.ok) {
  session = await response.json();
  renderWho();
  route(false);
} else {
  status.textContent = t("staffUnreachable");
}

window.addEventListener("popstate", () => route(true));

document.getElementById("home-link").addEventListener("click", (event) => {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(new URLSearchParams());
});

document.getElementById("sign-out").addEventListener("click", async () => {
  const out = await call("DELETE", "/api/v1/admin/session");
  if (out.ok || out.status === 401) location.assign("/admin/sign-in");
  else status.textContent = t("staffUnreachable");
});
