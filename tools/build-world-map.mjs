// Builds backend/src/main/resources/static/assets/world-110m.json, the SVG world map of the search
// page, once, from public-domain Natural Earth data (via world-atlas, ISC) and world-countries
// (ODbL) for the ISO codes. Run it in a scratch folder:
//   npm install world-atlas@2 topojson-client world-countries
//   cp /path/to/tools/build-world-map.mjs . && node build-world-map.mjs > world-110m.json
// Output: { width, height, projection, paths: {CC: "M..."}, points: {CC: [x, y]} } in an
// equirectangular projection cropped to latitudes 84°N..57°S. `points` holds a marker position for
// every country (its world-countries lat/lng), used for dots where the shape is missing or tiny.
// Each ring is written "Mx y" then relative steps "l dx dy…" and "z", in tenths of a pixel without
// leading zeros: 40 % of the size of absolute coordinates, which matters on a slow link.
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = require("world-atlas/countries-110m.json");
const countries = require("world-countries/countries.json");

const W = 1000, TOP = 84, BOTTOM = -57;
const H = Math.round(((TOP - BOTTOM) / 360) * W);
const x = (lon) => +(((lon + 180) / 360) * W).toFixed(1);
const y = (lat) => +(((TOP - lat) / 360) * W).toFixed(1);

// 7 → ".7", -15 → "-1.5", 20 → "2": a number of tenths as SVG path data writes it shortest.
const tenths = (n) => {
  const a = Math.abs(n), whole = Math.floor(a / 10), tenth = a % 10;
  return (n < 0 ? "-" : "") + (tenth ? (whole || "") + "." + tenth : String(whole));
};
// Numbers need a space between them unless the next starts with "-", or starts with "." after a
// number that already has its decimal point.
const join = (s, n) => {
  const lastNumber = s.split(/[ -]/).pop();
  const glued = !s || n.startsWith("-") || (n.startsWith(".") && lastNumber.includes("."));
  return s + (glued ? "" : " ") + n;
};

const byNumeric = new Map(countries.map((c) => [c.ccn3, c.cca2]));
const paths = {};
for (const f of feature(topology, topology.objects.countries).features) {
  const code = byNumeric.get(String(f.id).padStart(3, "0"));
  if (!code || code === "AQ") continue; // no ISO numeric code (e.g. Kosovo), or Antarctica
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let d = "";
  for (const poly of polys) {
    for (const ring of poly) {
      let prev = null;
      let shift = 0;
      let last = null;
      let steps = "";
      ring.forEach(([rawLon, lat], i) => {
        // Rings crossing the antimeridian (Russia, Fiji) jump by ~360°: keep them continuous and
        // let the SVG viewBox clip what falls outside, instead of drawing a line across the map.
        if (last !== null && Math.abs(rawLon + shift - last) > 180) shift += rawLon + shift > last ? -360 : 360;
        const lon = rawLon + shift;
        last = lon;
        const pt = [Math.round(x(lon) * 10), Math.round(y(Math.max(BOTTOM, Math.min(TOP, lat))) * 10)];
        if (prev && pt[0] === prev[0] && pt[1] === prev[1]) return;
        if (i === 0) d += `M${tenths(pt[0])} ${tenths(pt[1])}`;
        else for (const n of [pt[0] - prev[0], pt[1] - prev[1]]) steps = join(steps, tenths(n));
        prev = pt;
      });
      d += (steps ? "l" + steps : "") + "z";
    }
  }
  paths[code] = (paths[code] || "") + d;
}
const points = {};
for (const c of countries) {
  if (c.latlng && c.latlng.length === 2) points[c.cca2] = [x(c.latlng[1]), y(c.latlng[0])];
}
process.stdout.write(
  JSON.stringify({
    attribution: "Natural Earth (public domain) via world-atlas (ISC); ISO codes from world-countries (ODbL)",
    width: W, height: H, projection: { type: "equirectangular", top: TOP, bottom: BOTTOM },
    paths, points,
  }),
);
