// The search page: owns the search state, keeps it in the URL (pushState on every change,
// popstate restores), calls the API and hands each answer to the components. The open detail is
// in the URL too (`listing`), on top of the search it was opened from.
import { getJson, latest, isAbort } from "./api.js";
import { h, replace, yieldToMain } from "./dom.js";
import { t, setLang, browserLang, lang } from "./i18n.js";
import { fromQuery, toQuery, clone, loadFacets, FACETS, VALUES } from "./state.js";
import "./components/search-box.js";
import { placeName } from "./components/place-box.js";
import "./components/facet-panel.js";
import "./components/chips.js";
import "./components/correction.js";
import "./components/result-list.js";
import "./components/related.js";
import "./components/pager.js";
// The detail dialog (with the correction form) and the map are not needed for the first results:
// they load after them (see `later`), so the first visit runs less script before the results.
import { setShortlist, stored, shortlisted, MAX as SHORTLIST_MAX } from "./shortlist.js";

const PAGE_SIZE = 20;
const $ = (sel) => document.querySelector(sel);
const ui = {
  box: $("ipd-search-box"),
  place: $("ipd-place-box"),
  facets: $("ipd-facets"),
  chips: $("ipd-chips"),
  correction: $("ipd-correction"),
  results: $("ipd-results"),
  related: $("ipd-related"),
  pager: $("ipd-pager"),
  detail: $("ipd-detail"),
  map: $("ipd-map"),
  status: $("#result-status"),
  notice: $("#page-notice"),
  sort: $("#sort"),
  drawer: $("#filters"),
  shortlist: $("ipd-shortlist"),
  shortlistLink: $("#shortlist-link"),
};
const searchLatest = latest();
/**
 * A partner's widget or frame links `?listing=ID&report=1` for "report a correction": the listing
 * the page loads with opens with its correction form, once (the parameter is not kept in the URL).
 */
let reportOnLoad = new URLSearchParams(location.search).get("report") === "1";

/**
 * Modules the first results do without, imported once they are shown (or when a listing is opened
 * before that): on a phone's slow CPU, script run before the first results is the longest wait
 * after the network.
 */
const later = {
  map: once(() => import("./components/world-map.js")),
  detail: once(() => import("./components/detail-dialog.js").then(() => ui.detail)),
};
function once(load) {
  let loaded;
  return () => (loaded ??= load());
}
try {
  await loadFacets();
} catch {
  // Without the facet list the search below still runs and shows the API's error, if any.
}
let state = fromQuery(location.search, browserLang());
// The URL's shortlist wins; without one, the one this browser kept (see shortlist.js).
setShortlist(state.shortlist ?? stored());
state.shortlist = shortlisted();
let last = null; // the last answer: its hits, for the detail of a listing in the URL
let pagedTo = false; // the search runs for a page link: focus and scroll go to the results
// Tags the history entries with `listing` that this page load pushed over their search (see
// leaveDetail); history.state survives a reload, so the tag must name the load.
const PAGE_LOAD = performance.timeOrigin;

/** The page URL of a search state, with the listing whose detail is open. */
function urlOf(s, listing) {
  const params = new URLSearchParams(toQuery(s));
  if (listing) params.set("listing", listing);
  return `?${params}`;
}

const listingInUrl = () => new URLSearchParams(location.search).get("listing");
/** The title button of a listing among the results, else among the related results. */
const resultButton = (id) =>
  document.querySelector(`:is(ipd-results, ipd-related-results) button.result-title[data-id="${CSS.escape(id)}"]`);

/** Applies a change from a component: a new URL entry, then a search; `paged` when a page link made it. */
function change(patch, { paged = false } = {}) {
  const next = { ...clone(state), ...patch };
  if ("q" in patch && !("interpret" in patch)) next.interpret = true;
  if (!("page" in patch)) next.page = 1;
  if (!("after" in patch)) next.after = null;
  if (!("view" in patch)) next.view = null; // a search leaves the shortlist view
  // A place just chosen sorts nearest first; without a place there is no distance to sort by.
  if (patch.near && patch.near !== state.near) next.sort = "distance";
  if (!next.near && next.sort === "distance") next.sort = "relevance";
  pagedTo = paged;
  notice("");
  const url = `?${toQuery(next)}`;
  if (url !== location.search) history.pushState(null, "", url);
  state = next;
  run();
}

