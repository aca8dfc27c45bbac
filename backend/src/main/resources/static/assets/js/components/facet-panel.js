// <ipd-facets>: the filter panel. A continent → country tree (both levels are real checkboxes; the
// API ORs the branches, so Asia › Vietnam plus Europe › Germany means "Vietnam or Germany"), list
// facets with counts showing the top values and a "more" toggle with a value search
// (GET /api/v1/facets/{facet}/values?q=), and a verified-only switch.
// Event: ipd-change {filters, verified, page: 1}.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace } from "../dom.js";
import { t, lang } from "../i18n.js";
import { FACETS, clone, toQuery } from "../state.js";

const LIST_FACETS = ["service", "industry", "kind", "orgType", "language"];
const TOP = 6;

class FacetPanel extends HTMLElement {
  constructor() {
    super();
    this.expanded = new Set(); // continents opened in the tree
    this.showAll = new Set(); // list facets showing every value
    this.valueQuery = {}; // facet → text of its value search
    this.searched = {}; // facet → values found by the value search
    this.fetchers = {};
  }

  /** Renders the facets of a search answer under `state`, keeping keyboard focus in place. */
  update(facets, state) {
    this.facets = facets || {};
    this.state = state;
    const focused = document.activeElement;
    const focusKey = this.contains(focused) ? focused.dataset.key : null;
    const sections = [this.regionSection(), ...LIST_FACETS.map((f) => this.listSection(f))];
    replace(this, h("div", { class: "facet-sections" }, sections, this.verifiedSwitch()));
    if (focusKey) this.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  toggle(facet, code, on) {
    const filters = clone(this.state.filters);
    const set = new Set(filters[facet]);
    if (on) set.add(code);
    else set.delete(code);
    filters[facet] = [...set];
    this.emit({ filters });
  }

  emit(change) {
    this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { ...change, page: 1 } }));
  }

  checkbox(facet, bucket, extra = {}) {
    const id = `f-${facet}-${bucket.code}`;
    const checked = this.state.filters[facet].includes(bucket.code);
    const input = h("input", {
      type: "checkbox",
      id,
      checked,
      dataset: { key: `${facet}:${bucket.code}`, facet, code: bucket.code },
      onchange: (e) => this.toggle(facet, bucket.code, e.target.checked),
    });
    return h(
      "div",
      { class: "facet-value", ...extra },
      input,
      h("label", { for: id }, h("span", { class: "facet-label" }, bucket.label), " ", h("span", { class: "count" }, String(bucket.count))),
    );
  }

  regionSection() {
    const continents = this.facets.continent || [];
    const countries = this.facets.country || [];
    const tree = h("ul", { class: "tree", role: "list" });
    for (const c of continents) {
      const children = countries.filter((k) => k.parent === c.code);
      const hasSelection =
        this.state.filters.continent.includes(c.code) ||
        children.some((k) => this.state.filters.country.includes(k.code));
      const open = this.expanded.has(c.code) || (hasSelection && !this.expanded.has(`-${c.code}`));
      const childId = `tree-${c.code}`;
      const toggle = h(
        "button",
        {
          type: "button",
          class: "tree-toggle",
          "aria-expanded": String(open),
          "aria-controls": childId,
          "aria-label": `${open ? t("collapse") : t("expand")} ${c.label}`,
          dataset: { key: `tree:${c.code}` },
          onclick: () => {
            // "-CODE" remembers an explicit collapse of a branch that has a selection.
            if (open) {
              this.expanded.delete(c.code);
              this.expanded.add(`-${c.code}`);
            } else {
              this.expanded.add(c.code);
              this.expanded.delete(`-${c.code}`);
            }
            this.update(this.facets, this.state);
          },
        },
        h("span", { class: "chevron", "aria-hidden": "true" }),
      );
      tree.append(
        h(
          "li",
          {},
          h("div", { class: "tree-row" }, children.length ? toggle : h("span", { class: "tree-spacer" }), this.checkbox("continent", c)),
          children.length
            ? h("ul", { id: childId, class: "tree-children", hidden: !open }, children.map((k) => h("li", {}, this.checkbox("country", k))))
            : null,
        ),
      );
    }
    return this.section("region", t("region"), continents.length ? tree : null);
  }

  listSection(facet) {
    const buckets = this.facets[facet] || [];
    if (!buckets.length && !this.state.filters[facet].length) return null;
    const all = this.showAll.has(facet);
    const query = this.valueQuery[facet] || "";
    let shown = buckets;
    if (all && query) shown = this.searched[facet] || filterLocal(buckets, query);
    else if (!all) {
      // Top values, plus any selected value further down so a selection is never hidden.
      shown = buckets.filter((b, i) => i < TOP || this.state.filters[facet].includes(b.code));
    }
    const body = [];
    if (all && buckets.length > TOP) body.push(this.valueSearch(facet, query));
    body.push(
      shown.length
        ? h("ul", { class: "facet-list", role: "list" }, shown.map((b) => h("li", {}, this.checkbox(facet, b))))
        : h("p", { class: "muted" }, t("noValues")),
    );
    if (buckets.length > TOP) {
      body.push(
        h(
          "button",
          {
            type: "button",
            class: "link-button",
            "aria-expanded": String(all),
            dataset: { key: `more:${facet}` },
            onclick: () => {
              if (all) this.showAll.delete(facet);
              else this.showAll.add(facet);
              this.valueQuery[facet] = "";
              this.searched[facet] = null;
              this.update(this.facets, this.state);
            },
          },
          all ? t("less") : `${t("more")} (${buckets.length - TOP})`,
        ),
      );
    }
    return this.section(facet, t(facet), body);
  }

  valueSearch(facet, query) {
    const input = h("input", {
      type: "search",
      class: "value-search",
      value: query,
      placeholder: t("filterValues"),
      "aria-label": `${t("filterValues")}: ${t(facet)}`,
      dataset: { key: `search:${facet}` },
    });
    input.addEventListener("input", () => {
      this.valueQuery[facet] = input.value;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.searchValues(facet, input.value.trim()), 200);
    });
    return input;
  }

  /** Asks the API for matching values of one facet under the current selection. */
  async searchValues(facet, q) {
    this.fetchers[facet] ||= latest();
    const params = new URLSearchParams(toQuery({ ...this.state, page: 1 }));
    params.set("q", q);
    params.set("lang", lang());
    // The facet's own text query replaces the search text for this call (see docs/ui.md).
    try {
      const body = await this.fetchers[facet]((signal) => getJson(`/api/v1/facets/${facet}/values?${params}`, signal));
      this.searched[facet] = body.values || [];
    } catch (e) {
      if (isAbort(e)) return;
      this.searched[facet] = null; // fall back to filtering the values already shown
    }
    this.update(this.facets, this.state);
  }

  verifiedSwitch() {
    return h(
      "div",
      { class: "facet-section verified-switch" },
      h("input", {
        type: "checkbox",
        id: "f-verified",
        checked: this.state.verified,
        dataset: { key: "verified" },
        onchange: (e) => this.emit({ verified: e.target.checked }),
      }),
      h("label", { for: "f-verified" }, t("verifiedOnly")),
    );
  }

  section(name, title, body) {
    if (!body || (Array.isArray(body) && !body.length)) return null;
    const headingId = `facet-h-${name}`;
    return h(
      "section",
      { class: "facet-section", "aria-labelledby": headingId, dataset: { facet: name } },
      h("h3", { id: headingId }, title),
      body,
    );
  }
}

function filterLocal(buckets, q) {
  const needle = q.toLowerCase();
  return buckets.filter((b) => b.label.toLowerCase().includes(needle) || b.code.toLowerCase().includes(needle));
}

export { FACETS };
customElements.define("ipd-facets", FacetPanel);
