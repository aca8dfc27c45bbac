// The search state and its URL form. Every search is a shareable URL: the query string mirrors
// q, the facet selections (comma-separated codes), verified, the place (near, radius), sort, page,
// lang and interpret.
import { getJson } from "./api.js";
import { parseIds } from "./shortlist.js";
import { parseNear, parseRadius, DEFAULT_RADIUS } from "./components/place-box.js";

// The facets' parameter names in display order, and each one's parent facet in its hierarchy
// (country → continent; null for a top level or a flat list), as GET /api/v1/taxonomies lists
// them. Filled by loadFacets() before the first state is read from the URL.
export const FACETS = [];
export const PARENT = {};
// Every value of each facet with its zh and en labels (and its parent's code, for a level of a
// hierarchy), from the same answer: the filter panel lists them when a search finds nothing, so
// that the filters never vanish (see docs/ui.md, "Few or no results").
export const VALUES = {};
export const SORTS = ["relevance", "name", "verified", "distance"];

/** Reads the server's facet list and code lists once, at start. */
export async function loadFacets() {
  const taxonomies = await getJson("/api/v1/taxonomies");
  for (const f of taxonomies.facets) {
    FACETS.push(f.parameter);
    PARENT[f.parameter] = f.parent;
  }
  // The code lists are named by the plural of their facet (services, industries, orgTypes);
  // countries are nested in their continents.
  for (const f of FACETS) {
    const list = taxonomies[f.endsWith("y") ? `${f.slice(0, -1)}ies` : `${f}s`];
    if (Array.isArray(list)) VALUES[f] = list.map(({ code, zh, en }) => ({ code, zh, en }));
  }
  if (!VALUES.country && Array.isArray(taxonomies.continents)) {
    VALUES.country = taxonomies.continents.flatMap((c) =>
      (c.countries || []).map(({ code, zh, en }) => ({ code, zh, en, parent: c.code })),
    );
  }
}

/** The facet one level below `facet` in its hierarchy, or undefined. */
export const childOf = (facet) => FACETS.find((f) => PARENT[f] === facet);

/** The top level of the hierarchy `facet` belongs to (itself outside one). */
export function rootOf(facet) {
  let f = facet;
  while (PARENT[f]) f = PARENT[f];
  return f;
}

/**
 * The levels of the hierarchy `facet` belongs to, which filter as one (an OR of branches). The
 * API stops filtering on a place recognised in q once the URL chooses any place (a value of this
 * tree or a region), so the page carries recognised values of the same tree into the URL's choice,
 * where they add to the new value; across the tree and the regions, which are ANDed, carrying
 * would narrow instead, so they are not carried.
 */
export const sameChoice = (facet) => FACETS.filter((f) => rootOf(f) === rootOf(facet));

/**
 * `q` without the words that named a recognised term (`term.text`, as typed), or null when they
 * are not found in it. Removing a chip, a "search without" link and unticking a recognised value
 * all use it, so the rest of the query keeps being interpreted.
 */
export function withoutTerm(q, term) {
  const text = term.text || "";
  const at = text ? q.toLowerCase().indexOf(text.toLowerCase()) : -1;
  if (at < 0) return null;
  return (q.slice(0, at) + " " + q.slice(at + text.length)).replace(/\s+/g, " ").trim();
}

export function emptyState(lang) {
  const filters = {};
  for (const f of FACETS) filters[f] = [];
  return {
    q: "",
    filters,
    verified: false,
    near: "",
    radius: DEFAULT_RADIUS,
    sort: "relevance",
    page: 1,
    after: null,
    lang,
    interpret: true,
    shortlist: [],
    view: null,
  };
}

/** Reads a state from a query string; unknown or malformed values fall back to defaults. */
export function fromQuery(search, defaultLang) {
  const p = new URLSearchParams(search);
  const s = emptyState(p.get("lang") === "en" || p.get("lang") === "zh" ? p.get("lang") : defaultLang);
  s.q = (p.get("q") || "").slice(0, 200);
  for (const f of FACETS) {
    s.filters[f] = p
      .getAll(f)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  }
  s.verified = p.get("verified") === "true";
  s.near = parseNear(p.get("near"));
  s.radius = parseRadius(p.get("radius"));
  s.sort = SORTS.includes(p.get("sort")) ? p.get("sort") : "relevance";
  // Nearest first needs a place to measure from.
  if (s.sort === "distance" && !s.near) s.sort = "relevance";
  const page = parseInt(p.get("page"), 10);
  // Deep pages come with the cursor of the page before (`after`); without one, the API's numbered
  // window (10,000 hits) bounds the page.
  const after = (p.get("after") || "").slice(0, 2000);
  s.after = after && page > 1 ? after : null;
  s.page = Number.isFinite(page) && page >= 1 && page <= (s.after ? 1000000 : 500) ? page : 1;
  if (s.page === 1) s.after = null;
  s.interpret = p.get("interpret") !== "false";
  // The shortlist travels with every search; null when the URL has none (storage may have one).
  s.shortlist = p.has("shortlist") ? parseIds(p.get("shortlist")) : null;
  s.view = p.get("view") === "shortlist" ? "shortlist" : null;
  return s;
}

/**
 * The query string of a state: only non-default values, so URLs stay short. `forApi` adds what the
 * API needs but the page URL does not (size), and sends a deep page's `after` as the API's cursor.
 * The server preloads the page's first search by the same rules (backend assets/FirstSearch.java):
 * a change here belongs there too, else the first search is fetched twice.
 */
export function toQuery(s, { forApi = false, size = 20 } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const f of FACETS) if (s.filters[f].length) p.set(f, s.filters[f].join(","));
  if (s.verified) p.set("verified", "true");
  if (s.near) {
    p.set("near", s.near);
    p.set("radius", `${s.radius}km`);
  }
  if (s.sort !== "relevance" && (s.sort !== "distance" || s.near)) p.set("sort", s.sort);
  // The API takes either a page number or a cursor; the page's URL keeps both (the number is shown).
  if (s.page > 1 && !(forApi && s.after)) p.set("page", String(s.page));
  if (s.after) p.set(forApi ? "cursor" : "after", s.after);
  if (!s.interpret) p.set("interpret", "false");
  p.set("lang", s.lang);
  // The page's own: the shortlist view and the starred ids are no search parameters.
  if (!forApi && s.view) p.set("view", s.view);
  if (!forApi && s.shortlist?.length) p.set("shortlist", s.shortlist.join(","));
  if (forApi) p.set("size", String(size));
  return p.toString();
}

export function clone(s) {
  return JSON.parse(JSON.stringify(s));
}

/** Whether any filter (not the text) is active. */
export function hasFilters(s) {
  return s.verified || !!s.near || FACETS.some((f) => s.filters[f].length > 0);
}
