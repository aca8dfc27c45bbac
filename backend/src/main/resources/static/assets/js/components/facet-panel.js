// <ipd-facets>: the filter panel. A continent → country tree (both levels are real checkboxes; the
// API ORs the branches, so Asia › Vietnam plus Europe › Germany means "Vietnam or Germany"), list
// facets with counts showing the top values and a "more" toggle with a value search
// (GET /api/v1/facets/{facet}/values?q=), and a verified-only switch.
// Values the API filters on because the query named them (bucket `selected` without the value in
// the URL) show ticked; ticking another value next to them adds to them (see selection.js). When a search
// finds nothing, facets the answer left empty list their values at 0, so the panel never vanishes.
// Event: ipd-change {filters, verified, page: 1}, or {q} when unticking a recognised value.
import { getJson, latest, isAbort } from "../api.js";
import { h, replace, yieldToMain } from "../dom.js";
import { t, lang } from "../i18n.js";
import { completed, implied, toggled } from "../selection.js";
import { FACETS, PARENT, childOf, toQuery } from "../state.js";

const TOP = 6;

/** The levels of each hierarchy of facets, top first: [["continent", "country"]]. */
function hierarchies() {
  const out = [];
  for (const top of FACETS.filter((f) => !PARENT[f] && childOf(f))) {
    const levels = [top];
    for (let below = childOf(top); below; below = childOf(below)) levels.push(below);
    out.push(levels);
  }
  return out;
}

/** The facets outside any hierarchy, shown as lists, in the order the list panel shows them. */
function listFacets() {
  const flat = FACETS.filter((f) => !PARENT[f] && !childOf(f));
  // Regions (ASEAN, EU, …) right under the geography tree, then services: what a visitor looks for
  // most, before the industry they work in.
  const first = ["region", "service"].filter((f) => flat.includes(f));
  return [...first, ...flat.filter((f) => !first.includes(f))];
}

class FacetPanel extends HTMLElement {
  constructor() {
    super();
    this.expanded = new Set(); // continents opened in the tree
    this.showAll = new Set(); // list facets showing every value
    this.valueQuery = {}; // facet → text of its value search
    this.searched = {}; // facet → values found by the value search
    this.fetchers = {};
  }

  /**
   * Renders the facets of a search answer under `state`, keeping keyboard focus in place. With the
   * answer (`total`, `interpretation`) the panel knows what the query made it filter on.
   */
  update(facets, state, answer = this.answer, { closedLater = false } = {}) {
    this.answer = answer || {};
    this.facets = completed(facets || {}, this.answer.total, lang());
    this.state = state;
    const render = (this.renders = (this.renders || 0) + 1);
    const focused = document.activeElement;
    const focusKey = this.contains(focused) ? focused.dataset.key : null;
    const later = (this.later = closedLater ? [] : null);
    const sections = [...hierarchies().map((levels) => this.treeSection(levels)), ...listFacets().map((f) => this.listSection(f))];
    this.later = null;
    replace(this, h("div", { class: "facet-sections" }, sections, this.verifiedSwitch()));
    if (focusKey) this.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
    // `closedLater` (the page's start-up): the values inside closed branches of the tree (most of
    // the world's countries, hidden until their continent is opened) are built in a task of their
    // own, so that the panel's first render is not one long task on a phone. `filled` settles then.
    this.filled = later?.length
      ? yieldToMain().then(() => {
          if (render === this.renders) for (const fill of later) fill();
        })
      : Promise.resolve();
  }

  /** Whether a value is ticked: chosen in the URL, or filtered on because the query named it. */
  isSelected(facet, code) {
    return this.state.filters[facet].includes(code) || this.implied(facet).includes(code);
  }

  /** The values of a facet the API filters on because the query named them (see selection.js). */
  implied(facet) {
    return implied(this.facets, this.state, facet);
  }

  /** Ticking or unticking a value, by the rules of selection.js. */
  toggle(facet, code, on) {
    this.emit(toggled(this.facets, this.state, this.answer.interpretation, facet, code, on));
  }

