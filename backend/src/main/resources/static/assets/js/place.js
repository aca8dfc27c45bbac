// The place of a search (`near`, `radius`): its URL form and the name shown for it. A place is a
// city's "Name,CC" as GET /api/v1/places gives it as `value`, or "lat,lon" (the visitor's own
// location, rounded to 2 decimals: about a kilometre, enough to sort by distance and no more
// precise than a visitor would want in a shared link).
import { getJson } from "./api.js";
import { t } from "./i18n.js";

export const RADII = [10, 25, 50, 100, 250, 500];
export const DEFAULT_RADIUS = 100; // the API's default
const LAT_LON = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** A `near` of the URL, or "" when it cannot be one (too long, empty). */
export function parseNear(raw) {
  const near = (raw || "").trim();
  return near.length <= 100 ? near : "";
}

/** A `radius` of the URL ("50km" or "50"), or the default when it is not one of RADII. */
export function parseRadius(raw) {
  const km = parseInt(String(raw || "").replace(/km$/i, ""), 10);
  return RADII.includes(km) ? km : DEFAULT_RADIUS;
}

export const isCoordinates = (near) => LAT_LON.test(near);

/** "48.14,11.58": the visitor's position as it goes into the URL. */
export const coordinates = (lat, lon) => `${lat.toFixed(2)},${lon.toFixed(2)}`;

// Names already known, by language and value: from a chosen suggestion, or looked up once.
const names = new Map();
let own = null; // the value of "use my location" in this page load

/** Remembers the name of a place just chosen, so that its chip needs no lookup. */
export function remember(value, lang, name) {
  names.set(`${lang}:${value}`, name);
}

export function rememberOwn(value) {
  own = value;
}

/**
 * The name to show for `near` in `lang`: the city's name (looked up with /api/v1/places, whose
 * first answer for "Munich,DE" is that city), "My location" for the position this page load
 * found, else the text itself. Never fails: a name is a nicety.
 */
export async function placeName(near, lang) {
  if (!near) return "";
  if (near === own) return t("myLocation");
  if (isCoordinates(near)) return near.replace(",", ", ");
  const key = `${lang}:${near}`;
  if (!names.has(key)) {
    try {
      const body = await getJson(`/api/v1/places?${new URLSearchParams({ q: near, lang })}`);
      const match = (body.places || []).find((p) => p.value.toLowerCase() === near.toLowerCase()) || body.places?.[0];
      names.set(key, match ? match.name : near);
    } catch {
      return near;
    }
  }
  return names.get(key);
}

/** The distance of a hit as the cards and the frame show it: "约 12 公里" / "12 km". */
export function distanceText(km) {
  return t("distanceKm", { km: km < 1 ? km.toFixed(1) : Math.round(km) });
}