async function run() {
  setLang(state.lang);
  relabel();
  ui.box.value = state.q;
  const distance = ui.sort.querySelector("option[value=distance]");
  distance.hidden = distance.disabled = !state.near;
  ui.sort.value = state.sort;
  if (showShortlist()) return;
  const placeCall = placeName(state.near, state.lang);
  ui.results.setAttribute("aria-busy", "true");
  const query = toQuery(state, { forApi: true, size: PAGE_SIZE });
  let response = writtenAnswer(`/api/v1/search?${query}`);
  const written = !!response; // its cards, count and chips are on the page already
  try {
    response ??= await searchLatest((signal) => getJson(`/api/v1/search?${query}`, signal));
  } catch (e) {
    if (isAbort(e)) return;
    if (e.status === 400 && state.near) return dropUnknownPlace();
    showError();
    return;
  }
  last = { response };
  const place = await placeCall;
  const searched = state;
  ui.place.update(state.near, state.radius, place);
  ui.results.removeAttribute("aria-busy");
  ui.status.textContent = response.total ? t("results", { n: response.total }) : t("resultsNone");
  $("#filters-done").textContent = t("showResults", { n: response.total });
  document.title = titleOf(response.total);
  ui.status.classList.toggle("empty", !response.total);
  if (written) {
    // The server wrote these cards and chips from this very answer (FirstResultsIT): they are
    // kept, and the rest of the page is filled in over a few short tasks rather than one long one,
    // so that a tap or a key on the page is answered in between.
    ui.results.adopt(response.hits);
    await yieldToMain();
    if (state !== searched) return; // a newer search took over meanwhile
    ui.facets.update(response.facets, state, response, { closedLater: true });
    await ui.facets.filled;
    await yieldToMain();
    if (state !== searched) return;
  } else {
    ui.results.update(response.hits);
    ui.facets.update(response.facets, state, response);
  }
  ui.chips.update(response, state, place);
  ui.correction.update(response, state);
  ui.related.update(response, state);
  ui.pager.update(response, state);
  ui.status.dataset.total = String(response.total); // read by the browser tests: the page is ready
  // "Results visible", for the page-weight test and anyone profiling the page.
  if (!performance.getEntriesByName("results-shown").length) performance.mark("results-shown");
  syncDetail();
  if (pagedTo) {
    // A new page is read from its top, as after following a link: the heading above the results
    // takes the focus (and the screen reader's attention) and the view.
    pagedTo = false;
    const heading = $("#results-heading");
    heading.focus({ preventScroll: true });
    heading.closest(".results-head").scrollIntoView({ block: "start" });
  }
  // The map asks for its own counts: it zooms to the places of the answer, at a tile precision that
  // depends on that zoom.
  later.map().then(() => ui.map.update(query, state, response));
  later.detail(); // loaded while the visitor reads the results, ready before a listing is opened
}

/**
 * The answer the server wrote into the page for the search it was loaded with (FirstAnswer.java:
 * the same cards are already painted), taken once; null for any other search, or when the page
 * came without one.
 */
function writtenAnswer(path) {
  const written = document.getElementById("first-answer");
  if (!written) return null;
  written.remove();
  return written.dataset.path === path ? JSON.parse(written.textContent) : null;
}

/**
 * A place the API does not know (a shared or hand-edited URL, `near=Erewhon`): the search runs
 * without it and a notice says so, rather than "service unavailable".
 */
function dropUnknownPlace() {
  state = { ...clone(state), near: "", sort: state.sort === "distance" ? "relevance" : state.sort };
  history.replaceState(history.state, "", urlOf(state, listingInUrl()));
  notice(t("placeUnknown"));
  run();
}

/** Opens a listing chosen on the page: a new history entry, the same search plus `listing`. */
function openDetail(id, hit, opener) {
  notice("");
  // A listing of the URL still being fetched is replaced rather than stacked under this one.
  if (listingInUrl()) history.replaceState(history.state, "", urlOf(state, id));
  else history.pushState({ detailOf: PAGE_LOAD }, "", urlOf(state, id));
  later.detail().then((detail) => detail.open(id, hit, opener));
}

/** Opens or closes the detail to match the URL's `listing`: after a load, reload, Back or Forward. */
function syncDetail() {
  const id = listingInUrl();
  const report = reportOnLoad;
  reportOnLoad = false;
  if (!id) ui.detail.close?.(); // not loaded yet: nothing is open
  else if (id !== ui.detail.listingId) {
    const hit = [...(last?.response.hits || []), ...ui.related.hits].find((x) => x.id === id);
    later.detail().then((detail) => detail.open(id, hit, resultButton(id) || $("#results-heading"), { report }));
  }
}