  emit(change) {
    this.dispatchEvent(new CustomEvent("ipd-change", { bubbles: true, detail: { ...change, page: 1 } }));
  }

  checkbox(facet, bucket, extra = {}) {
    const id = `f-${facet}-${bucket.code}`;
    const checked = this.isSelected(facet, bucket.code);
    const input = h("input", {
      type: "checkbox",
      id,
      checked,
      dataset: { key: `${facet}:${bucket.code}`, facet, code: bucket.code },
      onchange: (e) => this.toggle(facet, bucket.code, e.target.checked),
    });
    return h(
      "div",
      { class: `facet-value${bucket.count ? "" : " zero"}`, ...extra },
      input,
      h("label", { for: id }, h("span", { class: "facet-label" }, bucket.label), " ", h("span", { class: "count" }, String(bucket.count))),
    );
  }

  /** A hierarchy as a tree: each level's values nested under their parent's (continent › country). */
  treeSection(levels) {
    const tops = this.facets[levels[0]] || [];
    // A value without a parent (a country of no continent in the network, e.g. Brunei named in the
    // query) is a branch of its own, so that a selection is never hidden.
    const orphans = levels.slice(1).flatMap((f, i) => (this.facets[f] || []).filter((b) => !b.parent).map((b) => [i + 1, b]));
    const rows = [
      ...tops.map((b) => this.treeNode(levels, 0, b)),
      ...orphans.map(([depth, b]) =>
        depth === levels.length - 1
          ? h("li", {}, h("div", { class: "tree-row" }, h("span", { class: "tree-spacer" }), this.checkbox(levels[depth], b)))
          : this.treeNode(levels, depth, b),
      ),
    ];
    return this.section("geography", t("geography"), rows.length ? h("ul", { class: "tree", role: "list" }, rows) : null);
  }

  treeNode(levels, depth, bucket) {
    const facet = levels[depth];
    if (depth === levels.length - 1) return h("li", {}, this.checkbox(facet, bucket));
    const children = (this.facets[levels[depth + 1]] || []).filter((k) => k.parent === bucket.code);
    const code = bucket.code;
    const hasSelection = this.selectedWithin(levels, depth, code);
    const open = this.expanded.has(code) || (hasSelection && !this.expanded.has(`-${code}`));
    const childId = `tree-${code}`;
    const toggle = h(
      "button",
      {
        type: "button",
        class: "tree-toggle",
        "aria-expanded": String(open),
        "aria-controls": childId,
        "aria-label": `${open ? t("collapse") : t("expand")} ${bucket.label}`,
        dataset: { key: `tree:${code}` },
        onclick: () => {
          // "-CODE" remembers an explicit collapse of a branch that has a selection.
          if (open) {
            this.expanded.delete(code);
            this.expanded.add(`-${code}`);
          } else {
            this.expanded.add(code);
            this.expanded.delete(`-${code}`);
          }
          this.update(this.facets, this.state);
        },
      },
      h("span", { class: "chevron", "aria-hidden": "true" }),
    );
    const list = children.length ? h("ul", { id: childId, class: "tree-children", hidden: !open }) : null;
    const fill = () => list.append(...children.map((k) => this.treeNode(levels, depth + 1, k)));
    if (list && !open && this.later) this.later.push(fill);
    else if (list) fill();
    return h(
      "li",
      {},
      h("div", { class: "tree-row" }, children.length ? toggle : h("span", { class: "tree-spacer" }), this.checkbox(facet, bucket)),
      list,
    );
  }

  /** Whether the value, or a value below it in the tree, is selected. */
  selectedWithin(levels, depth, code) {
    if (this.isSelected(levels[depth], code)) return true;
    if (depth === levels.length - 1) return false;
    const children = (this.facets[levels[depth + 1]] || []).filter((k) => k.parent === code);
    return children.some((k) => this.selectedWithin(levels, depth + 1, k.code));
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
      shown = buckets.filter((b, i) => i < TOP || this.isSelected(facet, b.code));
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

customElements.define("ipd-facets", FacetPanel);
