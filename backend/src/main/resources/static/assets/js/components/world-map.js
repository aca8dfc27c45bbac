// <ipd-map>: the results on an SVG world map shipped with the page (assets/world-110m.json,
// built once by tools/build-world-map.mjs; no tile server, nothing loaded from outside).
// Countries are shaded by their count in five steps; countries too small to see at this scale
// (Singapore, Hong Kong, Macao, ...) get a dot. Shaded countries are buttons: a click or
// Enter/Space toggles the country filter, as its checkbox in the filter panel does (which also
// knows the countries the query named). The map is one Tab stop (arrow keys inside) and can be
// closed; a closed map stays closed in this browser and is not even loaded.
// A search about places (countries, continents, regions, chosen or understood in q) zooms the map
// to them and shows the cities found there as dots (map-frame.js, map-cities.js); buttons zoom in
// and out and back to the whole world. The map asks GET /api/v1/map for its counts itself, at the
// geotile precision of its zoom: one request per search or zoom change.
// The map sits below the results, so it is drawn only once it comes within a screen of the
// viewport: a first screen of results neither waits for nor pays for its geometry (26 KB gzipped)
// and counts; until then a box of the map's size holds its place, so nothing moves when it arrives.
// Event: ipd-toggle {facet: "country", code, on}.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { VALUES } from "../state.js";
import { MIN_ZOOM_WIDTH, area, pathBox, project, sameView, viewBox, world, zoomedIn } from "./map-path.js";

const SVG = "http://www.w3.org/2000/svg";
const MIN_AREA = 40; // px² of bounding box below which a country also gets a dot
const COUNTRY_DOT = 5; // radius of a small country's dot at the world's scale
const ANIMATION_MS = 450;
const ZOOM_DEBOUNCE_MS = 300; // a burst of zoom clicks asks for the counts once

/** The zoom and the cities, loaded when the map first zooms in (a first visit's map does not). */
let zooming = null;
const loadZoom = () =>
  (zooming ||= Promise.all([import("./map-frame.js"), import("./map-cities.js")]).then(([f, c]) => ({ ...f, ...c })));

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  el.append(...children.filter(Boolean));
  return el;
}

let geometry = null;
function loadGeometry() {
  geometry ||= fetch(new URL("../../world-110m.json", import.meta.url))
    .then((r) => r.json())
    .then((g) => {
      g.small = new Set(Object.keys(g.points).filter((c) => !g.paths[c] || area(pathBox(g.paths[c])) < MIN_AREA));
      return g;
    });
  return geometry;
}

/** Whether the visitor closed the map: remembered in this browser, so it stays closed. */
const CLOSED_KEY = "ipd-map-closed";
const remembered = () => {
  try {
    return localStorage.getItem(CLOSED_KEY) === "1";
  } catch {
    return false; // storage refused (private mode, a partner's sandbox): open, not remembered
  }
};

/**
 * The countries a search is about, by the search answer's selected places (chosen in the URL or
 * understood in q): its countries, the countries of its continents where something was found (a
 * continent's every country only when nothing was: Europe's frame is where its results are, not
 * all the way to Russia's Pacific coast), and for a region alone, the countries with results in it.
 */
export function placesOf(facets = {}) {
  const chosen = (f) => (facets[f] || []).filter((b) => b.selected).map((b) => b.code);
  const codes = new Set(chosen("country"));
  const continents = chosen("continent");
  const found = (facets.country || []).filter((b) => b.count > 0);
  for (const continent of continents) {
    const inside = found.filter((b) => b.parent === continent);
    const all = (VALUES.country || []).filter((v) => v.parent === continent);
    for (const b of inside.length ? inside : all) codes.add(b.code);
  }
  if (chosen("region").length && !codes.size) for (const b of found) codes.add(b.code);
  return [...codes].sort();
}

const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

class WorldMap extends HTMLElement {
  constructor() {
    super();
    this.latest = latest();
    this.view = null; // what the map shows now (a view box, see map-frame.js)
    this.places = null; // the countries the last drawing framed, as "DE,FR"
  }