/**
 * The detail was closed on the page (Escape, close button, backdrop) or could not be shown, so
 * `listing` leaves the URL. An entry pushed by this page load is left with Back: the entry under it
 * is the same search, and Forward re-opens the listing. An entry the page was loaded (or reloaded)
 * with is rewritten in place: the entry under it, if any, is not ours to go back to.
 */
function leaveDetail() {
  if (!listingInUrl()) return; // closed because the URL changed: Back, or a new search
  if (history.state?.detailOf === PAGE_LOAD) history.back();
  else history.replaceState(null, "", urlOf(state));
}

/** A message above the results (empty: none), e.g. for a shared link to an unknown listing. */
function notice(text) {
  ui.notice.textContent = text;
  ui.notice.hidden = !text;
}

function showError() {
  ui.results.removeAttribute("aria-busy");
  ui.status.textContent = t("searchUnavailable");
  ui.status.classList.add("empty");
  replace(ui.pager, h("button", { type: "button", class: "secondary", onclick: run }, t("retry")));
}

/**
 * The tab's and the history's title: what was searched, how many were found, the page number, then
 * the directory's name ("德国 商标 – 共找到 12 家机构 · 全球…"), so that tabs and Back can be told apart.
 */
function titleOf(total) {
  const searched = [state.q, ...filterLabels()].filter(Boolean).join(" ");
  if (!searched && state.page === 1) return t("title");
  const found = total ? t("results", { n: total }) : t("resultsNone").split(/[。.]/)[0];
  const page = state.page > 1 ? ` (${t("page", { n: state.page })})` : "";
  return `${searched ? searched + " – " : ""}${found}${page} · ${t("title")}`;
}

/** The labels of the selected filter values, in the page language. */
function filterLabels() {
  return FACETS.flatMap((f) =>
    state.filters[f].map((code) => VALUES[f]?.find((v) => v.code === code)?.[state.lang] || code),
  );
}

/** The page's own strings, re-applied after a language switch. */
function relabel() {
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const switcher = $("#lang-switch");
  switcher.textContent = t("switchLang");
  switcher.setAttribute("aria-label", t("switchLangLabel"));
  switcher.lang = state.lang === "zh" ? "en" : "zh-CN";
  for (const option of ui.sort.options) option.textContent = t(option.dataset.i18n);
  ui.box.relabel?.();
  shortlistLink();
  ui.place.relabel?.();
}

// The shortlist (shortlist.js, components/shortlist-view.js): stars on the results and in the
// detail, a header link with the count, and the view `?view=shortlist` instead of the results.
let toShortlist = false; // the view was just entered: its heading takes the focus

/** Shows the shortlist view when the URL asks for it (true), else makes way for the results. */
function showShortlist() {
  const on = state.view === "shortlist";
  document.body.classList.toggle("shortlist-mode", on);
  $("#shortlist-view").hidden = !on;
  printSummary();
  if (!on) return false;
  ui.detail.close?.();
  document.title = `${t("shortlistTitle")} · ${t("title")}`;
  // Loaded when first asked for: most visits never open the view (docs/ui.md, page weight).
  import("./components/shortlist-view.js")
    .then(() => ui.shortlist.show())
    .then(() => {
      if (toShortlist) $("#shortlist-heading")?.focus();
      toShortlist = false;
    });
  return true;
}

function shortlistLink() {
  ui.shortlistLink.textContent = t("shortlistButton", { n: state.shortlist.length });
  ui.shortlistLink.href = urlOf({ ...state, view: "shortlist" });
  if (state.view === "shortlist") ui.shortlistLink.setAttribute("aria-current", "page");
  else ui.shortlistLink.removeAttribute("aria-current");
}

/** What a printout says on top: the search (or the shortlist), the date and the page's URL. */
function printSummary() {
  const terms = [state.q, ...filterLabels(), state.verified ? t("verified") : null].filter(Boolean);
  replace(
    $("#print-summary"),
    h("p", { class: "print-title" }, t("title")),
    h(
      "p",
      {},
      state.view === "shortlist"
        ? t("shortlistCount", { n: state.shortlist.length })
        : t("printSearch", { terms: terms.join(" · ") || t("printAll") }),
    ),
    h("p", {}, t("printedOn", { date: printedDate(new Date(), state.lang) })),
    h("p", { class: "print-url" }, location.href),
  );
}

