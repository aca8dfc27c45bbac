// <ipd-place-box>: where to search near. A city field with suggestions from GET /api/v1/places
// (the WAI-ARIA 1.2 combobox of search-box.js: ↑/↓ move, Enter chooses, Escape closes), a radius
// choice, "use my location" (the browser asks for the position only when the button is pressed)
// and a button that clears the place. Event: ipd-change {near, radius, sort} (see docs/ui.md).
import { getJson, latest, isAbort } from "../api.js";
import { t, lang } from "../i18n.js";
import { ComboboxElement } from "./combobox.js";

// The place of a search (`near`, `radius`), for the state, the chips and the cards: a city's
// "Name,CC" as GET /api/v1/places gives it as `value`, or "lat,lon" (the visitor's own location,
// rounded to 2 decimals: about a kilometre, enough to sort by distance and no more precise than a
// visitor would want in a shared link). One module with the component: one request fewer.

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

const DEBOUNCE_MS = 180;

class PlaceBox extends ComboboxElement {
  connectedCallback() {
    if (this.input) return;
    // Written by the server (SearchFields.java) in the page's language, the radius of the URL
    // chosen: the header is laid out once, with the page.
    this.input = this.querySelector("#near");
    this.list = this.querySelector("[role=listbox]");
    this.label = this.querySelector("label[for=near]");
    this.radius = this.querySelector("#radius");
    this.radiusLabel = this.querySelector("label[for=radius]");
    this.locate = this.querySelector("button.locate");
    this.locateText = this.querySelector(".locate-text");
    this.clear = this.querySelector("button.clear");
    this.message = this.querySelector("#place-message");
    this.items = [];
    this.active = -1;
    this.near = "";
    this.fetchLatest = latest();

    this.input.addEventListener("input", () => this.schedule());
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    // Closed a moment after the field loses focus (a click on an option lands first), unless the
    // focus came back meanwhile: closing would also cancel the suggestions just being typed for.
    this.input.addEventListener("blur", () =>
      setTimeout(() => {
        if (document.activeElement !== this.input) this.close();
      }, 150),
    );
    this.list.addEventListener("mousedown", (e) => {
      const li = e.target.closest("li[role=option]");
      if (li) {
        e.preventDefault();
        this.choose(Number(li.dataset.index));
      }
    });
    // A new radius searches again when there is a place; without one it waits for the place.
    this.radius.addEventListener("change", () => {
      if (this.near) this.emit({ radius: Number(this.radius.value) });
    });
    this.locate.addEventListener("click", () => this.useMyLocation());
    this.clear.addEventListener("click", () => {
      this.input.value = "";
      this.say("");
      this.emit({ near: "" });
      this.input.focus();
    });
    this.relabel();
  }

  relabel() {
    this.label.textContent = t("placeLabel");
    this.input.placeholder = t("placePlaceholder");
    this.list.setAttribute("aria-label", t("placeSuggestions"));
    this.radiusLabel.textContent = t("radiusLabel");
    for (const option of this.radius.options) option.textContent = t("radiusOption", { km: option.value });
    this.locateText.textContent = t("useMyLocation");
    this.clear.textContent = "✕";
    this.clear.setAttribute("aria-label", t("clearPlace"));
    this.clear.title = t("clearPlace");
  }

  /** The state's place: `name` is what the field shows for it (a city's name, "My location"). */
  update(near, radius, name) {
    this.near = near;
    this.radius.value = String(radius);
    // What the visitor is typing stays; the field shows the place otherwise.
    if (document.activeElement !== this.input) this.input.value = near ? name : "";
    this.clear.hidden = !near;
  }

  schedule() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) return this.close();
    this.timer = setTimeout(() => this.suggest(q), DEBOUNCE_MS);
  }

  async suggest(q) {
    try {
      const params = new URLSearchParams({ q, lang: lang() });
      const body = await this.fetchLatest((signal) => getJson(`/api/v1/places?${params}`, signal));
      if (this.input.value.trim() !== q) return;
      this.show(body.places || []);
    } catch (e) {
      if (!isAbort(e)) this.close();
    }
  }

  show(items) {
    this.showOptions(items, (p) => ({
      text: p.name,
      type: p.country?.label || p.country?.code || "",
      dataset: { value: p.value },
    }));
  }

  /** Enter never submits a form here: it chooses the active (else the first) suggestion. */
  enter(e) {
    e.preventDefault();
    if (!this.list.hidden && this.items.length) this.choose(Math.max(this.active, 0));
  }

  choose(index) {
    const place = this.items[index];
    this.close();
    if (!place) return;
    remember(place.value, lang(), place.name);
    this.input.value = place.name;
    this.say("");
    this.emit({ near: place.value, radius: Number(this.radius.value) });
  }

  /** Asks the browser for the position, only now that the visitor asked for it. */
  useMyLocation() {
    if (!navigator.geolocation) return this.say(t("locationUnavailable"));
    this.say(t("locating"));
    this.locate.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locate.disabled = false;
        const value = coordinates(position.coords.latitude, position.coords.longitude);
        rememberOwn(value);
        this.input.value = t("myLocation");
        this.say("");
        this.emit({ near: value, radius: Number(this.radius.value) });
      },
      (error) => {
        this.locate.disabled = false;
        this.say(t(error.code === error.PERMISSION_DENIED ? "locationDenied" : "locationUnavailable"));
      },
      { timeout: 15000, maximumAge: 600000 },
    );
  }

  say(text) {
    this.message.textContent = text;
  }

  emit(detail) {
    this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail }));
  }
}

customElements.define("ipd-place-box", PlaceBox);
