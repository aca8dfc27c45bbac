// The map's geometry as the page reads it at any zoom: the bounding boxes of a country's path,
// the whole world's view box and a point's place in the asset's projection. The zoom itself
// (map-frame.js) is loaded only when the map zooms in.

/** Narrowest view the zoom buttons go to, ≈ 8° of longitude. */
export const MIN_ZOOM_WIDTH = 22;

export const world = (g) => ({ x: 0, y: 0, w: g.width, h: g.height });

/** Whether a view shows less than the whole world, enough to draw cities instead of countries. */
export const zoomedIn = (g, v) => v.w < 0.75 * g.width;

export const viewBox = (v) => `${v.x} ${v.y} ${v.w} ${v.h}`;
export const sameView = (a, b) => a && b && ["x", "y", "w", "h"].every((k) => Math.abs(a[k] - b[k]) < 0.05);

/** A point's position in the asset's projection (equirectangular, `top` degrees at y = 0). */
export function project(g, lat, lon) {
  return [((lon + 180) / 360) * g.width, ((g.projection.top - lat) / 360) * g.width];
}

/**
 * The bounding box of each ring of a path. A path is "Mx y" then relative "l dx dy …" steps and
 * "z", one "M … z" per ring (see tools/build-world-map.mjs).
 */
export function ringBoxes(d) {
  const boxes = [];
  let box = null;
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
    if (command === "M" || command === "m") {
      box = { x0: x, x1: x, y0: y, y1: y };
      boxes.push(box);
      command = command === "M" ? "L" : "l"; // further pairs after a moveto are linetos
    }
    box.x0 = Math.min(box.x0, x); box.x1 = Math.max(box.x1, x);
    box.y0 = Math.min(box.y0, y); box.y1 = Math.max(box.y1, y);
  }
  return boxes;
}

export const area = (b) => (b.x1 - b.x0) * (b.y1 - b.y0);
export const union = (a, b) => ({ x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) });

/** The bounding box of all of a path's rings (the map's test of "too small to see"). */
export function pathBox(d) {
  return ringBoxes(d).reduce(union);
}
