// <ipd-chips>: removable chips for the active filters, and for what the API understood the query
// to mean (interpretation.recognized, e.g. "德国 商标" → Germany, Trademark; "Munich" → a city).
// A term that filters is a filled chip; one that only ranks higher (filtered: false) is an
// outlined chip that says so in its title. Removing an interpreted chip re-runs the search with
// the term's text taken out of q (so the rest of the query keeps being interpreted); see docs/ui.md.
// Event: ipd-change with the resulting state change.
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { FACETS, clone, withoutTerm } from "../state.js";

class Chips extends HTMLElement {
  /** `placeName`: what to call the search's place (`near`) in its chip. */
  update(response, state, placeName = state.near) {
    this.state = state;
    const labels = labelIndex(response.facets || {});
    const recognized = response.interpretation?.recognized || [];
    const groups = [];
    if (recognized.length) {
      groups.push(
        h(
          "div",
          { class: "chip-group interpreted", title: t("interpretedHint") },
          h("span", { class: "chip-caption" }, t("understoodAs")),
          recognized.map((r) => this.termChip(r)),
        ),
      );
    }
    const active = [];
    for (const f of FACETS) {
      for (const code of state.filters[f]) {
        const label = labels[`${f}:${code}`] || code;
        active.push(this.chip(label, () => this.removeFilter(f, code)));
      }
    }
    if (state.near) {
      const label = t("nearPlace", { place: placeName || state.near, km: state.radius });
      active.push(this.chip(label, () => this.emit({ near: "" }), "place"));
    }
    if (state.verified) active.push(this.chip(t("verified"), () => this.emit({ verified: false })));
    if (active.length) {
      groups.push(
        h(
          "div",
          { class: "chip-group" },
          h("span", { class: "chip-caption" }, t("activeFilters")),
          active,
          active.length > 1
            ? h("button", { type: "button", class: "link-button", onclick: () => this.clearAll() }, t("clearAll"))
            : null,
        ),
      );
    }
    replace(this, groups);
    this.hidden = !groups.length;
  }

  /** A recognised term: filled when it filters, outlined when it only ranks higher. */
  termChip(term) {
    const boost = term.filtered === false;
    const chip = this.chip(term.label || term.code, () => this.removeTerm(term), `interpreted${boost ? " boost" : ""}`, {
      title: boost ? t("boostHint") : null,
      dataset: { facet: term.facet, code: term.code },
    });
    // The title is for the mouse; screen readers get the same words inside the chip.
    if (boost) chip.firstChild.after(h("span", { class: "visually-hidden" }, ` (${t("boostHint")})`));
    return chip;
  }

  chip(label, onRemove, extra = "", attrs = {}) {
    return h(
      "span",
      { class: `chip ${extra}`, ...attrs },
      h("span", {}, label),
      h(
        "button",
        { type: "button", class: "chip-remove", "aria-label": t("removeChip", { label }), onclick: onRemove },
        h("span", { "aria-hidden": "true" }, "✕"),
      ),
    );
  }

  removeFilter(facet, code) {
    const filters = clone(this.state.filters);
    filters[facet] = filters[facet].filter((c) => c !== code);
    this.emit({ filters });
  }

  /** Takes the recognised words out of the query; with no text to remove, stops interpreting. */
  removeTerm(term) {
    const rest = withoutTerm(this.state.q, term);
    this.emit(rest === null ? { interpret: false } : { q: rest });
  }

  clearAll() {
    const filters = {};
    for (const f of FACETS) filters[f] = [];
    this.emit({ filters, verified: false, near: "" });
  }

  emit(change) {
    this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { ...change, page: 1 } }));
  }
}

function labelIndex(facets) {
  const out = {};
  for (const [facet, buckets] of Object.entries(facets)) {
    for (const b of buckets) out[`${facet}:${b.code}`] = b.label;
  }
  return out;
}

customElements.define("ipd-chips", Chips);