  /**
   * Draws the map of a search: asks for its counts under the search's query, at the precision of
   * the view that frames the search's places, and moves the view there.
   * @param query the search's API query string
   * @param answer the search's answer: its facets name the places, and shade the map should the
   *   map's own counts fail
   */
  async update(query, state, answer) {
    const call = (this.last = [query, state, answer]);
    clearTimeout(this.zoomTimer);
    const open = !remembered();
    // A closed map costs nothing: neither the geometry (28 KB) nor its counts nor drawing it.
    if (!open) return this.draw(null);
    if (!this.near) {
      if (!this.svg) this.draw(null, null, null, null, null, { waiting: true });
      await this.whenNear();
      if (this.last !== call) return; // a newer search has drawn, or will draw, the map
    }
    const g = await loadGeometry();
    const codes = placesOf(answer.facets);
    // A search about the same places keeps the visitor's own zoom (a service ticked, a page turned).
    const same = codes.join() === this.places && this.view;
    if (codes.length || (same && zoomedIn(g, this.view))) this.z = await loadZoom();
    const precision = this.z ? this.z.precisionFor(g, same ? this.view : this.z.frame(g, codes)) : 0;
    this.loading = true;
    let counts;
    try {
      counts = await this.counts(query, precision);
    } catch (e) {
      if (isAbort(e)) return; // a newer search or zoom is on its way
      counts = { countries: answer.facets.country || [], tiles: [] };
    } finally {
      this.loading = false;
    }
    const points = (counts.tiles || []).map((tile) => project(g, tile.lat, tile.lon));
    this.places = codes.join();
    this.draw(g, counts, state, answer, same ? this.view : codes.length ? this.z.frame(g, codes, points) : world(g));
  }

