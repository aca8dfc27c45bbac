// Where the map looks: the view box (in the asset's units, 1000 × 392 for the world) that frames
// the countries a search is about, and the geotile precision whose tiles read as cities at that
// size. Pure functions of the geometry (assets/world-110m.json), so they can be checked in Node.
// Loaded only when the map zooms in: a first visit's page stays within its weight budget.
import { MIN_ZOOM_WIDTH, area, ringBoxes, union, world, zoomedIn } from "./map-path.js";

/** Narrowest framing, ≈ 16° of longitude: Singapore or Luxembourg is shown with its neighbours. */
export const MIN_WIDTH = 44;
/** Space around the framed countries, as a share of their size. */
const PAD = 0.12;
/** Islands and exclaves this close (≈ 4°) to a country's main land are framed with it. */
const NEAR = 12;

const gap = (a, b) => Math.max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1);

/**
 * The part of a country to frame: its largest ring with the rings near it, taken in as long as
 * any lies within NEAR of what is taken. The asset cuts shapes at the antimeridian, so Russia's
 * Chukotka, Alaska's western Aleutians or Fiji's eastern islands lie at the other edge of the map:
 * they are left out, as are far territories (French Guiana for France), instead of a frame as
 * wide as the world.
 */
export function mainBox(d) {
  const rest = ringBoxes(d).sort((a, b) => area(b) - area(a));
  let box = rest.shift();
  for (let grown = true; grown; ) {
    grown = false;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (gap(box, rest[i]) > NEAR) continue;
      box = union(box, rest.splice(i, 1)[0]);
      grown = true;
    }
  }
  return box;
}

/**
 * The view framing these countries (ISO codes) and these points ([x, y]: where the search found
 * listings, so that Kuala Lumpur is in Malaysia's frame although Borneo is its largest land): the
 * countries' main land (a country with no shape at this scale by its point), with padding, at
 * least MIN_WIDTH wide, at the world's aspect ratio (so the map keeps its height on the page) and
 * moved inside the world. The whole world without any.
 */
export function frame(g, codes, points = [], boxes = new Map()) {
  if (!codes.length) return world(g);
  let box = null;
  for (const [x, y] of points) box = union(box || { x0: x, x1: x, y0: y, y1: y }, { x0: x, x1: x, y0: y, y1: y });
  for (const code of codes) {
    if (!boxes.has(code)) {
      const d = g.paths[code];
      const p = g.points[code];
      boxes.set(code, d ? mainBox(d) : p ? { x0: p[0], x1: p[0], y0: p[1], y1: p[1] } : null);
    }
    const b = boxes.get(code);
    if (b) box = box ? union(box, b) : b;
  }
  if (!box) return world(g);
  const pad = PAD * Math.max(box.x1 - box.x0, box.y1 - box.y0);
  const w = Math.max(box.x1 - box.x0 + 2 * pad, ((box.y1 - box.y0 + 2 * pad) * g.width) / g.height, MIN_WIDTH);
  return fit(g, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, w);
}

/** The view `w` wide centred at (cx, cy) as far as the world allows, at the world's aspect ratio. */
export function fit(g, cx, cy, w) {
  if (w >= g.width) return world(g);
  const h = (w * g.height) / g.width;
  const x = Math.min(Math.max(cx - w / 2, 0), g.width - w);
  const y = Math.min(Math.max(cy - h / 2, 0), g.height - h);
  return { x: round(x), y: round(y), w: round(w), h: round(h) };
}

/** The view zoomed by `factor` (2: in, ½: out) around its centre, no narrower than MIN_ZOOM_WIDTH. */
export function zoom(g, v, factor) {
  return fit(g, v.x + v.w / 2, v.y + v.h / 2, Math.max(MIN_ZOOM_WIDTH, v.w / factor));
}

/**
 * The geotile precision for a view: about 16 tiles across it (a country's cities apart, a city's
 * listings together), within 5..8; 0 for the whole world, where no cities are drawn.
 */
export function precisionFor(g, v) {
  if (!zoomedIn(g, v)) return 0;
  const degrees = (v.w / g.width) * 360;
  return Math.min(8, Math.max(5, Math.round(Math.log2((360 * 16) / degrees))));
}

const round = (n) => Math.round(n * 10) / 10;
