// <ipd-map>: the results on an SVG world map shipped with the page (assets/world-110m.json,
// built once by tools/build-world-map.mjs; no tile server, nothing loaded from outside).
// Countries are shaded by their count in five steps; countries too small to see at this scale
// (Singapore, Hong Kong, Macao, ...) get a dot. Shaded countries are buttons: a click or
// Enter/Space toggles the country filter, as its checkbox in the filter panel does (which also
// knows the countries the query named). The map is one Tab stop (arrow keys inside) and can be
// closed; a closed map stays closed in this browser and is not even loaded.
// Event: ipd-toggle {facet: "country", code, on}.
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const MIN_AREA = 40; // px² of bounding box below which a country also gets a dot

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  el.append(...children.filter(Boolean));
  return el;
}

// A path is "Mx y" then relative "l dx dy …" steps, one "z" per ring (see tools/build-world-map.mjs).
function bboxArea(d) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  let x = 0, y = 0, command = "M", pending = null;
  for (const token of d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)/g)) {
    if (/[A-Za-z]/.test(token)) {
      command = token;
      continue;
    }
    if (pending === null) {
      pending = Number(token);
      continue;
    }
    const dy = Number(token);
    if (command === "M" || command === "L") [x, y] = [pending, dy];
    else [x, y] = [x + pending, y + dy];
    pending = null;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return (maxX - minX) * (maxY - minY);
}

let geometry = null;
function loadGeometry() {
  geometry ||= fetch(new URL("../../world-110m.json", import.meta.url))
    .then((r) => r.json())
    .then((g) => {
      g.small = new Set(Object.keys(g.points).filter((c) => !g.paths[c] || bboxArea(g.paths[c]) < MIN_AREA));
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

class WorldMap extends HTMLElement {
  /**
   * @param countries [{code, label, count, lat?, lon?}]
   * @param implied countries filtered on because the query named them (selected, not in the URL)
   */
  async update(countries, state, implied = []) {
    this.state = state;
    this.last = [countries, state, implied];
    const open = !remembered();
    // A closed map costs nothing: neither the geometry (28 KB) nor drawing it.
    const g = open ? await loadGeometry() : null;
    const counts = new Map(countries.filter((c) => c.count > 0).map((c) => [c.code, c]));
    const details = h(
      "details",
      { class: "map-details", open },
      h("summary", {}, h("h2", { class: "map-title" }, t("map"))),
      h("p", { class: "muted map-hint" }, t("mapHint")),
    );
    details.addEventListener("toggle", () => {
      try {
        localStorage.setItem(CLOSED_KEY, details.open ? "0" : "1");
      } catch {
        // not remembered, nothing else lost
      }
      if (details.open && !details.querySelector(".map-svg")) this.update(...this.last);
    });
    if (g) details.append(...this.drawing(g, counts, new Set([...state.filters.country, ...implied])));
    replace(this, details);
  }

  /** The SVG and its legend. One Tab stop for the whole map; arrow keys move between countries. */
  drawing(g, counts, selected) {
    const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
    const level = (n) => Math.min(5, 1 + Math.floor((4 * Math.log(n)) / Math.log(Math.max(2, max)) + 0.0001));
    const svg = s("svg", {
      viewBox: `0 0 ${g.width} ${g.height}`,
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
      const [x, y] = g.points[c.code] || project(g, c);
      if (x === undefined) continue;
      const dot = s("circle", { cx: x, cy: y, r: 5, class: `dot l${level(c.count)}` });
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
   * focus along that order — one Tab stop for the map instead of one per country.
   */
  rove(stops) {
    const order = stops.filter((x) => x.el).sort((a, b) => a.x - b.x || a.y - b.y).map((x) => x.el);
    if (!order.length) return;
    const start = order.find((el) => el.getAttribute("aria-pressed") === "true") || order[0];
    for (const el of order) el.setAttribute("tabindex", el === start ? "0" : "-1");
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    for (const [i, el] of order.entries()) {
      el.addEventListener("keydown", (e) => {
        let next = null;
        if (e.key in moves) next = order[(i + moves[e.key] + order.length) % order.length];
        else if (e.key === "Home") next = order[0];
        else if (e.key === "End") next = order[order.length - 1];
        if (!next) return;
        e.preventDefault();
        el.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        next.focus();
      });
    }
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
    const [x, y] = g.points[c.code] || project(g, c);
    return { el, x: x ?? 0, y: y ?? 0 };
  }
}

/** Position of a country the asset has no point for, from the API's coordinates. */
function project(g, c) {
  if (c.lat == null || c.lon == null) return [];
  const { top } = g.projection;
  return [((c.lon + 180) / 360) * g.width, ((top - c.lat) / 360) * g.width];
}

customElements.define("ipd-map", WorldMap);
