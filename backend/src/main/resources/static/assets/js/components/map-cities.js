// The cities on a zoomed-in map: the API's geotiles (GET /api/v1/map, `tiles`) as dots whose area
// is proportional to their count, with a legend and, for screen readers, the same as a list. A
// tile is named after the bundled city nearest its listings when the API found one ("慕尼黑附近").
import { h } from "../dom.js";
import { t, lang } from "../i18n.js";

const SVG = "http://www.w3.org/2000/svg";
/** Radius in screen pixels of a dot of one listing; a dot of n listings has √n times it. */
const R1 = 3;
export const LEGEND = [1, 10, 100];

export const radius = (n) => R1 * Math.sqrt(n);

/** What a tile says: "12 organisations near Munich", or "… here" when the API named no city. */
export function tileText(tile) {
  const place = lang() === "zh" ? tile.nameZh || tile.name : tile.name;
  return place ? t("mapNear", { place, n: tile.count }) : t("mapHere", { n: tile.count });
}

/**
 * The dots, largest first so that small ones stay on top and visible. Each has a tooltip; the
 * group is hidden from screen readers, which get the list below instead (sorted the same way,
 * without a second reading of every dot).
 */
export function cityDots(tiles, position) {
  const g = document.createElementNS(SVG, "g");
  g.setAttribute("class", "cities");
  g.setAttribute("aria-hidden", "true");
  for (const tile of [...tiles].sort((a, b) => b.count - a.count)) {
    const [x, y] = position(tile);
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("class", "city");
    dot.setAttribute("cx", String(x));
    dot.setAttribute("cy", String(y));
    dot.dataset.count = String(tile.count);
    dot.dataset.key = tile.key;
    const title = document.createElementNS(SVG, "title");
    title.textContent = tileText(tile);
    dot.append(title);
    g.append(dot);
  }
  return g;
}

/** Sizes the dots for the current zoom: `unitsPerPixel` of the view box, so they keep their size on screen. */
export function scaleDots(group, unitsPerPixel) {
  for (const dot of group?.children || []) dot.setAttribute("r", String(radius(Number(dot.dataset.count)) * unitsPerPixel));
}

/** The dots' legend: a dot of 1, 10 and 100 listings as drawn. */
export function dotLegend() {
  const size = 2 * radius(LEGEND[LEGEND.length - 1]) + 2;
  const items = LEGEND.map((n) => {
    const svg = document.createElementNS(SVG, "svg");
    const r = radius(n);
    svg.setAttribute("width", String(2 * r + 2));
    svg.setAttribute("height", String(size));
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("class", "city");
    dot.setAttribute("cx", String(r + 1));
    dot.setAttribute("cy", String(size - r - 1));
    dot.setAttribute("r", String(r));
    svg.append(dot);
    return h("span", { class: "dot-key" }, svg, String(n));
  });
  return h("div", { class: "legend dots-legend", "aria-hidden": "true" }, t("mapLegendDots"), items);
}

/** The cities for screen readers: what the dots show, most listings first. */
export function cityList(tiles) {
  const sorted = [...tiles].sort((a, b) => b.count - a.count);
  return h(
    "ul",
    { class: "visually-hidden map-cities", "aria-label": t("mapCities") },
    sorted.map((tile) => h("li", {}, tileText(tile))),
  );
}
