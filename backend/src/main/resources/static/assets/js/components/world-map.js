// <ipd-map>: the results on an SVG world map shipped with the page (assets/world-110m.json,
// built once by tools/build-world-map.mjs; no tile server, nothing loaded from outside).
// Countries are shaded by their count in five steps; countries too small to see at this scale
// (Singapore, Hong Kong, Macao, ...) get a dot. Shaded countries are buttons: a click or
// Enter/Space toggles the country filter, as its checkbox in the filter panel does (which also
// knows the countries the query named). Event: ipd-toggle {facet: "country", code, on}.
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

class WorldMap extends HTMLElement {
  /**
   * @param countries [{code, label, count, lat?, lon?}]
   * @param implied countries filtered on because the query named them (selected, not in the URL)
   */
  async update(countries, state, implied = []) {
    this.state = state;
    const g = await loadGeometry();
    const counts = new Map(countries.filter((c) => c.count > 0).map((c) => [c.code, c]));
    const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
    const level = (n) => Math.min(5, 1 + Math.floor((4 * Math.log(n)) / Math.log(Math.max(2, max)) + 0.0001));
    const selected = new Set([...state.filters.country, ...implied]);
    const svg = s("svg", {
      viewBox: `0 0 ${g.width} ${g.height}`,
      class: "map-svg",
      role: "group",
      "aria-label": t("map"),
    });
    const land = s("g", { class: "land" });
    const marks = s("g", { class: "marks" });
    for (const [code, d] of Object.entries(g.paths)) {
      const c = counts.get(code);
      const path = s("path", { d, class: c ? `hit l${level(c.count)}` : "empty" });
      if (c) this.interactive(path, c, selected.has(code));
      land.append(path);
    }
    for (const c of counts.values()) {
      if (!g.small.has(c.code)) continue;
      const [x, y] = g.points[c.code] || project(g, c);
      if (x === undefined) continue;
      const dot = s("circle", { cx: x, cy: y, r: 5, class: `dot l${level(c.count)}` });
      this.interactive(dot, c, selected.has(c.code));
      marks.append(dot);
    }
    svg.append(land, marks);
    replace(
      this,
      h("div", { class: "map-head" }, h("h2", { class: "map-title" }, t("map")), h("p", { class: "muted" }, t("mapHint"))),
      svg,
      h(
        "div",
        { class: "legend", "aria-hidden": "true" },
        t("mapLegendFew"),
        [1, 2, 3, 4, 5].map((l) => h("span", { class: `swatch l${l}` })),
        t("mapLegendMany"),
      ),
    );
  }

  interactive(el, c, isSelected) {
    el.setAttribute("tabindex", "0");
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
  }
}

/** Position of a country the asset has no point for, from the API's coordinates. */
function project(g, c) {
  if (c.lat == null || c.lon == null) return [];
  const { top } = g.projection;
  return [((c.lon + 180) / 360) * g.width, ((top - c.lat) / 360) * g.width];
}

customElements.define("ipd-map", WorldMap);