  /** Resolves when the map comes within a screen's height of the viewport (at once without observers). */
  whenNear() {
    this.nearing ||= new Promise((resolve) => {
      const near = () => {
        this.near = true;
        resolve();
      };
      if (!("IntersectionObserver" in window)) return near();
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          near();
        },
        { rootMargin: "100% 0px" },
      );
      observer.observe(this);
    });
    return this.nearing;
  }

  /** The map's counts at this geotile precision; a newer call aborts this one. */
  counts(query, precision) {
    this.precision = precision;
    return this.latest((signal) => getJson(`/api/v1/map?${query}&precision=${precision}`, signal));
  }

  /** The details, the toolbar, the map moved to `target` (from where it was) and its legends. */
  draw(g, counts, state, answer, target, { waiting = false } = {}) {
    const open = Boolean(g) || waiting;
    const details = h(
      "details",
      { class: "map-details", open },
      h("summary", {}, h("h2", { class: "map-title" }, t("map"))),
      h("p", { class: "muted map-hint" }, t("mapHint")),
    );
    // A details element made open fires "toggle" once it is built, and one replaced by a newer
    // drawing may still fire: only the visitor's own opening or closing of the map on the page counts
    // (else each drawing of the waiting map would start another drawing, over and over).
    let shownOpen = open;
    details.addEventListener("toggle", () => {
      if (!details.isConnected || details.open === shownOpen) return;
      shownOpen = details.open;
      try {
        localStorage.setItem(CLOSED_KEY, details.open ? "0" : "1");
      } catch {
        // not remembered, nothing else lost
      }
      if (details.open && !details.querySelector(".map-svg")) this.update(...this.last);
    });
    if (!open) return replace(this, details);
    if (waiting) {
      // Holds the map's place until it is drawn (see whenNear).
      details.append(h("div", { class: "map-waiting", "aria-hidden": "true" }));
      return replace(this, details);
    }
    const selected = new Set(answer.facets.country?.filter((b) => b.selected).map((b) => b.code));
    const shaded = new Map(counts.countries.filter((c) => c.count > 0).map((c) => [c.code, c]));
    const [svg, legend] = this.drawing(g, shaded, selected);
    this.g = g;
    this.svg = svg;
    this.tools = this.toolbar(g);
    this.cityLegend = h("div", { class: "map-city-legend" });
    details.append(h("div", { class: "map-view" }, this.tools, svg), h("div", { class: "map-legends" }, this.cityLegend, legend));
    replace(this, details);
    const from = this.view || world(g);
    this.setView(from);
    this.showCities(counts.tiles || []);
    this.moveTo(target);
  }

  /** Zoom out, zoom in and back to the whole world, for the mouse and the keyboard alike. */
  toolbar(g) {
    const button = (cls, text, label, onclick) =>
      h("button", { type: "button", class: `secondary map-zoom ${cls}`, "aria-label": label, title: label, onclick }, text);
    return h(
      "div",
      { class: "map-tools" },
      button("zoom-out", "−", t("mapZoomOut"), () => this.zoomBy(0.5)),
      button("zoom-in", "+", t("mapZoomIn"), () => this.zoomBy(2)),
      button("whole-world", t("mapWorld"), null, () => this.zoomTo(world(g))),
    );
  }

  async zoomBy(factor) {
    this.z ||= await loadZoom();
    this.zoomTo(this.z.zoom(this.g, this.view, factor));
  }

  /** A zoom by the visitor: the view moves now, the counts of its precision follow once the clicks stop. */
  zoomTo(target) {
    this.moveTo(target);
    clearTimeout(this.zoomTimer);
    const precision = zoomedIn(this.g, target) ? this.z.precisionFor(this.g, target) : 0;
    if (precision === this.precision || this.loading) return; // a search's counts are on their way
    if (!precision) {
      this.precision = 0; // the whole world: no cities, nothing to ask
      return this.showCities([]);
    }
    this.zoomTimer = setTimeout(async () => {
      try {
        const counts = await this.counts(this.last[0], precision);
        this.showCities(counts.tiles || []);
      } catch {
        // aborted by a newer call, or failed: the dots of the last answer stay
      }
    }, ZOOM_DEBOUNCE_MS);
  }

  /** Animates the view box to `target`, or jumps there when the visitor prefers less motion. */
  moveTo(target) {
    cancelAnimationFrame(this.animation);
    const from = this.view;
    this.target = target;
    this.svg.dataset.target = viewBox(target); // where the view is going (tests wait for it)
    this.updateTools(target);
    if (reducedMotion() || sameView(from, target)) return this.setView(target);
    const start = performance.now();
    const step = (now) => {
      const p = Math.min(1, (now - start) / ANIMATION_MS);
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2; // ease in and out
      // The width changes geometrically, so a tenfold zoom does not rush through its first half.
      const w = from.w * (target.w / from.w) ** e;
      const mix = (a, b) => a + (b - a) * e;
      const cx = mix(from.x + from.w / 2, target.x + target.w / 2);
      const cy = mix(from.y + from.h / 2, target.y + target.h / 2);
      const h = (w * target.h) / target.w;
      this.setView(p === 1 ? target : { x: cx - w / 2, y: cy - h / 2, w, h });
      if (p < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Shows view `v`; dots and outlines keep their size on screen. */
  setView(v) {
    this.view = v;
    this.svg.setAttribute("viewBox", viewBox(v));
    const unitsPerPixel = v.w / (this.svg.getBoundingClientRect().width || this.g.width);
    for (const dot of this.svg.querySelectorAll(".marks .dot")) dot.setAttribute("r", String((COUNTRY_DOT * v.w) / this.g.width));
    this.z?.scaleDots(this.svg.querySelector(".cities"), unitsPerPixel);
  }

  updateTools(target) {
    const zoomed = zoomedIn(this.g, target);
    const [out, into, whole] = this.tools.children;
    out.disabled = target.w >= this.g.width;
    into.disabled = target.w <= MIN_ZOOM_WIDTH;
    whole.hidden = target.w >= this.g.width;
    this.svg.classList.toggle("zoomed", zoomed);
    this.cityLegend.hidden = !zoomed || !this.svg.querySelector(".cities circle");
  }

  /** The tiles as city dots (and their list and legend) when zoomed in; at the world's scale none. */
  showCities(tiles) {
    this.svg.querySelector(".cities")?.remove();
    const shown = this.precision > 0 ? tiles : []; // at precision 0 the one tile is the world
    const z = this.z; // loaded: a precision above 0 is a zoomed-in view's
    if (shown.length) this.svg.append(z.cityDots(shown, (tile) => project(this.g, tile.lat, tile.lon)));
    replace(this.cityLegend, shown.length ? [z.dotLegend(), z.cityList(shown)] : []);
    this.cityLegend.hidden = !shown.length || !zoomedIn(this.g, this.target || this.view);
    this.setView(this.view);
  }

  /** The SVG and its legend. One Tab stop for the whole map; arrow keys move between countries. */
  drawing(g, counts, selected) {
    const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
    const level = (n) => Math.min(5, 1 + Math.floor((4 * Math.log(n)) / Math.log(Math.max(2, max)) + 0.0001));
    const svg = s("svg", {
      viewBox: viewBox(world(g)),
      class: "map-svg",
      role: "group",
      "aria-label": t("map"),
    });
    const land = s("g", { class: "land" });
    const marks = s("g", { class: "marks" });
    const stops = [];
    for (const [code, d] of Object.entries(g.paths)) {
      const c = counts.get(code);
      const path = s("path", { d, class: c ? `hit l${level(c.count)}` : "empty" });
      if (c) stops.push(this.interactive(path, c, selected.has(code), g));
      land.append(path);
    }
    for (const c of counts.values()) {
      if (!g.small.has(c.code)) continue;
      const [x, y] = g.points[c.code] || pointOf(g, c);
      if (x === undefined) continue;
      const dot = s("circle", { cx: x, cy: y, r: COUNTRY_DOT, class: `dot l${level(c.count)}` });
      stops.push(this.interactive(dot, c, selected.has(c.code), g));
      marks.append(dot);
    }
    svg.append(land, marks);
    this.rove(stops);
    const legend = h(
      "div",
      { class: "legend", "aria-hidden": "true" },
      t("mapLegendFew"),
      [1, 2, 3, 4, 5].map((l) => h("span", { class: `swatch l${l}` })),
      t("mapLegendMany"),
    );
    return [svg, legend];
  }

  /**
   * A roving tab stop: the countries are ordered west to east; only one of them (the first
   * selected, else the westernmost) is in the Tab order, and the arrow keys, Home and End move the
   * focus along that order — one Tab stop for the map instead of one per country. A country moved
   * to outside a zoomed-in view brings the view along; + and − zoom as the buttons do.
   */
  rove(stops) {
    const sorted = stops.filter((x) => x.el).sort((a, b) => a.x - b.x || a.y - b.y);
    const order = sorted.map((x) => x.el);
    if (!order.length) return;
    const start = order.find((el) => el.getAttribute("aria-pressed") === "true") || order[0];
    for (const el of order) el.setAttribute("tabindex", el === start ? "0" : "-1");
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const zooms = { "+": 2, "=": 2, "-": 0.5 };
    for (const [i, el] of order.entries()) {
      el.addEventListener("keydown", (e) => {
        if (e.key in zooms) {
          e.preventDefault();
          return this.zoomBy(zooms[e.key]);
        }
        let to = null;
        if (e.key in moves) to = (i + moves[e.key] + order.length) % order.length;
        else if (e.key === "Home") to = 0;
        else if (e.key === "End") to = order.length - 1;
        if (to === null) return;
        e.preventDefault();
        el.setAttribute("tabindex", "-1");
        order[to].setAttribute("tabindex", "0");
        order[to].focus({ preventScroll: true });
        this.follow(sorted[to]);
      });
    }
  }

  /** Centres a zoomed-in view on a country focused outside it. */
  follow({ x, y }) {
    const v = this.view;
    if (!zoomedIn(this.g, v) || (x >= v.x && x <= v.x + v.w && y >= v.y && y <= v.y + v.h)) return;
    this.zoomTo(this.z.fit(this.g, x, y, v.w)); // zoomed in, so the zoom is loaded
  }

  interactive(el, c, isSelected, g) {
    el.setAttribute("role", "button");
    el.setAttribute("aria-pressed", String(isSelected));
    el.setAttribute("aria-label", t("mapCount", { label: c.label, n: c.count }));
    el.dataset.code = c.code;
    if (isSelected) el.classList.add("selected");
    el.append(s("title", {}, t("mapCount", { label: c.label, n: c.count })));
    const toggle = () => {
      const detail = { facet: "country", code: c.code, on: !isSelected };
      this.dispatchEvent(new CustomEvent("ipd-toggle", { bubbles: true, detail }));
    };
    el.addEventListener("click", toggle);
    el.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        toggle();
      }
    });
    const [x, y] = g.points[c.code] || pointOf(g, c);
    return { el, x: x ?? 0, y: y ?? 0 };
  }
}

/** Position of a country the asset has no point for, from the API's coordinates. */
function pointOf(g, c) {
  return c.lat == null || c.lon == null ? [] : project(g, c.lat, c.lon);
}

customElements.define("ipd-map", WorldMap);