/**
 * A date as `toLocaleDateString` writes it in zh-CN ("2026/11/30") and en-GB ("30/11/2026"),
 * without it: the first call of `Intl` loads the locale's data, which on a phone's CPU is a long
 * task at start-up, for a line that only shows on paper.
 */
function printedDate(date, lang) {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const two = (n) => String(n).padStart(2, "0");
  return lang === "zh" ? `${y}/${m}/${d}` : `${two(d)}/${two(m)}/${y}`;
}

document.addEventListener("ipd-shortlist-change", (e) => {
  if (e.detail.full) return notice(t("shortlistFull", { max: SHORTLIST_MAX }));
  state.shortlist = e.detail.ids;
  // Starring is no navigation: the current entry's URL is rewritten, none is added.
  history.replaceState(history.state, "", urlOf(state, listingInUrl()));
  shortlistLink();
  printSummary();
  if (state.view === "shortlist") ui.shortlist.show?.();
});
ui.shortlistLink.addEventListener("click", (e) => {
  if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  toShortlist = true;
  if (state.view === "shortlist") return $("#shortlist-heading")?.focus();
  history.pushState({ shortlistOf: PAGE_LOAD }, "", urlOf({ ...state, view: "shortlist" }));
  state = { ...state, view: "shortlist" };
  run();
});
// "Back to the results": Back when this page load came from them, else the same search anew.
document.addEventListener("ipd-shortlist-leave", () => {
  pagedTo = true; // the results are read from their top, as after a page link
  if (history.state?.shortlistOf === PAGE_LOAD) history.back();
  else change({ view: null, page: state.page, after: state.after }, { paged: true });
});
window.addEventListener("beforeprint", printSummary);

document.addEventListener("ipd-change", (e) => change(e.detail, { paged: e.target === ui.pager }));
// A value toggled outside the filter panel (the map) goes through the panel's rules.
document.addEventListener("ipd-toggle", (e) => ui.facets.toggle(e.detail.facet, e.detail.code, e.detail.on));
document.addEventListener("ipd-open", (e) => openDetail(e.detail.id, e.detail.hit, resultButton(e.detail.id) || document.activeElement));
document.addEventListener("ipd-close", leaveDetail);
document.addEventListener("ipd-detail-error", (e) =>
  notice(t(e.detail.status === 404 || e.detail.status === 400 ? "listingNotFound" : "listingError")),
);
document.addEventListener("ipd-suggestion", (e) => {
  const s = e.detail;
  const facet = FACETS.includes(s.type) ? s.type : null; // a term suggestion's type is its facet
  if (s.type === "listing" && s.id) openDetail(s.id, null, document.activeElement);
  else if (facet && s.code) {
    const filters = clone(state.filters);
    if (!filters[facet].includes(s.code)) filters[facet].push(s.code);
    change({ filters, q: "" });
  } else change({ q: s.text });
});
ui.sort.addEventListener("change", () => change({ sort: ui.sort.value }));
$("#lang-switch").addEventListener("click", () =>
  change({ lang: state.lang === "zh" ? "en" : "zh", page: state.page, after: state.after, view: state.view }),
);
window.addEventListener("popstate", () => {
  const next = fromQuery(location.search, browserLang());
  // The shortlist is no history: Back and Forward keep it as it is now, in the URL too.
  next.shortlist = shortlisted();
  history.replaceState(history.state, "", urlOf(next, listingInUrl()));
  // Between a listing and the search under it only the dialog changes: the results stay (and so
  // does the result that focus returns to).
  if (toQuery(next) === toQuery(state)) return syncDetail();
  state = next;
  run();
});

// Phone layout: the filters are a drawer opened from the results header.
const drawerButton = $("#filters-open");
function setDrawer(open) {
  ui.drawer.classList.toggle("open", open);
  drawerButton.setAttribute("aria-expanded", String(open));
  document.body.classList.toggle("drawer-open", open);
  if (open) $("#filters-close").focus();
  else drawerButton.focus();
}
drawerButton.addEventListener("click", () => setDrawer(true));
$("#filters-close").addEventListener("click", () => setDrawer(false));
$("#filters-done").addEventListener("click", () => setDrawer(false));
ui.drawer.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && ui.drawer.classList.contains("open")) setDrawer(false);
});

history.replaceState(null, "", urlOf(state, listingInUrl()));
await yieldToMain(); // the start-up above and the first search's rendering are two tasks
run(); // opens the URL's listing, if any, once the results are there
export { lang };
